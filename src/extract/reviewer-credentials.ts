// The expert reviewer's credentials, in either wording the letters use:
// - "State(s) of Licensure: A,B, C" and "Certification(s)/Specialty: X, Y" lines (the specialty
//   line can wrap onto the next line; the wrapped words belong to the last specialty);
// - the older sentence "is Board Certified in X, has a subspecialty in Y and is licensed to
//   practice in Z".
import type { Field, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { lineEndAt } from './letter-view.ts';
import { SECTION_HEADING_LINE } from './letter-sections.ts';
import { listField, nullField, splitRange, trimRange } from './spans.ts';

export interface Credentials {
  licensure: Field<string[]>;
  specialties: Field<string[]>;
}

const LICENSURE = /(?<=^|\n)[ \t]*State\(s\)\s+of\s+Licensure\s*:/i;
const SPECIALTY = /(?<=^|\n)[ \t]*Certification\(s\)\s*\/\s*Specialty\s*:/i;
const LABEL_LINE = /^[ \t]*(?:State\(s\)\s+of\s+Licensure|Certification\(s\)\s*\/\s*Specialty|The\s+Expert\s+Reviewer)\b/i;
const BOARD_SENTENCE =
  /\bBoard\s+Certified\s+in\s+([^]{1,150}?)(?:,\s*has\s+a\s+subspecialty\s+in\s+([^]{1,150}?))?,?\s+and\s+is\s+licensed\s+to\s+practice\s+in\s+([^]{1,150}?)\.(?=\s|$)/di;

/**
 * End of a labelled value: its line, plus following lines while they continue it (not blank, not
 * another label or section heading).
 */
function valueEnd(plain: string, start: number, limit: number): number {
  let end = lineEndAt(plain, start);
  while (end < limit) {
    const nextStart = end + 1;
    const nextEnd = lineEndAt(plain, nextStart);
    const line = plain.slice(nextStart, nextEnd);
    if (line.trim() === '' || LABEL_LINE.test(line) || SECTION_HEADING_LINE.test(line) || /^[ \t]*[A-Z][A-Z ,]{6,}$/.test(line)) break;
    end = nextEnd;
  }
  return Math.min(end, limit);
}

function labelledList(view: LetterView, re: RegExp, limit: number, wraps: boolean): Field<string[]> {
  const m = re.exec(view.plain.slice(0, limit));
  if (!m) return nullField();
  const start = m.index + m[0].length;
  const end = wraps ? valueEnd(view.plain, start, limit) : Math.min(lineEndAt(view.plain, start), limit);
  return listField(view, splitRange(view.plain, start, end, /,/, '.;'));
}

/** Splits "A, B and C" into its names. */
function namesIn(plain: string, start: number, end: number): Span[] {
  return splitRange(plain, start, end, /,\s*(?:and\s+)?|\s+and\s+/, '.;');
}

export function readCredentials(view: LetterView, limit: number): Credentials {
  const licensure = labelledList(view, LICENSURE, limit, true);
  const specialties = labelledList(view, SPECIALTY, limit, true);
  if (licensure.value !== null || specialties.value !== null) return { licensure, specialties };

  const m = BOARD_SENTENCE.exec(view.plain.slice(0, limit));
  if (!m) return { licensure, specialties };
  const group = (n: number): Span | null => {
    const at = m.indices?.[n];
    return at ? trimRange(view.plain, at[0], at[1]) : null;
  };
  const board = group(1);
  const sub = group(2);
  const states = group(3);
  const specialtyRanges: Span[] = [];
  if (board) specialtyRanges.push(board);
  if (sub) specialtyRanges.push(...splitRange(view.plain, sub.start, sub.end, /,/, '.;'));
  return {
    licensure: states ? listField(view, namesIn(view.plain, states.start, states.end)) : nullField(),
    specialties: listField(view, specialtyRanges),
  };
}
