// An item heading: the words before ": Upheld" / ": Overturned", read from where the previous block
// ends (the section's introduction, or the previous rationale's last sentence) whatever its own lines
// start or end with: a heading can wrap so that a line ends "DOS:" or "Associated surgical service:"
// and the next starts with a date, a number or a parenthesis. It can also break across a page and
// follow the previous rationale with no blank line between them. So its start is found by walking
// back line by line from the decision until the previous line is blank, ends a sentence (a full stop,
// not an abbreviation, and not a colon), introduces the section (its first line ending with a colon,
// or "... set forth below:"), is a label of an item or a section heading.
//
// Partial authorizations are a heading of several sentences:
//   "X was the original request. Y was authorized by the Claims Administrator. The remaining IMR
//    eligible portion of the original request, Z is: Upheld"
//   "X was the original request. The Claims Administrator authorized ..., leaving the original
//    request IMR eligible. The original request, Z is: Overturned"
// There the request is Z and the original request X.
import type { Decision, Field, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { lineStartAt } from './letter-view.ts';
import { SECTION_HEADING_LINE } from './letter-sections.ts';
import { LABEL_WORDS } from './layouts/headings.ts';
import { afterNumbering, isNumberingLine } from './item-numbering.ts';
import { nullField, textField, trimRange, valueField } from './spans.ts';

/** ": Upheld" / " is: Overturned" closing a heading line (some producers put a space before the colon). */
// Starts at the colon: a pattern starting with optional white space would rescan long runs of it.
// In any case ("UPHELD"), with or without a full stop after it.
// A dash may stand for the colon ("Cane, quad tip - Upheld"; the matching view makes every dash '-').
export const DECISION_MARKER = /(?::|[ \t]-)[ \t]*(?:\n[ \t]*)?(Upheld|Overturned)\.?[ \t]*(?=\n|$)/gi;

export interface DecisionMarker {
  /** Start of the ':' run (with the spaces before it). */
  start: number;
  /** End of the decision word. */
  end: number;
  decision: Decision;
  word: Span;
}

export interface ItemHeading {
  start: number;
  end: number;
  request: Field<string>;
  originalRequest: Field<string>;
  decision: Field<Decision>;
}

/** Lines a heading never extends over: the labels of an item and the section headings. */
const NOT_HEADING_LINE = new RegExp(
  String.raw`^[ \t]*(?:${LABEL_WORDS.decisionRationale}|${LABEL_WORDS.maximusGuideline}|${LABEL_WORDS.claimsGuideline})`,
  'i',
);
const SENTENCE_END = /[.?!]["')\]]*[ \t]*$/;
/** A full stop that ends an abbreviation (a title, a dosing shorthand such as "q.d."), not a sentence. */
const ABBREVIATION_END = /\b(?:Dr|Mr|Mrs|Ms|St|vs|approx|[A-Za-z](?:\.[A-Za-z])+)$/;
/** The line introducing the items: a sentence that ends with a colon ("… set forth below:"). */
const INTRO_LINE = /\b(?:below|follows?|following)[ \t]*:[ \t]*$/i;
const MAX_HEADING_LINES = 8;
const MAX_PARTIAL_LINES = 14;

export function findDecisionMarkers(plain: string, from: number): DecisionMarker[] {
  const out: DecisionMarker[] = [];
  for (const m of plain.slice(from).matchAll(DECISION_MARKER)) {
    const colon = from + m.index;
    // Take in the white space before the colon ("contrast : Upheld", "foot\n: Upheld").
    let start = colon;
    let newlines = 0;
    while (start > from && /[ \t\n]/.test(plain[start - 1] ?? '') && (plain[start - 1] !== '\n' || newlines++ === 0)) start--;
    const said = m[1] ?? '';
    const word = said.toLowerCase() === 'overturned' ? 'Overturned' : 'Upheld';
    const wordStart = colon + m[0].indexOf(said);
    out.push({ start, end: wordStart + said.length, decision: word, word: { start: wordStart, end: wordStart + said.length } });
  }
  return out;
}

function previousLine(plain: string, lineStart: number): { start: number; text: string } | null {
  if (lineStart <= 0) return null;
  const start = lineStartAt(plain, lineStart - 1);
  return { start, text: plain.slice(start, lineStart - 1) };
}

/** Walks back from `lineStart` over lines that continue the heading. */
function walkBack(plain: string, lineStart: number, floor: number, maxLines: number): number {
  let start = lineStart;
  const atSectionStart = SECTION_HEADING_LINE.test(plain.slice(lineStartAt(plain, floor), floor));
  for (let n = 0; n < maxLines; n++) {
    const prev = previousLine(plain, start);
    if (!prev || prev.start < floor) break;
    const t = prev.text;
    // Numbering on a line of its own belongs to the heading below it, and nothing above it does.
    if (isNumberingLine(t)) {
      start = prev.start;
      break;
    }
    const endsSentence = SENTENCE_END.test(t) && !ABBREVIATION_END.test(t.replace(/\.[ \t]*$/, ''));
    // The first line of the section ending with a colon introduces the items, whatever its words.
    const introduces = INTRO_LINE.test(t) || (atSectionStart && /:[ \t]*$/.test(t) && plain.slice(floor, prev.start).trim() === '');
    if (t.trim() === '' || endsSentence || introduces || NOT_HEADING_LINE.test(t) || SECTION_HEADING_LINE.test(t)) break;
    start = prev.start;
  }
  return start;
}

/** A label of the decision on its own line, closing the heading ("Decision", "IMR Determination", "Outcome"). */
const DECISION_LABEL = /\n[ \t]*(?:(?:IMR|final)\s+)?(?:decision|determination|outcome|result)[ \t]*$/i;
const WAS_ORIGINAL = /\bwas\s+the\s+original\s+request\s*\./i;
const MENTIONS_ORIGINAL = /\boriginal\s+request\b/i;
const REMAINING = /\bThe\s+remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request\s*,?\s*/i;
const ORIGINAL_REQUEST_IS = /\bThe\s+original\s+request\s*,\s*/i;
const TRAILING_IS = /(?:^|\s)is$/i;

/** Start of a partial-authorization heading: the line where "X was the original request." begins. */
function partialStart(plain: string, lineStart: number, markerStart: number, floor: number): number {
  let start = lineStart;
  for (let n = 0; n < MAX_PARTIAL_LINES && !WAS_ORIGINAL.test(plain.slice(start, markerStart)); n++) {
    const prev = previousLine(plain, start);
    if (!prev || prev.start < floor || NOT_HEADING_LINE.test(prev.text) || SECTION_HEADING_LINE.test(prev.text)) break;
    start = prev.start;
  }
  if (!WAS_ORIGINAL.test(plain.slice(start, markerStart))) return lineStart;
  return walkBack(plain, start, floor, MAX_HEADING_LINES);
}

export function readItemHeading(view: LetterView, marker: DecisionMarker, floor: number): ItemHeading {
  const { plain } = view;
  const decisionLine = lineStartAt(plain, marker.start);
  let start = walkBack(plain, decisionLine, floor, MAX_HEADING_LINES);
  if (MENTIONS_ORIGINAL.test(plain.slice(start, marker.start)) && !WAS_ORIGINAL.test(plain.slice(start, marker.start))) {
    start = partialStart(plain, start, marker.start, floor);
  }
  // The heading (and so the item's block) starts at its numbering; the request after it.
  const heading0 = trimRange(plain, start, marker.start);
  const requestStart = afterNumbering(plain, heading0.start, heading0.end);
  // "Decision: Upheld" on a line of its own under the request: the label is no part of the request.
  const label = DECISION_LABEL.exec(plain.slice(requestStart, heading0.end));
  const span =
    label && label.index > 0 ? trimRange(plain, requestStart, requestStart + label.index) : { start: requestStart, end: heading0.end };
  const decision = valueField<Decision>(marker.decision, [marker.word]);
  const heading = plain.slice(span.start, span.end);

  const original = WAS_ORIGINAL.exec(heading);
  if (original) {
    const tail = REMAINING.exec(heading) ?? ORIGINAL_REQUEST_IS.exec(heading);
    if (tail && tail.index > original.index) {
      const zStart = span.start + tail.index + tail[0].length;
      const isWord = TRAILING_IS.exec(plain.slice(zStart, span.end).trimEnd());
      const zEnd = isWord ? zStart + isWord.index : span.end;
      return {
        start: heading0.start,
        end: marker.end,
        request: textField(view, zStart, zEnd),
        originalRequest: textField(view, span.start, span.start + original.index),
        decision,
      };
    }
  }
  return { start: heading0.start, end: marker.end, request: textField(view, span.start, span.end), originalRequest: nullField(), decision };
}
