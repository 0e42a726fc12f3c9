// Where the parts of a letter are, found the way a person editing the file would find them, not by
// the engine's rules (the harness must not share their blind spots): section headings are lines in
// capitals, an item's heading starts on the line where the answer key's request starts, page breaks
// are form feeds. Used by the variant kinds to know where to make their change.
import type { AnswerKey } from './misreadings.ts';

export interface Line {
  start: number;
  /** Offset of the line's end (its "\n", or the text's end). */
  end: number;
  text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** A line that is a section heading: capitals only (digits, punctuation allowed), two words or more, not a header-table row. */
export function isSectionHeading(line: string): boolean {
  const t = line.replace(/\f/g, '').trim();
  return /^[A-Z][A-Z0-9 ,()&'/:.-]{6,}$/.test(t) && / [A-Z(]/.test(t) && !/ {3}/.test(t) && !/\d{2}/.test(t);
}

export interface Section {
  heading: string;
  /** From the heading line's start to the next heading line's start (or the text's end). */
  start: number;
  end: number;
}

export function sectionsOf(text: string): Section[] {
  const heads = linesOf(text).filter((l) => isSectionHeading(l.text));
  return heads.map((h, i) => ({ heading: h.text.replace(/\f/g, '').trim(), start: h.start, end: heads[i + 1]?.start ?? text.length }));
}

/** ": Upheld" / ": Overturned" in any case, with what separates them. */
export const DECISION_MARKER = /:([ \t\u00a0]*)(upheld|overturned)\b/gi;

/**
 * The field labels of IMR letters (every layout since 2013), as the letters print them. A list, not a
 * shape: prose that happens to start a line with "Page(s):" is a value's words, never a label.
 */
const LABELS = [
  'IMR Case Number',
  'Case Number',
  'Date Assigned',
  'Date of Injury',
  'Decision Date',
  'UR Denial Date',
  'Priority',
  'Application Received',
  'Received',
  'Dated',
  'Employee',
  'Claims Administrator',
  'State\\(s\\) of Licensure',
  'Certification\\(s\\)/Specialty',
  'The Expert Reviewer has the following credentials',
  'Medical Qualifications of the Expert Reviewer',
  'Medical Reviewer Qualifications',
  'Claims Administrator guideline',
  'MAXIMUS guideline',
  'Decision rationale',
  'Rationale Used by the Expert Reviewer',
  'Final Determination',
  'Case Summary',
  'Issue at Dispute',
];

/** A label at a line's start, with its indent: groups 1 (indent) and 2 (label); the colon ends the match. */
export const LINE_LABEL = new RegExp(`(?<=^|\\n)([ \\t]*)(${LABELS.join('|')}):`, 'gi');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line start at which an item's heading begins, searched in text[from, to): the last line opening with the words it opens with. */
function headingStart(text: string, from: number, to: number, item: AnswerKey['items'][number]): number | null {
  const opening = item.originalRequest ?? item.request;
  if (opening === null) return null;
  const words = opening.split(/\s+/).filter(Boolean).slice(0, 2);
  // A partial authorization's heading opens with "<original request> was the original request".
  const tail = item.originalRequest !== null ? '[^]{0,300}?original\\s+request' : '';
  const lead = new RegExp(`(?<=^|\\n|\\f)[ \\t]*(${words.map(escape).join('[\\s\\u00ad]+')})${tail}`, 'gi');
  const found = [...text.slice(from, to).matchAll(lead)].at(-1);
  return found ? from + found.index + found[0].indexOf(found[1]!) : null;
}

/**
 * Where each item's heading starts, for letters whose items are headed "<request>: Upheld". Null
 * when the letter's items are not written so, or one heading cannot be placed.
 */
export function itemHeadingStarts(text: string, key: AnswerKey): number[] | null {
  const markers = [...text.matchAll(DECISION_MARKER)];
  if (markers.length === 0 || markers.length !== key.items.length) return null;
  const starts: number[] = [];
  let from = 0;
  for (const [n, item] of key.items.entries()) {
    const marker = markers[n]!;
    const start = headingStart(text, from, marker.index, item);
    if (start === null) return null;
    starts.push(start);
    from = marker.index + marker[0].length;
  }
  return starts;
}

/** Where the items begin: the first item heading's start, else the first decision, else null. */
export function itemsStartOf(text: string, key: AnswerKey): number | null {
  const starts = itemHeadingStarts(text, key);
  if (starts) return starts[0]!;
  const marker = DECISION_MARKER.exec(text);
  DECISION_MARKER.lastIndex = 0;
  if (!marker) return null;
  return text.lastIndexOf('\n', marker.index) + 1;
}

/** Offsets of the form feeds that separate pages. */
export function pageBreaks(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) at.push(i);
  return at;
}

/** Whether a text letter puts an empty line after every line (double spacing). */
export function isDoubleSpaced(text: string): boolean {
  const lines = linesOf(text);
  let filled = 0;
  let followed = 0;
  lines.forEach((l, i) => {
    if (l.text.trim() === '') return;
    filled++;
    if (lines[i + 1]?.text === '') followed++;
  });
  return filled > 10 && followed / filled > 0.8;
}

/** Applies edits given as [start, end, replacement], in any order, none overlapping. */
export function applyEdits(text: string, edits: [number, number, string][]): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, by] of sorted) {
    if (start < at) continue;
    out += text.slice(at, start) + by;
    at = end;
  }
  return out + text.slice(at);
}
