// Every value of a LetterRecord the source view shows, flattened into one list: a stable id, a label,
// the kind of field (one colour per kind), the value as text and the spans it was read from. Which
// fields, their labels and kinds come from the field catalogue (extract/field-catalogue.ts).
import type { Citation, Field, LetterRecord, Problem, Span } from '../extract/record.ts';
import { FIELD_CATALOGUE, fieldOf, flagText, type CatalogueEntry, type FieldGroup } from '../extract/field-catalogue.ts';

/** The colour families of the panel and the highlights, in the panel's order. */
export type FieldKind = FieldGroup;

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

const KIND_ORDER = new Map(FIELD_KINDS.map((k, i) => [k.kind, i]));

/** The catalogue's grounded fields of one level, grouped by colour family (in catalogue order within each). */
function shownFields(catalogue: readonly CatalogueEntry[], level: 'letter' | 'item'): CatalogueEntry[] {
  return catalogue
    .filter((e) => e.grounded && e.level === level)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => KIND_ORDER.get(a.e.group)! - KIND_ORDER.get(b.e.group)! || a.i - b.i)
    .map(({ e }) => e);
}

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
  show: (v: T) => string = (v) => (typeof v === 'boolean' ? flagText(v) : String(v)),
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

export function letterEntries(record: LetterRecord, catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): FieldEntry[] {
  return shownFields(catalogue, 'letter').map((e) => entry(e.path, e.label, e.group, fieldOf(e, record), null, e.verbatim));
}

export function itemEntries(record: LetterRecord, index: number, catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): FieldEntry[] {
  const item = record.items[index];
  if (!item) return [];
  const id = (name: string) => `items[${index}].${name}`;
  const citations: FieldEntry[] = item.citations.map((c, k) => ({
    id: id(`citations[${k}]`),
    label: `Citation (${c.citedBy === 'reviewer' ? 'reviewer' : 'claims administrator'})`,
    kind: 'citation',
    value: citationLabel(c),
    parts: null,
    spans: c.spans ?? [],
    item: index,
    verbatim: false,
  }));
  // A field no layout states (an original request, a medication's drug class) is listed only when read.
  const fields = shownFields(catalogue, 'item')
    .filter((e) => e.statedIn.length > 0 || fieldOf(e, item).value !== null)
    .map((e) => entry(id(e.path), e.label, e.group, fieldOf(e, item), index, e.verbatim));
  // The citations sit in their colour family's place, before the rationale.
  const at = fields.findIndex((f) => KIND_ORDER.get(f.kind)! > KIND_ORDER.get('citation')!);
  return at < 0 ? [...fields, ...citations] : [...fields.slice(0, at), ...citations, ...fields.slice(at)];
}

/** Every field of the letter and of all its items, in reading order of the panel. */
export function allEntries(record: LetterRecord, catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): FieldEntry[] {
  return [...letterEntries(record, catalogue), ...record.items.flatMap((_, i) => itemEntries(record, i, catalogue))];
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
