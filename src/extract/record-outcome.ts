// One notion of whether a letter needs a human: the extractor sets a record's status by it, the CLI
// counts "ok / need attention / failed" by it and the app shows a file as Done, Needs attention or
// Failed, and marks the table's rows `!`, by it (review-model/attention.ts lays the review over it).
// The rule: each problem that is not minor, and each field its layout states (the field catalogue's
// `statedIn`) left empty with no problem saying so, is a mark on what it is about: one item (a
// problem whose field is `items[n]…`) or the whole letter (every other). A letter needs attention
// exactly when it has a mark, so a letter missing such a field is never shown as plain Done with 0
// warnings, and a minor note ("Diagnoses not found") marks nothing anywhere.
import type { LetterRecord, Problem, RecordStatus } from './record.ts';
import { KNOWN_LAYOUTS } from './layouts/index.ts';
import { FIELD_CATALOGUE, fieldOf, notFoundMessage, statedIn, type CatalogueEntry } from './field-catalogue.ts';

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

/** A reason a letter needs a human, and what it is about. */
export interface AttentionMark {
  message: string;
  /** The item it is about (its index in `items`), or null for the letter as a whole: a letter's mark is on every item's row. */
  item: number | null;
  /**
   * The field it names, by its catalogue path inside the item (`request`) or the letter (`caseNumber`,
   * `reviewer.licensure`); null when it names no one field (the number of items, the layout).
   */
  field: string | null;
  /** The problem it stands for (its index in `problems`); null for a stated field left empty that no problem names. */
  problem: number | null;
}

/** "items[2].request" → item 2, field "request"; "items[2]" → item 2, no field; anything else is the letter's. */
export function markTarget(field: string | undefined, items: number): { item: number | null; field: string | null } {
  const m = /^items\[(\d+)\](?:\.(.+))?$/.exec(field ?? '');
  if (m && Number(m[1]) < items) return { item: Number(m[1]), field: m[2] ?? null };
  return { item: null, field: field === undefined || field === 'items' || m ? null : field };
}

/** Every reason the letter needs a human, each on the item or the letter it is about (see the rule above). */
export function attentionMarks(r: OutcomeInput): AttentionMark[] {
  if (r.status === 'failed') return [];
  const marks: AttentionMark[] = [];
  const named = new Set<string>();
  r.problems.forEach((p, index) => {
    if (p.field) named.add(p.field);
    if (!isMinorProblem(p)) marks.push({ message: p.message, ...markTarget(p.field, r.items.length), problem: index });
  });
  if (KNOWN_LAYOUTS.some((l) => l.id === r.layout)) {
    for (const { entry, item } of missingEntries(r)) {
      if (named.has(item === null ? entry.path : `items[${item}].${entry.path}`)) continue;
      marks.push({ message: notFoundMessage(entry, item), item, field: entry.path, problem: null });
    }
  }
  // A record kept from before this rule may say "partial" with nothing to show for it: said, not hidden.
  if (marks.length === 0 && r.status === 'partial')
    marks.push({ message: 'The letter was read only in part: check every value.', item: null, field: null, problem: null });
  return marks;
}

export function letterOutcome(r: OutcomeInput): LetterOutcome {
  if (r.status === 'failed') return 'failed';
  return attentionMarks(r).length > 0 ? 'attention' : 'done';
}

export function statusForOutcome(outcome: LetterOutcome): RecordStatus {
  return outcome === 'failed' ? 'failed' : outcome === 'attention' ? 'partial' : 'ok';
}
