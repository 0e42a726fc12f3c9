import { describe, expect, it } from 'vitest';
import { canonicalSpans, foldText, toCanonical } from './folded-text.ts';
import { extractLetter } from './extract-letter.ts';

describe('the folded text every rule reads', () => {
  it('leaves plain ASCII text as it is, with no map', () => {
    const f = foldText('Knee brace, hinged: Upheld\n');
    expect(f.text).toBe('Knee brace, hinged: Upheld\n');
    expect(f.map).toBeNull();
  });

  it('folds CRLF, no-break and thin spaces, zero-width characters, soft hyphens and ligatures, keeping a map to each character', () => {
    const canonical = 'Ortho\u00adtic insoles:\u00a0OVERTURNED\r\nRe\u200bview of the \uFB01le\u2009now';
    const f = foldText(canonical);
    expect(f.text).toBe('Orthotic insoles: OVERTURNED\nReview of the file now');
    // "Orthotic" runs over the soft hyphen; "file" over the one ligature character.
    expect(canonicalSpans(f, { start: 0, end: 8 })).toEqual([{ start: 0, end: 9 }]);
    const file = f.text.indexOf('file');
    expect(canonicalSpans(f, { start: file, end: file + 4 }).map((s) => canonical.slice(s.start, s.end))).toEqual(['\uFB01le']);
    const now = f.text.indexOf('now');
    expect(canonicalSpans(f, { start: now, end: now + 3 })).toEqual([{ start: canonical.indexOf('now'), end: canonical.length }]);
  });

  it('joins a word hyphenated at a line end, and keeps a compound hyphen where it is', () => {
    const f = foldText('not clini-\n  cally warranted; a follow-\nup visit');
    expect(f.text).toBe('not clinically warranted; a follow-\nup visit');
    const at = f.text.indexOf('clinically');
    expect(canonicalSpans(f, { start: at, end: at + 10 })).toEqual([{ start: 4, end: 18 }]);
  });

  it('cuts a span where a dropped character stands beside white space, so the pieces read back as the value', () => {
    const canonical = 'wrist \u200bsplint';
    const f = foldText(canonical);
    expect(f.text).toBe('wrist splint');
    expect(canonicalSpans(f, { start: 0, end: 12 })).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 13 },
    ]);
  });

  it('maps every span of a result, in arrays and alone', () => {
    const f = foldText('\u00a0\u00a0ab\r\ncd');
    expect(toCanonical(f, { spans: [{ start: 2, end: 4 }], block: { start: 0, end: 7 }, n: 3 })).toEqual({
      spans: [{ start: 2, end: 4 }],
      block: { start: 0, end: 8 },
      n: 3,
    });
  });

  it('reads a letter typed with CRLF, no-break spaces and upper-case decisions, its spans on the letter own characters', () => {
    const canonical = [
      'IMR Case #: CM19-0424242',
      'Date of Decision: 2019-03-07',
      '',
      'How the Final Determination Was Made',
      'The reviewer was chosen for this case.',
      '',
      'Ceramic heel cups, one pair:\u00a0UPHELD',
      'Guideline used by the reviewer: Foot and ankle guidance, orthoses.',
      'Reason for the decision: The shoe in\u00adserts are not medi-',
      'cally necessary.',
      '',
    ].join('\r\n');
    const r = extractLetter(canonical);
    expect(r.caseNumber.value).toBe('CM19-0424242');
    expect(r.decisionDate.value).toBe('2019-03-07');
    expect(r.items).toHaveLength(1);
    const item = r.items[0]!;
    expect(item.decision.value).toBe('Upheld');
    expect(item.decision.spans.map((s) => canonical.slice(s.start, s.end))).toEqual(['UPHELD']);
    expect(item.request.value).toBe('Ceramic heel cups, one pair');
    expect(item.reviewerGuideline.value).toBe('Foot and ankle guidance, orthoses.');
    expect(item.rationale.value).toBe('The shoe inserts are not medically necessary.');
    expect(item.rationale.spans.map((s) => canonical.slice(s.start, s.end))).toEqual([
      'The shoe in\u00adserts are not medi-\r\ncally necessary.',
    ]);
    expect(item.necessity.value).toBe('not medically necessary');
  });
});
