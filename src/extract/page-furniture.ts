// Page furniture: what a producer prints on every page that is no part of the letter's words. Found
// by shape and by repetition, and never in a value (spans.ts cuts values around it), though kept in
// the canonical text:
// - anywhere: the form feed between pages, a page line ("Page 2", "Page 2 of 5", "2 of 5", "- 2 -")
//   alone or beside other furniture in columns ("IMR-FD-03 (Rev. 02/2019)   Page 2 of 5"), and a short
//   title-like line naming the case number ("Final Determination Letter for IMR Case Number CM16-…");
// - at a page's edge (its first or last few lines; pages end at a form feed or a page line): a bare
//   page number, a form number, a date, the case number, and any title-like line that recurs at the
//   edge of two pages or more once its digits are ignored (a running title, a logo line);
// - title lines naming the review next to a page line (its running header or footer), and a title
//   line recurring word for word anywhere: twice when it names the review, three times in capitals.
// The letter's opening lines (its header table, address block) are never furniture.
import type { Span } from './record.ts';
import { isHeadingLine, isSectionHeadingLine } from './layouts/headings.ts';

/** Furniture by its shape alone, wherever it stands. */
const PAGE_LINE =
  /^(?:page[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?|\d{1,4}[ \t]+of[ \t]+\d{1,4}|[-\u2013\u2014\u2022\u25aa\u25cf*o][ \t]*\d{1,4}[ \t]*[-\u2013\u2014])$/i;
/**
 * Furniture by its shape when it stands at a page's edge: a page number, the case number, a form
 * number ("Form IMR-3 (Rev. 01/2019)"), a date.
 */
const EDGE_LINE = new RegExp(
  '^(?:' +
    [
      String.raw`\d{1,4}`,
      String.raw`(?:(?:IMR|MAXIMUS)[ \t]+)?case[ \t]*(?:number|no\.?|#)[ \t]*:?[ \t]*CM\d{2}-\d{7}`,
      String.raw`CM\d{2}-\d{7}`,
      String.raw`form[ \t]*(?:#|no\.?)?[ \t]*[a-z]{0,6}[ -]?\d[\w-]*(?:[ \t]*\(rev\.?[^)]{0,20}\))?`,
      String.raw`\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[a-z]{3,9}\.?[ \t]+\d{4}`,
    ].join('|') +
    ')$',
  'i',
);
/** A line that belongs to an item or a heading, however often it recurs. */
const CONTENT_LINE = /:[ \t]*(?:upheld|overturned)\b|guideline\s*:|rationale\s*:|^(?:state\(s\)|certification)/i;
/** Words of a producer's running title, which no guideline title holds. */
const PRODUCER_WORDS = /\b(?:IMR|MAXIMUS|Independent\s+Medical\s+Review|Final\s+Determination|Determination\s+Letter|Confidential)\b/i;
const CASE_NUMBER = /\bCM\d{2}-\d{7}\b/i;
/** Columns of a furniture line: a tab or two spaces or more. */
const COLUMN_GAP = /\t+|[ ]{2,}/;
/** "Page 2 of 5" closing a line after other furniture. */
const TRAILING_PAGE = /[ \t]+(?:page[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?|\d{1,4}[ \t]+of[ \t]+\d{1,4})$/i;
/** How many lines from a page's edge running headers and footers stand. */
const EDGE_LINES = 3;
const MAX_FURNITURE_LINE = 100;
/** The most lines the letter's opening (its header table and address block) may take. */
const OPENING_LINES = 30;

const HAS_DIGIT = /\d/;
const isPageLine = (words: string) => words.length <= 24 && PAGE_LINE.test(words);

/**
 * A title, a name, a date or a form number, not a line of prose: no word in lower case but a few
 * small ones, and no full stop, comma or colon at its end.
 */
function looksLikeFurniture(words: string): boolean {
  return words.length <= MAX_FURNITURE_LINE && !/[.,;:]$/.test(words) && /[A-Z0-9]/.test(words) && !PROSE_WORD.test(words);
}
/** A word in lower case other than a few small ones: the mark of a line of prose. */
const PROSE_WORD = /(?:^|\s)(?!(?:of|the|and|for|on|in|to|by|rev)(?:\s|$))[a-z]/;

/** Furniture wherever it stands: a page line, alone or among furniture columns, or a title line naming the case number. */
function furnitureAnywhere(words: string): boolean {
  if (isPageLine(words)) return true;
  if (words.length > MAX_FURNITURE_LINE) return false;
  // Cheap tests first: most lines name neither a page nor the case number (both need a digit).
  if (!HAS_DIGIT.test(words)) return false;
  const paged = /(?:^|[ \t])(?:page[ \t]*\d|\d{1,4}[ \t]+of[ \t]+\d)/i.test(words);
  const cased = CASE_NUMBER.test(words);
  if (!paged && !cased) return false;
  if (CONTENT_LINE.test(words)) return false;
  const columns = words.split(COLUMN_GAP).map((c) => c.trim());
  if (columns.length > 1 && columns.some(isPageLine) && columns.every((c) => isPageLine(c) || EDGE_LINE.test(c) || looksLikeFurniture(c)))
    return true;
  const withoutPage = words.replace(TRAILING_PAGE, '');
  if (withoutPage !== words && (EDGE_LINE.test(withoutPage) || looksLikeFurniture(withoutPage))) return true;
  return (
    CASE_NUMBER.test(words) && looksLikeFurniture(words.replace(CASE_NUMBER, 'CM').replace(/\bcase\s+(?:number|no\.?|#)\s*:?/gi, 'Case'))
  );
}

/** Furniture when it stands at a page's edge. */
function furnitureAtEdge(words: string): boolean {
  if (CONTENT_LINE.test(words)) return false;
  return EDGE_LINE.test(words) || words.split(COLUMN_GAP).every((c) => EDGE_LINE.test(c.trim()) || isPageLine(c.trim()));
}

interface Line {
  start: number;
  end: number;
  /** The trimmed text. */
  words: string;
  /** Whether the line is a page line (isPageLine), asked once. */
  page: boolean;
  /** Its words as key() compares them, once asked. */
  key?: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s <= to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const raw = text.slice(s, e);
    const words = (raw.includes('\f') ? raw.replace(/\f/g, '') : raw).trim();
    if (words !== '') out.push({ start: s, end: e, words, page: isPageLine(words), key: undefined });
    s = e + 1;
  }
  return out;
}

/** The trimmed line's own span inside [line.start, line.end). */
function wordsSpan(text: string, line: Line): Span {
  let s = line.start;
  let e = line.end;
  while (s < e && /[\s\f]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s\f]/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** The words of a line as a running header or footer repeats them: any case, digits aside (computed once a line). */
function key(line: Line): string {
  return (line.key ??= line.words.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' '));
}

/** The spans of furniture lines (their words only) and form feeds, unsorted. */
export function furnitureLines(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) out.push({ start: i, end: i + 1 });
  const all = linesOf(text, 0, text.length);
  // The opening: the lines above the first section heading (the header table, an address block), at most OPENING_LINES.
  const firstHeading = all.findIndex((l, n) => n < OPENING_LINES && isSectionHeadingLine(l.words));
  const opening = new Set(all.slice(0, firstHeading >= 0 ? firstHeading : OPENING_LINES));
  const marked = new Set<Line>();
  // Pages end at a form feed or at a page line (text copied from a viewer has no form feeds).
  const pages: Line[][] = [[]];
  let previousEnd = 0;
  let nextFormFeed = text.indexOf('\f');
  for (const line of all) {
    const anywhere = line.page || (!opening.has(line) && furnitureAnywhere(line.words));
    if (anywhere) marked.add(line);
    const span = wordsSpan(text, line);
    // A form feed between the previous line's words and this line's starts a page.
    while (nextFormFeed >= 0 && nextFormFeed < previousEnd) nextFormFeed = text.indexOf('\f', nextFormFeed + 1);
    if (nextFormFeed >= 0 && nextFormFeed < span.start) pages.push([]);
    if (!anywhere) pages[pages.length - 1]!.push(line);
    if (line.page) pages.push([]);
    previousEnd = span.end;
  }
  const nonEmpty = pages.filter((p) => p.length > 0);
  // The first page's top is the letter's own header: only its unlabelled lines count (a logo line).
  const tops = nonEmpty.map((p, n) => (n === 0 ? p.slice(0, EDGE_LINES).filter((l) => !l.words.includes(':')) : p.slice(0, EDGE_LINES)));
  const bottoms = nonEmpty.map((p) => p.slice(-EDGE_LINES).filter((l) => !opening.has(l)));
  for (const edge of [tops, bottoms]) {
    const pagesWith = new Map<string, number>();
    for (const page of edge) for (const k of new Set(page.map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
    edge.forEach((page, n) => {
      for (const line of page) {
        if (CONTENT_LINE.test(line.words)) continue;
        const shaped = furnitureAtEdge(line.words) && !(edge === tops && n === 0);
        if (shaped || (looksLikeFurniture(line.words) && (pagesWith.get(key(line)) ?? 0) >= 2)) marked.add(line);
      }
    });
  }
  // Title lines naming the review next to a page line, before or after it: its running header or footer.
  all.forEach((line, n) => {
    if (!line.page || opening.has(line)) return;
    for (const step of [-1, 1]) {
      for (let k = n + step, seen = 0; seen < 2 && k >= 0 && k < all.length; k += step, seen++) {
        const near = all[k]!;
        if (opening.has(near) || CONTENT_LINE.test(near.words) || isHeadingLine(near.words)) break;
        // A guideline's Title Case line can stand beside a page line too: only a producer's title counts.
        if (!((looksLikeFurniture(near.words) && PRODUCER_WORDS.test(near.words)) || furnitureAtEdge(near.words))) break;
        marked.add(near);
      }
    }
  });
  // A title line recurring wherever (pages without breaks between them): twice when it names the
  // review, three times when it is in capitals; a wrapped guideline title ("Chronic Pain Medical
  // Treatment") recurs in Title Case too, so no other title line counts.
  const counts = new Map<string, number>();
  const shouted = (words: string) =>
    looksLikeFurniture(words) && ((/[A-Z]{3}/.test(words) && words === words.toUpperCase()) || PRODUCER_WORDS.test(words));
  for (const line of all) if (shouted(line.words)) counts.set(line.words, (counts.get(line.words) ?? 0) + 1);
  // Only lines that recur are looked at again (most letters have none).
  const recurring = new Map([...counts].filter(([, count]) => count >= 2));
  for (const line of recurring.size > 0 ? all : []) {
    const count = recurring.get(line.words) ?? 0;
    if (
      count >= 2 &&
      !opening.has(line) &&
      !CONTENT_LINE.test(line.words) &&
      !isHeadingLine(line.words) &&
      count >= (PRODUCER_WORDS.test(line.words) ? 2 : 3)
    )
      marked.add(line);
  }
  for (const line of marked) out.push(wordsSpan(text, line));
  return out;
}
