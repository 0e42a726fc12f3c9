// Dates a letter states in sentences rather than in a header table:
//   "An application for Independent Medical Review was filed on 9/6/2013 disputing the Utilization
//    Review Denial dated 8/30/2013. A Notice of Assignment and Request for Information was provided
//    to the above parties on 9/23/2013."                     -> applicationReceived, urDenialDate, dateAssigned
//   "Dated: 9/26/2013" on its own line under the title         -> decisionDate
import type { Field } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { findDate } from './dates.ts';
import { nullField, valueField } from './spans.ts';

export interface SentenceDates {
  applicationReceived: Field<string>;
  urDenialDate: Field<string>;
  dateAssigned: Field<string>;
  decisionDate: Field<string>;
}

const CUES: [keyof SentenceDates, RegExp][] = [
  ['applicationReceived', /\bapplication\s+for\s+Independent\s+Medical\s+Review\s+was\s+(?:filed|received)\s+on\s+/i],
  ['urDenialDate', /\bdisputing\s+the\s+Utilization\s+Review\s+(?:Denial|Decision|Determination|Modification)\s+dated\s+/i],
  ['dateAssigned', /\bNotice\s+of\s+Assignment\b[^.]{0,200}?\bon\s+/i],
  ['decisionDate', /(?<=^|\n)[ \t]*Dated\s*:[ \t]*/i],
];

/** The date right after a cue (within a few characters), grounded on the date as written. */
function dateAfter(view: LetterView, cue: RegExp): Field<string> {
  const m = cue.exec(view.plain);
  if (!m) return nullField();
  const from = m.index + m[0].length;
  const date = findDate(view.plain, from, from + 2);
  return date ? valueField(date.iso, [date.span]) : nullField();
}

export function readSentenceDates(view: LetterView): SentenceDates {
  const out: SentenceDates = {
    applicationReceived: nullField(),
    urDenialDate: nullField(),
    dateAssigned: nullField(),
    decisionDate: nullField(),
  };
  for (const [key, cue] of CUES) out[key] = dateAfter(view, cue);
  return out;
}
