// One notion of whether a letter needs a human: the extractor sets a record's status by it, the CLI
// counts "ok / need attention / failed" by it and the app shows a file as Done, Needs attention or
// Failed by it. The rule: a letter needs attention when it carries a problem that is not minor, or
// when a field its layout states (layouts/: `states`, `itemStates`) is empty even if no problem says
// so, so a letter missing such a field is never shown as plain Done with 0 warnings.
import type { Field, LetterRecord, Problem, RecordStatus } from './record.ts';
import type { LetterField } from './layouts/layout.ts';
import { KNOWN_LAYOUTS } from './layouts/index.ts';

export type LetterOutcome = 'done' | 'attention' | 'failed';

type OutcomeInput = Pick<
  LetterRecord,
  | 'status'
  | 'problems'
  | 'layout'
  | 'items'
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

const FIELD: Record<LetterField, (r: OutcomeInput) => Field<unknown>> = {
  caseNumber: (r) => r.caseNumber,
  dateAssigned: (r) => r.dateAssigned,
  dateOfInjury: (r) => r.dateOfInjury,
  decisionDate: (r) => r.decisionDate,
  urDenialDate: (r) => r.urDenialDate,
  priority: (r) => r.priority,
  applicationReceived: (r) => r.applicationReceived,
  'reviewer.licensure': (r) => r.reviewer.licensure,
  'reviewer.specialties': (r) => r.reviewer.specialties,
  'patient.age': (r) => r.patient.age,
  'patient.sex': (r) => r.patient.sex,
  diagnoses: (r) => r.diagnoses,
};

/** Best-effort fields, read from free text: their absence is listed but does not need a human. */
const MINOR_FIELDS: ReadonlySet<string> = new Set(['diagnoses']);

/**
 * Notes about the file rather than its reading: the same bytes twice (both records are complete), a
 * letter read by OCR (its doubtful fields carry problems of their own), a blank scanned page.
 */
const MINOR_CODES: ReadonlySet<string> = new Set(['duplicate', 'read-by-ocr', 'ocr-blank-page']);

/** A problem that is listed but does not by itself make a letter need attention. */
export function isMinorProblem(p: Problem): boolean {
  return (
    p.severity === 'warning' && ((p.field !== undefined && MINOR_FIELDS.has(p.field)) || (p.code !== undefined && MINOR_CODES.has(p.code)))
  );
}

/** Fields the letter's known layout states that are empty (a layout not recognised is flagged by a problem already). */
export function missingExpectedFields(r: OutcomeInput): string[] {
  const layout = KNOWN_LAYOUTS.find((l) => l.id === r.layout);
  if (!layout) return [];
  const missing: string[] = layout.states.filter((f) => !MINOR_FIELDS.has(f) && FIELD[f](r).value === null);
  r.items.forEach((item, n) => {
    for (const key of ['request', 'decision', ...layout.itemStates] as const)
      if (item[key].value === null) missing.push(`items[${n}].${key}`);
  });
  return missing;
}

export function letterOutcome(r: OutcomeInput): LetterOutcome {
  if (r.status === 'failed') return 'failed';
  if (r.status === 'partial' || r.problems.some((p) => !isMinorProblem(p))) return 'attention';
  return missingExpectedFields(r).length > 0 ? 'attention' : 'done';
}

export function statusForOutcome(outcome: LetterOutcome): RecordStatus {
  return outcome === 'failed' ? 'failed' : outcome === 'attention' ? 'partial' : 'ok';
}
