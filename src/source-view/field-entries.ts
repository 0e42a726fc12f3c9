// Every value of a LetterRecord the source view shows, flattened into one list: a stable id, a label,
// the kind of field (one colour per kind), the value as text and the spans it was read from.
import type { Citation, Field, LetterRecord, Problem, Span } from '../extract/record.ts';

export type FieldKind = 'case' | 'date' | 'reviewer' | 'patient' | 'request' | 'decision' | 'guideline' | 'citation' | 'rationale';

export const FIELD_KINDS: { kind: FieldKind; label: string }[] = [
  { kind: 'case', label: 'Case' },
  { kind: 'date', label: 'Dates' },
  { kind: 'reviewer', label: 'Reviewer' },
  { kind: 'patient', label: 'Patient' },
  { kind: 'request', label: 'Request' },
  { kind: 'decision', label: 'Decision' },
  { kind: 'guideline', label: 'Guidelines' },
  { kind: 'citation', label: 'Citations' },
  { kind: 'rationale', label: 'Rationale' },
];

export interface FieldEntry {
  /** Stable id, the field's path in the record as problems name it: "caseNumber", "reviewer.licensure", "items[2].request", "items[0].citations[1]". */
  id: string;
  label: string;
  kind: FieldKind;
  /** The value as shown; null when the letter does not state it (or it was not found). */
  value: string | null;
  /** The value's parts (one per list element) when the field is a list. */
  parts: string[] | null;
  spans: Span[];
  /** The item this field belongs to, null for a letter-level field. */
  item: number | null;
  /**
   * True when the value is the letter's own words (so its highlighted text must read as the value);
   * false for values that are normalised (ISO dates, numbers, a category or conclusion named by the tool).
   */
  verbatim: boolean;
}

function entry<T>(
  id: string,
  label: string,
  kind: FieldKind,
  field: Field<T>,
  item: number | null,
  verbatim: boolean,
  show: (v: T) => string = String,
): FieldEntry {
  const v = field.value;
  const parts = Array.isArray(v) ? (v as unknown[]).map(String) : null;
  return {
    id,
    label,
    kind,
    value: v === null || v === undefined ? null : parts ? parts.join('; ') : show(v),
    parts,
    spans: field.spans ?? [],
    item,
    verbatim,
  };
}

export function citationLabel(c: Citation): string {
  return [c.source === 'other' ? null : c.source, c.title, c.sections && `Section(s): ${c.sections}`, c.pages && `Page(s): ${c.pages}`]
    .filter(Boolean)
    .join(' · ');
}

export function letterEntries(record: LetterRecord): FieldEntry[] {
  return [
    entry('caseNumber', 'Case number', 'case', record.caseNumber, null, true),
    entry('priority', 'Priority', 'case', record.priority, null, true),
    entry('dateAssigned', 'Date assigned', 'date', record.dateAssigned, null, false),
    entry('dateOfInjury', 'Date of injury', 'date', record.dateOfInjury, null, false),
    entry('decisionDate', 'Decision date', 'date', record.decisionDate, null, false),
    entry('urDenialDate', 'UR denial date', 'date', record.urDenialDate, null, false),
    entry('applicationReceived', 'Application received', 'date', record.applicationReceived, null, false),
    entry('reviewer.licensure', 'Reviewer licensure', 'reviewer', record.reviewer.licensure, null, true),
    entry('reviewer.specialties', 'Reviewer specialties', 'reviewer', record.reviewer.specialties, null, true),
    entry('patient.age', 'Patient age', 'patient', record.patient.age, null, false),
    entry('patient.sex', 'Patient sex', 'patient', record.patient.sex, null, false),
    entry('diagnoses', 'Diagnoses', 'patient', record.diagnoses, null, true),
  ];
}

export function itemEntries(record: LetterRecord, index: number): FieldEntry[] {
  const item = record.items[index];
  if (!item) return [];
  const id = (name: string) => `items[${index}].${name}`;
  const entries = [
    entry(id('request'), 'Request', 'request', item.request, index, true),
    entry(id('originalRequest'), 'Original request', 'request', item.originalRequest, index, true),
    entry(id('decision'), 'Decision', 'decision', item.decision, index, true),
    entry(id('category'), 'Category', 'request', item.category, index, false),
    entry(
      id('claimsAdministratorGuideline'),
      'Claims administrator guideline',
      'guideline',
      item.claimsAdministratorGuideline,
      index,
      true,
    ),
    entry(id('reviewerGuideline'), 'MAXIMUS guideline', 'guideline', item.reviewerGuideline, index, true),
    ...item.citations.map((c, k) => ({
      id: id(`citations[${k}]`),
      label: `Citation (${c.citedBy === 'reviewer' ? 'reviewer' : 'claims administrator'})`,
      kind: 'citation' as const,
      value: citationLabel(c),
      parts: null,
      spans: c.spans ?? [],
      item: index,
      verbatim: false,
    })),
    entry(id('rationale'), 'Decision rationale', 'rationale', item.rationale, index, true),
    entry(id('necessity'), 'Necessity', 'decision', item.necessity, index, false),
  ];
  // An original request exists only for partial authorizations: leave it out of other items.
  return entries.filter((e) => e.id !== id('originalRequest') || e.value !== null);
}

/** Every field of the letter and of all its items, in reading order of the panel. */
export function allEntries(record: LetterRecord): FieldEntry[] {
  return [...letterEntries(record), ...record.items.flatMap((_, i) => itemEntries(record, i))];
}

/** The problems to list at the top: the record's own, plus one line naming fields not found that no problem names. */
export function problemsToShow(record: LetterRecord, entries: FieldEntry[] = allEntries(record)): Problem[] {
  const problems = [...record.problems];
  if (record.status === 'failed') return problems;
  const named = new Set(problems.map((p) => p.field).filter(Boolean));
  const missing = entries
    .filter((e) => e.item === null && e.value === null && !named.has(e.id))
    .map((e) => e.label.replace(/^[A-Z][a-z]/, (m) => m.toLowerCase()));
  if (missing.length) {
    problems.push({ severity: 'warning', code: 'not-found', message: `Not found in the letter: ${missing.join(', ')}.` });
  }
  return problems;
}
