// The conclusion a decision rationale states: 'medically necessary' or 'not medically necessary'.
// Reviewers put it in the last sentence that speaks of medical necessity ("Therefore, the request
// is not medically necessary.", "... is medically necessary and appropriate."), but rationales can
// end with quoted guideline text (the opioid-tapering passage) after it, so the rationale is read
// from the end for the last sentence that concludes, not simply its last sentence.
import type { Field, Necessity } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { nullField, valueField, wordSpans } from './spans.ts';

/** "medically necessary", with the negation that may come just before it. */
const NECESSARY =
  /\b((?:not|non|un|no\s+longer|cannot|can\s*not|can't|isn't|aren't|wasn't)\b[-\s]*(?:(?:be|been|being|considered|deemed|seen|as|found|to|felt|established|supported|appear)\s+){0,3})?(?:medically[-\s]+necessary|a\s+medical\s+necessity)\b/gi;
const NOT_SUPPORTED =
  /\b(?:is|are|was|were|be)\s+(?:not|non)\s+(?:supported|recommended|warranted|indicated|certified|approved|appropriate)\b/gi;
const SUPPORTED = /\b(?:is|are|was|were)\s+(?:supported|recommended|warranted|indicated|certified|approved)\b/gi;

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/** Weaker wordings ("is not supported") count only when they close the rationale. */
const CLOSING_WINDOW = 250;

/** The last concluding phrase in [start, end) of the plain text. */
function conclusionIn(plain: string, start: number, end: number): { necessity: Necessity; start: number; end: number } | null {
  const s = plain.slice(start, end);
  const strong = lastMatch(NECESSARY, s);
  const no = lastMatch(NOT_SUPPORTED, s);
  const yes = lastMatch(SUPPORTED, s);
  const weak = no && (!yes || no.index >= yes.index) ? no : yes;
  const useWeak = weak && (!strong || (weak.index > strong.index && s.length - weak.index <= CLOSING_WINDOW));
  const pick = useWeak ? weak : strong;
  if (!pick) return null;
  const negative = pick === strong ? Boolean(strong[1]) : pick === no;
  return {
    necessity: negative ? 'not medically necessary' : 'medically necessary',
    start: start + pick.index,
    end: start + pick.index + pick[0].length,
  };
}

export function readNecessity(view: LetterView, rationale: Field<string>): Field<Necessity> {
  const first = rationale.spans[0];
  const last = rationale.spans[rationale.spans.length - 1];
  if (!first || !last) return nullField();
  // Searched in the plain view so a phrase broken by a page break still reads as one.
  const c = conclusionIn(view.plain, first.start, last.end);
  return c ? valueField(c.necessity, wordSpans(view, c.start, c.end)) : nullField();
}
