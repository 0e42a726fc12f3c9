// The conclusion a decision rationale states: 'medically necessary' or 'not medically necessary'.
// Reviewers put it in the last sentence that speaks of medical necessity ("Therefore, the request
// is not medically necessary.", "... is medically necessary and appropriate."), but rationales can
// end with quoted guideline text (the opioid-tapering passage) after it, so the rationale is read
// from the end for the last sentence that concludes, not simply its last sentence.
import type { Field, Necessity } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { nullField, valueField, wordSpans } from './spans.ts';

/**
 * "medically necessary", with the negation that may come before it: right before ("not medically
 * necessary", "cannot be deemed medically necessary") or several words before in the same clause
 * ("is not supported by the provided records as being medically necessary"). The words between may
 * not start a new clause (a conjunction or a second verb), so "has not improved, and the request is
 * medically necessary" stays positive.
 */
const CLAUSE_WORD =
  '(?:and|but|or|so|therefore|thus|hence|because|since|such|although|though|however|while|whereas|which|who|if|unless|until|request|requests|requested|is|are|was|were|has|have|had|will|would|does|do|did|not|no|never)';
const NEGATION = "(?:not|non|un|no\\s+longer|neither|cannot|can\\s*not|can't|isn't|aren't|wasn't)";
const NECESSARY = new RegExp(
  `\\b(${NEGATION}\\b[-\\s]*(?:(?!${CLAUSE_WORD}\\b)[\\w'/()-]+\\s+){0,8}?)?(?:medically[-\\s]+necessary|a\\s+medical\\s+necessity)\\b`,
  'gi',
);
/** "medically unnecessary": the negation inside the word. */
const UNNECESSARY = /\bmedically[-\s]+unnecessary\b/gi;
/** "the medical necessity of this request is not established", "medical necessity has been established". */
const NECESSITY_ESTABLISHED =
  /\bmedical\s+necessity\s+(?:(?:of|for)\s+(?:[\w'/()-]+\s+){1,12}?)?(?:is|are|was|were|has|have|had)\s+(not\s+)?(?:been\s+)?(?:clearly\s+|fully\s+)?(?:established|demonstrated|substantiated|supported|shown|met)\b/gi;
/** Weaker wordings: "is not supported", "cannot be recommended", "is not medically appropriate". */
const NOT_SUPPORTED =
  /\b(?:(?:is|are|was|were|be)\s+(?:not|non)|(?:cannot|can\s*not|can't|could\s+not)\s+be)[\s-]+(?:(?:medically|clinically)\s+)?(?:supported|recommended|warranted|indicated|certified|approved|appropriate|reasonable|justified|substantiated)\b|\b(?:does|do)\s+not\s+meet\s+(?:the\s+)?(?:medical\s+necessity|guidelines?|MTUS|ODG|criteria)\b|\b(?:request(?:ed|s)?|it|this|these|they)\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were)\s+(?:not\s+|un)necessary\b/gi;
/** Their positive counterparts; a bare "is necessary" or "is appropriate" says too little to count. */
const SUPPORTED =
  /\b(?:is|are|was|were)\s+(?:supported|recommended|warranted|indicated|certified|approved|(?:medically|clinically)\s+(?:appropriate|indicated|warranted|supported|reasonable|justified))\b/gi;

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

/** The last "medically necessary" phrase, with the negation that reaches it. */
function lastNecessary(s: string): { index: number; length: number; negative: boolean } | null {
  const m = lastMatch(NECESSARY, s);
  return m && { index: m.index, length: m[0].length, negative: m[1] !== undefined };
}

/** The last concluding phrase in [start, end) of the plain text. */
function conclusionIn(plain: string, start: number, end: number): { necessity: Necessity; start: number; end: number } | null {
  const s = plain.slice(start, end);
  const un = lastMatch(UNNECESSARY, s);
  const found = lastNecessary(s);
  const necessary = un && (!found || un.index > found.index) ? { index: un.index, length: un[0].length, negative: true } : found;
  const established = lastMatch(NECESSITY_ESTABLISHED, s);
  const strong =
    established && (!necessary || established.index > necessary.index)
      ? { index: established.index, length: established[0].length, negative: Boolean(established[1]) }
      : necessary;
  const no = lastMatch(NOT_SUPPORTED, s);
  const yes = lastMatch(SUPPORTED, s);
  const weakMatch = no && (!yes || no.index >= yes.index) ? no : yes;
  const weak = weakMatch && { index: weakMatch.index, length: weakMatch[0].length, negative: weakMatch === no };
  const useWeak = weak && (!strong || (weak.index > strong.index && s.length - weak.index <= CLOSING_WINDOW));
  const pick = useWeak ? weak : strong;
  if (!pick) return null;
  return {
    necessity: pick.negative ? 'not medically necessary' : 'medically necessary',
    start: start + pick.index,
    end: start + pick.index + pick.length,
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
