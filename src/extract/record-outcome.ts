// One notion of whether a letter needs a human: the extractor sets a record's status by it, the CLI
// counts "ok / need attention / failed" by it and the app shows a file as Done, Needs attention or
// Failed by it. The rule: a letter needs attention when it carries a problem that is not minor, or
// when a field its layout should have is empty, even if no problem says so, so a letter missing such
// a field is never shown as plain Done with 0 warnings.
import type { Field, LetterRecord, Problem, RecordStatus } from './record.ts';
import { LAYOUT_EARLY, LAYOUT_HEADER_TABLE } from './letter-sections.ts';

export type LetterOutcome = 'done' | 'attention' | 'failed';

/** The letter-level fields, with the label a "not found" problem names them by. */
export interface LetterFieldDef {
  field: string;
  label: string;
  /** Only the header table holds it: layouts without the table never have it. */
  headerOnly: boolean;
  get: (r: LetterFields) => Field<unknown>;
}

export type LetterFields = Pick<
  LetterRecord,
  | 'caseNumber'
  | 'dateAssigned'
  | 'dateOfInjury'
  | 'decisionDate'
  | 'urDenialDate'
  | 'priority'
  | 'applicationReceived'
  | 'reviewer'
  | 'patient'
  | 'diagnoses'
>;

export const LETTER_FIELDS: readonly LetterFieldDef[] = [
  { field: 'caseNumber', label: 'case number', headerOnly: true, get: (r) => r.caseNumber },
  { field: 'dateAssigned', label: 'date assigned', headerOnly: true, get: (r) => r.dateAssigned },
  { field: 'dateOfInjury', label: 'date of injury', headerOnly: false, get: (r) => r.dateOfInjury },
  { field: 'decisionDate', label: 'decision date', headerOnly: true, get: (r) => r.decisionDate },
  { field: 'urDenialDate', label: 'UR denial date', headerOnly: true, get: (r) => r.urDenialDate },
  { field: 'priority', label: 'priority', headerOnly: true, get: (r) => r.priority },
  { field: 'applicationReceived', label: 'application received date', headerOnly: true, get: (r) => r.applicationReceived },
  { field: 'reviewer.licensure', label: 'reviewer licensure', headerOnly: false, get: (r) => r.reviewer.licensure },
  { field: 'reviewer.specialties', label: 'reviewer specialties', headerOnly: false, get: (r) => r.reviewer.specialties },
  { field: 'patient.age', label: 'patient age', headerOnly: false, get: (r) => r.patient.age },
  { field: 'patient.sex', label: 'patient sex', headerOnly: false, get: (r) => r.patient.sex },
  { field: 'diagnoses', label: 'diagnoses', headerOnly: false, get: (r) => r.diagnoses },
];

/** Whether a letter of this layout should have the field (the early layout has no header table). */
export function fieldExpected(layout: string, def: LetterFieldDef): boolean {
  return !(def.headerOnly && layout === LAYOUT_EARLY);
}

/** Best-effort fields, read from free text: their absence is listed but does not need a human. */
const MINOR_FIELDS = new Set(['diagnoses']);

/** A problem that is listed but does not by itself make a letter need attention. */
export function isMinorProblem(p: Problem): boolean {
  // The same bytes twice is about the file, not its reading: both records are complete.
  return p.severity === 'warning' && ((p.field !== undefined && MINOR_FIELDS.has(p.field)) || p.code === 'duplicate');
}

/** Fields a known layout should have that are empty (layouts not recognised are flagged by a problem already). */
export function missingExpectedFields(r: LetterFields & Pick<LetterRecord, 'layout' | 'items'>): string[] {
  const known = r.layout === LAYOUT_HEADER_TABLE || r.layout === LAYOUT_EARLY;
  const missing: string[] = [];
  if (known) {
    for (const def of LETTER_FIELDS) {
      if (!MINOR_FIELDS.has(def.field) && fieldExpected(r.layout, def) && def.get(r).value === null) missing.push(def.field);
    }
  }
  r.items.forEach((item, n) => {
    for (const key of ['request', 'decision', 'rationale'] as const) if (item[key].value === null) missing.push(`items[${n}].${key}`);
  });
  return missing;
}

export function letterOutcome(r: Pick<LetterRecord, 'status' | 'problems' | 'layout' | 'items'> & LetterFields): LetterOutcome {
  if (r.status === 'failed') return 'failed';
  if (r.status === 'partial' || r.problems.some((p) => !isMinorProblem(p))) return 'attention';
  return missingExpectedFields(r).length > 0 ? 'attention' : 'done';
}

export function statusForOutcome(outcome: LetterOutcome): RecordStatus {
  return outcome === 'failed' ? 'failed' : outcome === 'attention' ? 'partial' : 'ok';
}
