// One notion of whether a letter needs a human: the extractor sets a record's status by it, the CLI
// counts "ok / need attention / failed" by it and the app shows a file as Done, Needs attention or
// Failed by it. The rule: a letter needs attention when it carries a problem that is not minor, or
// when a field its layout states (the field catalogue's `statedIn`) is empty even if no problem says
// so, so a letter missing such a field is never shown as plain Done with 0 warnings.
import type { LetterRecord, Problem, RecordStatus } from './record.ts';
import { KNOWN_LAYOUTS } from './layouts/index.ts';
import { FIELD_CATALOGUE, fieldOf, statedIn, type CatalogueEntry } from './field-catalogue.ts';

export type LetterOutcome = 'done' | 'attention' | 'failed';

type OutcomeInput = Pick<LetterRecord, 'status' | 'problems' | 'layout' | 'items'> & Partial<LetterRecord>;

/** Best-effort fields, read from free text (the catalogue's `minor`): their absence is listed but does not need a human. */
const MINOR_FIELDS: ReadonlySet<string> = new Set(FIELD_CATALOGUE.filter((e) => e.minor).map((e) => e.path));

/**
 * Notes about the file rather than its reading: the same bytes twice (both records are complete), a
 * letter read by OCR (its doubtful fields carry problems of their own), a blank scanned page, a text
 * layer not printed over its page image that OCR of the page confirmed (a searchable scan).
 */
const MINOR_CODES: ReadonlySet<string> = new Set(['duplicate', 'read-by-ocr', 'ocr-blank-page', 'text-layer-checked']);

/** A problem that is listed but does not by itself make a letter need attention. */
export function isMinorProblem(p: Problem): boolean {
  return (
    p.severity === 'warning' && ((p.field !== undefined && MINOR_FIELDS.has(p.field)) || (p.code !== undefined && MINOR_CODES.has(p.code)))
  );
}

/** Fields the letter's known layout states that are empty, by path (a layout not recognised is flagged by a problem already). */
export function missingExpectedFields(r: OutcomeInput): string[] {
  if (!KNOWN_LAYOUTS.some((l) => l.id === r.layout)) return [];
  return missingEntries(r).map(({ entry, item }) => (item === null ? entry.path : `items[${item}].${entry.path}`));
}

function missingEntries(r: OutcomeInput): { entry: CatalogueEntry; item: number | null }[] {
  const missing = statedIn(r.layout, 'letter')
    .filter((e) => !e.minor && fieldOf(e, r).value === null)
    .map((entry) => ({ entry, item: null as number | null }));
  const itemFields = statedIn(r.layout, 'item');
  r.items.forEach((item, n) => {
    for (const entry of itemFields) if (fieldOf(entry, item).value === null) missing.push({ entry, item: n });
  });
  return missing;
}

/** The fields of missingExpectedFields as a sentence, by their labels: "Not found in the letter: case number, rationale of item 2. …" */
export function missingFieldsMessage(r: OutcomeInput): string | null {
  if (!KNOWN_LAYOUTS.some((l) => l.id === r.layout)) return null;
  const names = missingEntries(r).map(({ entry, item }) => {
    const label = entry.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    return item === null ? label : `${label} of item ${item + 1}`;
  });
  if (names.length === 0) return null;
  return `Not found in the letter: ${names.join(', ')}. Check ${names.length === 1 ? 'it' : 'them'} in the source view.`;
}

export function letterOutcome(r: OutcomeInput): LetterOutcome {
  if (r.status === 'failed') return 'failed';
  if (r.status === 'partial' || r.problems.some((p) => !isMinorProblem(p))) return 'attention';
  return missingExpectedFields(r).length > 0 ? 'attention' : 'done';
}

export function statusForOutcome(outcome: LetterOutcome): RecordStatus {
  return outcome === 'failed' ? 'failed' : outcome === 'attention' ? 'partial' : 'ok';
}
