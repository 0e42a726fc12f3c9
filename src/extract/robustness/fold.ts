// How the harness compares a value read from a variant with the answer key: the shared scoring
// tool's folding (../shared/tools/score-extraction.mjs: NFKC, typographic quotes and dashes, white
// space, line-end hyphens, hyphens, end quotes and end punctuation, case), plus what a reader never
// sees: soft hyphens and zero-width characters, and the other hyphen code points; and a list bullet
// standing alone as a word in another glyph (a letter's own "- " at a line start that a producer
// draws as "• ", "▪ ", "● ", "◦ " or "* ") reads as the hyphen it stands for. It is the
// definition of "read right", kept apart from the engine's own matching view on purpose: the
// harness must not share a blind spot with the rules it checks.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HYPHENS = /[\u2010-\u2015\u2212]/g;
// Only a glyph standing alone between spaces (or at an end): a bullet, never part of a word.
const BULLETS = /(?<=^|\s)[\u2022\u25aa\u25cf\u25e6*](?=\s|$)/g;

export function fold(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return String(v)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(HYPHENS, '-')
    .replace(BULLETS, '-')
    .replace(/\s+/g, ' ')
    .replace(/(\w)- ?(?=\w)/g, '$1')
    .replace(/-/g, '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/[.:;,]+$/, '')
    .trim()
    .toLowerCase();
}

/** Whether two values (or lists of values) are the same once folded. */
export function sameValue(a: unknown, b: unknown): boolean {
  const f = (v: unknown) => JSON.stringify(Array.isArray(v) ? v.map(fold) : fold(v));
  return f(a) === f(b);
}
