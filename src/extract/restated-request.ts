// The request as the rationale restates it in its conclusion ("The request for X is not medically
// necessary"), and whether it disagrees with the item's heading in a way that means the heading was
// misread. Rationales paraphrase ("lumbar MRI" for "MRI of the lumbar spine"), so a different
// wording is not a disagreement. What is: one of the two is the other with words of substance (a
// drug, a body part, a dose or a date) added in front — the sign of a heading cut short (only its
// last line read, "11/11/2016") or run into the text before it — or a heading with no words at all.
import type { Field, Problem } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { nullField, textField, trimRange } from './spans.ts';

// "the request for X is|was [therefore|also] [not] <conclusion word>" (or "the original request, X,
// was …"): X runs to the verb, never over a sentence end (a full stop, then white space and a
// word; a dose or a number may follow a full stop), and holds at most 300 characters, which keeps
// the search linear on any text.
const RESTATED =
  /\b(?:request\s+for|original\s+request\s*,)\s+((?:[^.;!?]|\.(?!\s)|\.(?=[ \t\n]+[\d#(])){1,300}?)\s*,?\s+(?:is|was|are|were)\s+(?:(?:also|therefore|thus|hence|likewise|still|currently|then)\s+)?(?:not\s+)?(?:(?:also|therefore|thus)\s+)?(?:medically|recommended|indicated|supported|necessary|established|reasonable|appropriate|certified|approved|warranted)\b/gi;
const REQUEST_LEAD = /\b(?:request\s+for|original\s+request\s*,)\s+/gi;
/** Wording a partial authorization puts before the request it restates. */
const PARTIAL_LEAD = /^(?:the\s+)?(?:remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+)?original\s+request\s*,?\s*/i;
const ARTICLE_LEAD = /^(?:the|a|an)\s+/i;

/** Words that qualify a request without naming it: a heading may add or drop them freely. */
const QUALIFIERS = new Set(
  'the a an of for to and or with in on at request requested requests additional further continued continuing ongoing retrospective retro prospective purchase rental trial associated service services'.split(
    ' ',
  ),
);

/** The request restated in the rationale's last "request for X is …" sentence; null when it has none. */
export function readRestatedRequest(view: LetterView, rationale: Field<string>): Field<string> {
  const first = rationale.spans[0];
  const last = rationale.spans.at(-1);
  if (!first || !last) return nullField();
  const slice = view.plain.slice(first.start, last.end);
  const m = [...slice.matchAll(RESTATED)].at(-1);
  if (!m) return nullField();
  let start = first.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  // The match starts at the sentence's first "request for"; the request is after its last one.
  const inner = [...m[1]!.matchAll(REQUEST_LEAD)].at(-1);
  if (inner) start += inner.index + inner[0].length;
  for (const lead of [PARTIAL_LEAD, ARTICLE_LEAD]) {
    const l = lead.exec(view.plain.slice(start, end));
    if (l) start += l[0].length;
  }
  const r = trimRange(view.plain, start, end, '"\'\u201c\u201d,');
  return textField(view, r.start, r.end);
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** The tokens `longer` holds in front of `shorter` when it ends with it; null when it does not. */
function leadingExtra(longer: string[], shorter: string[]): string[] | null {
  if (shorter.length === 0 || longer.length <= shorter.length) return null;
  const offset = longer.length - shorter.length;
  return shorter.every((t, i) => longer[offset + i] === t) ? longer.slice(0, offset) : null;
}

const hasSubstance = (extra: string[]) => extra.some((t) => /\d/.test(t)) || extra.filter((t) => !QUALIFIERS.has(t)).length >= 2;

/** A warning when the heading's request and the restated request disagree materially; null otherwise. */
export function checkHeadingAgainstRationale(n: number, request: Field<string>, restated: Field<string>): Problem | null {
  if (request.value === null) return null;
  const heading = tokens(request.value);
  const field = `items[${n}].request`;
  if (!heading.some((t) => /[a-z]{3}/.test(t))) {
    return {
      severity: 'warning',
      code: 'request-mismatch',
      field,
      message:
        restated.value !== null
          ? `Request of item ${n + 1} may be misread: its heading reads only "${request.value}" but the rationale restates the request as "${restated.value}". Check the heading.`
          : `Request of item ${n + 1} may be misread: its heading reads only "${request.value}", which names no treatment. Check the heading.`,
      spans: [...request.spans, ...restated.spans],
    };
  }
  if (restated.value === null) return null;
  const again = tokens(restated.value);
  const cutShort = leadingExtra(again, heading);
  const ranOn = leadingExtra(heading, again);
  if ((cutShort && hasSubstance(cutShort)) || (ranOn && hasSubstance(ranOn))) {
    return {
      severity: 'warning',
      code: 'request-mismatch',
      field,
      message: `Request of item ${n + 1} may be cut short or run on: its heading reads "${request.value}" but the rationale restates the request as "${restated.value}". Check the heading.`,
      spans: [...request.spans, ...restated.spans],
    };
  }
  return null;
}
