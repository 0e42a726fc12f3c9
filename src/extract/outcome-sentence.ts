// A numbered outcome sentence, the way letters without ": Upheld" headings state a decision:
//   "1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional restoration
//    program is not medically necessary and appropriate."
//   "2. Aquatic therapy, twelve sessions is medically necessary and appropriate."
// "Not medically necessary" means the UR denial stands (Upheld); "medically necessary" that it is
// overturned. The request is the words between the lead-in and "is".
import type { Decision, Field, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { textField, trimRange, valueField } from './spans.ts';

export interface OutcomeSentence {
  number: number;
  /** Start of the number; end of the sentence. */
  start: number;
  end: number;
  request: Field<string>;
  decision: Field<Decision>;
}

const NUMBER = /(?<=^|\n)[ \t]*(\d{1,2})[.)][ \t]+/g;
const LEAD_IN =
  /^(?:MAXIMUS\s+Federal\s+Services,?\s+Inc\.?,?\s+has\s+determined\s+(?:that\s+)?the\s+request(?:ed)?(?:\s+(?:treatment|service)s?)?\s+(?:for\s+)?|The\s+request\s+for\s+)/i;
const OUTCOME = /\s+(?:is|are|was|were)\s+((not\s+)?medically\s+necessary)(?:\s+and\s+appropriate)?\s*\./i;
/** A sentence is one paragraph at most. */
const PARAGRAPH_END = /\n[ \t]*\n/;
const MAX_SENTENCE = 600;

export function findOutcomeSentences(view: LetterView, from = 0, to = view.plain.length): OutcomeSentence[] {
  const { plain } = view;
  const out: OutcomeSentence[] = [];
  NUMBER.lastIndex = 0;
  for (const m of plain.slice(from, to).matchAll(NUMBER)) {
    const numberStart = from + m.index + m[0].indexOf(m[1] ?? '');
    const bodyStart = from + m.index + m[0].length;
    let body = plain.slice(bodyStart, Math.min(to, bodyStart + MAX_SENTENCE));
    const gap = PARAGRAPH_END.exec(body);
    if (gap) body = body.slice(0, gap.index);
    if (/^Regarding\b/i.test(body)) continue;
    const lead = LEAD_IN.exec(body);
    const o = OUTCOME.exec(body);
    if (!o || !o.index) continue;
    const requestStart = bodyStart + (lead ? lead[0].length : 0);
    const request = trimRange(plain, requestStart, bodyStart + o.index);
    // Without the lead-in a sentence only counts when it is short enough to be an item heading.
    if (request.end <= request.start || (!lead && request.end - request.start > 300)) continue;
    const wordsAt = bodyStart + o.index + o[0].indexOf(o[1] ?? '');
    const words: Span = { start: wordsAt, end: wordsAt + (o[1] ?? '').length };
    out.push({
      number: Number(m[1]),
      start: numberStart,
      end: bodyStart + o.index + o[0].length,
      request: textField(view, request.start, request.end),
      decision: valueField<Decision>(o[2] ? 'Upheld' : 'Overturned', [words]),
    });
  }
  return out;
}
