// Cross-checks: wherever a letter says the same thing twice, the two readings must agree, and a value
// read once must look like a value of its kind. What disagrees or looks wrong becomes a warning with
// the spans of both places, so the letter needs attention and is never shown as plain Done.
//
// Checked here (the others live beside the rule that reads the value: the item heading against the
// request the rationale restates in restated-request.ts, and the decision against the necessity the
// rationale concludes in extract-letter.ts):
// - the date of injury in the header and in the case summary;
// - the number of items against the letter's own summary of them: an overall determination
//   ("Final Determination: UPHELD", "... OVERTURNED IN PART") and a stated count ("the three
//   disputed items");
// - a value holding what no value of its kind holds: a page header or footer line, the label of
//   another part, a section heading in capitals, or (a request) an item number it begins with.
import type { Extraction, Field, Item, Problem, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';

const warning = (field: string, message: string, spans: Span[]): Problem => ({
  severity: 'warning',
  code: 'cross-check',
  field,
  message,
  spans,
});

/** The date of injury as the header states it and as the case summary states it. */
export function checkDateOfInjury(header: Field<string>, summary: Field<string>): Problem | null {
  if (header.value === null || summary.value === null || header.value === summary.value) return null;
  return warning(
    'dateOfInjury',
    `Date of injury differs: the header says ${header.value} but the case summary says ${summary.value}. Check which the letter means.`,
    [...header.spans, ...summary.spans],
  );
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/**
 * "the 3 disputed items", "two treatments in dispute", "four issues at dispute": a count the letter states.
 * The count is matched once, before the two wordings that may follow it: the regex is tried at every word
 * of every letter and mostly finds nothing, and matching the count twice made it the slowest cross-check.
 */
const STATED_COUNT = new RegExp(
  `\\b(\\d{1,2}|${COUNT_WORDS.join('|')})\\s+(?:(?:disputed\\s+)?(?:medical\\s+)?(?:items?(?:\\s*/\\s*services?)?|treatments?|services?|requests?|issues?)\\s+(?:(?:in|at|under)\\s+(?:dispute|issue|review)|disputed)\\b|disputed\\s+(?:medical\\s+)?(?:items?|treatments?|services?|requests?|issues?)\\b)`,
  'gi',
);
/** "Final Determination: OVERTURNED IN PART", "IMR determination: Upheld" (the first is the letter's). */
const OVERALL = /\b(?:final|IMR)\s+determination\s*:\s*(upheld|overturned)(\s+in\s+part)?\b/i;

/** The number of items and the decisions read, against what the letter's own summary says of them. */
export function checkItemsAgainstSummary(view: LetterView, items: readonly Item[]): Problem[] {
  const problems: Problem[] = [];
  if (items.length === 0) return problems;
  const decisionSpans = items.flatMap((i) => i.decision.spans);
  for (const m of view.plain.matchAll(STATED_COUNT)) {
    const word = m[1]!.toLowerCase();
    const count = /\d/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word);
    if (count === items.length) continue;
    problems.push(
      warning(
        'items',
        `The letter speaks of ${count} disputed item${count === 1 ? '' : 's'} but ${items.length} ${items.length === 1 ? 'was' : 'were'} read: check that every item was found.`,
        [{ start: m.index, end: m.index + m[0].length }, ...decisionSpans],
      ),
    );
    break;
  }
  const overall = OVERALL.exec(view.plain);
  const decisions = items.map((i) => i.decision.value);
  if (overall && decisions.every((d) => d !== null)) {
    const said = overall[1]!.toLowerCase() === 'upheld' ? 'Upheld' : 'Overturned';
    const inPart = overall[2] !== undefined;
    const mixed = decisions.includes('Upheld') && decisions.includes('Overturned');
    const agrees = inPart ? mixed : decisions.every((d) => d === said);
    if (!agrees) {
      problems.push(
        warning(
          'items',
          `The letter's determination reads "${overall[0].replace(/\s+/g, ' ')}" but the items read are ${decisions.join(', ')}: check each item's decision.`,
          [{ start: overall.index, end: overall.index + overall[0].length }, ...decisionSpans],
        ),
      );
    }
  }
  return problems;
}

/**
 * A line that is page furniture by its shape: a page number alone ("Page 2 of 3", "- 2 -" with any dash, "2 of 3"),
 * or set off at a line's end by a column gap ("Claim 4471    Page 2", "Review Unit    7"), or a line
 * holding a case number (a letter's values never quote it).
 */
const FURNITURE_LINE =
  /^\s*(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|[-\u2010-\u2015]\s*\d{1,3}\s*[-\u2010-\u2015]|\d{1,3}\s+of\s+\d{1,3}|page\s*\|\s*\d{1,3})\s*$|(?:[ \t]{3,}|\t|\|[ \t]*)(?:page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*$|\bCM\d{2}-\d{7}\b/i;
const HAS_DIGIT = /\d/;
const THREE_CAPITALS = /[A-Z]{3}/;
/** The label of another part of an item: a value that holds one ran on over it. */
const PART_LABEL = /\b(?:decision\s+rationale|claims\s+administrator\s+guideline|maximus\s+guideline)\s*:/i;
/** A whole line in capitals of three words or more: a section heading. */
const HEADING_LINE = /^\s*[A-Z][A-Z'&,()/-]*(?:\s+[A-Z][A-Z'&,()/-]*){2,}\s*:?\s*$/;
/** What a partial authorization says around its requests: a request holding it was read with them. */
const PARTIAL_WORDING =
  /\b(?:was|is)\s+the\s+original\s+request\b|\bauthori[sz]ed\s+by\s+the\s+claims\s+administrator\b|\bremaining\s+IMR\s+eligible\s+portion\b/i;
/** "1. ", "2) ", "(a) ", "Item 2: ", "Issue #2 -": an item's number before its request. */
const ITEM_NUMBER = /^(?:\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\([a-z]\)\s|(?:item|issue)\s*(?:no\.?|#)?\s*\d{1,2}\s*[:.)-])/i;

const ITEM_TEXT_FIELDS = ['request', 'originalRequest', 'claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'] as const;
const LABELS: Record<(typeof ITEM_TEXT_FIELDS)[number], string> = {
  request: 'Request',
  originalRequest: 'Original request',
  claimsAdministratorGuideline: 'Claims administrator guideline',
  reviewerGuideline: 'Reviewer guideline',
  rationale: 'Rationale',
};

/** The first line of a value's words that no value of its kind holds, with why; null when none. */
function foreignLine(text: string, field: Field<string>, kind: (typeof ITEM_TEXT_FIELDS)[number]): { why: string; span: Span } | null {
  for (const s of field.spans) {
    let at = s.start;
    for (const line of text.slice(s.start, s.end).split('\n')) {
      const span = { start: at, end: at + line.length };
      at += line.length + 1;
      // Cheap tests first: furniture needs a digit, a label its colon, a heading three capitals.
      if (HAS_DIGIT.test(line) && FURNITURE_LINE.test(line)) return { why: 'a page header or footer', span };
      if (line.includes(':') && PART_LABEL.test(line)) return { why: 'the label of another part', span };
      if (!THREE_CAPITALS.test(line) || !HEADING_LINE.test(line)) continue;
      // A request may be written in capitals; a line of capitals in one that is not is a heading.
      const mixed = kind !== 'request' || /[a-z]/.test(field.value!.replace(line.trim(), ''));
      if (mixed) return { why: 'a section heading', span };
    }
  }
  return null;
}

/** A line that reads as a heading: a few words from a capital, no closing punctuation. */
const HEADING_SHAPED = /^\s*[A-Z][\w'&/()-]*(?:[ \t]+[\w'&/()-]+){0,5}[ \t]*$/;

/**
 * A heading after the rationale's conclusion, with text after it: the rationale ran on over the end
 * of the item into what follows (a notice, another section). Rationales do go on after their
 * conclusion (a caution about tapering a drug), but in sentences, never under a heading.
 */
function headingAfterConclusion(text: string, item: Item): Span | null {
  const conclusion = item.necessity.spans.at(-1);
  const end = item.rationale.spans.at(-1)?.end;
  const start = item.rationale.spans[0]?.start;
  // Only a conclusion inside the rationale (some layouts state it in an outcome sentence elsewhere).
  if (!conclusion || start === undefined || end === undefined || conclusion.start < start || conclusion.end >= end) return null;
  const lines = text.slice(conclusion.end, end).split('\n');
  let at = conclusion.end + lines[0]!.length + 1;
  for (const line of lines.slice(1, -1)) {
    if (HEADING_SHAPED.test(line) && line.trim() !== '') return { start: at, end: at + line.length };
    at += line.length + 1;
  }
  return null;
}

/** Values read once that do not look like values of their kind. */
export function checkValueShapes(view: LetterView, items: readonly Item[]): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, n) => {
    for (const kind of ITEM_TEXT_FIELDS) {
      const field = item[kind];
      if (field.value === null) continue;
      const name = `${LABELS[kind]} of item ${n + 1}`;
      const foreign = foreignLine(view.text, field, kind);
      if (foreign) {
        problems.push(
          warning(`items[${n}].${kind}`, `${name} may hold ${foreign.why}: check where it ends.`, [...field.spans, foreign.span]),
        );
      } else if (kind === 'request' && PARTIAL_WORDING.test(field.value)) {
        const message = `${name} holds the wording of a partial authorization: check what remains in dispute.`;
        problems.push(warning(`items[${n}].${kind}`, message, field.spans));
      } else if ((kind === 'request' || kind === 'originalRequest') && ITEM_NUMBER.test(field.value)) {
        problems.push(
          warning(`items[${n}].${kind}`, `${name} begins with what looks like an item number: check the heading.`, field.spans),
        );
      }
    }
    const heading = headingAfterConclusion(view.text, item);
    if (heading && !problems.some((p) => p.field === `items[${n}].rationale`)) {
      const message = `Rationale of item ${n + 1} goes on under a heading after its conclusion: check where it ends.`;
      problems.push(warning(`items[${n}].rationale`, message, [...item.rationale.spans, heading]));
    }
  });
  return problems;
}

/** Every cross-check on a read letter; `headerInjury` and `summaryInjury` are the two statements of the date of injury. */
export function crossCheck(view: LetterView, extraction: Extraction, headerInjury: Field<string>, summaryInjury: Field<string>): Problem[] {
  const injury = checkDateOfInjury(headerInjury, summaryInjury);
  return [...(injury ? [injury] : []), ...checkItemsAgainstSummary(view, extraction.items), ...checkValueShapes(view, extraction.items)];
}
