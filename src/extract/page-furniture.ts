// Page furniture: what a producer prints on every page that is no part of the letter's words. Found
// two ways, and never in a value (spans.ts cuts values around it) though kept in the canonical text:
// - by shape, anywhere: the form feed between pages, "Page 2", "Page 2 of 5", "2 of 5", "- 2 -";
// - at a page's edge (its first or last few lines): a bare page number, a line holding only the case
//   number ("IMR Case Number: CM16-0000001"), and any line that recurs at the edge of two pages or
//   more once its digits are ignored (a running title, a date, a form number, a logo line).
// The first page's top is the letter's own header and is never furniture.
import type { Span } from './record.ts';

/** Furniture by its shape alone, wherever it stands. */
const PAGE_LINE = /^(?:page[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?|\d{1,4}[ \t]+of[ \t]+\d{1,4}|-[ \t]*\d{1,4}[ \t]*-)$/i;
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
/** How many lines from a page's edge running headers and footers stand. */
const EDGE_LINES = 3;
const MAX_FURNITURE_LINE = 100;
/** The letter's opening lines (its header table and address block). */
const OPENING_LINES = 15;

interface Line {
  start: number;
  end: number;
  /** The trimmed text. */
  words: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s <= to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const raw = text.slice(s, e);
    const words = raw.replace(/\f/g, '').trim();
    if (words !== '') out.push({ start: s, end: e, words });
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

/**
 * A running header or footer is a title, a name, a date or a form number, not a line of prose: few
 * words in lower case, and no full stop, comma or colon at its end.
 */
function looksLikeFurniture(words: string): boolean {
  if (words.length > MAX_FURNITURE_LINE || /[.,;:]$/.test(words)) return false;
  const lower = words.split(/\s+/).filter((w) => /^[a-z]/.test(w) && !/^(?:of|the|and|for|on|in|to|by|rev)$/.test(w));
  return lower.length === 0;
}

const key = (words: string) => words.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** The spans of furniture lines (their words only) and form feeds, unsorted. */
export function furnitureLines(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) out.push({ start: i, end: i + 1 });
  const all = linesOf(text, 0, text.length);
  const marked = new Set<Line>();
  // Pages end at a form feed or at a "Page n" line (text copied from a viewer has no form feeds).
  const pages: Line[][] = [[]];
  let previousEnd = 0;
  for (const line of all) {
    const pageLine = line.words.length <= 20 && PAGE_LINE.test(line.words);
    if (pageLine) marked.add(line);
    // A form feed since the last line's words, or before this line's words, opens a page.
    const firstWord = wordsSpan(text, line).start;
    if (text.slice(previousEnd, firstWord).includes('\f')) pages.push([]);
    if (!pageLine) pages[pages.length - 1]!.push(line);
    if (pageLine) pages.push([]);
    previousEnd = wordsSpan(text, line).end;
  }
  const nonEmpty = pages.filter((p) => p.length > 0);
  // The first page's top is the letter's own header: its labelled lines ("Case Number: ...") stay.
  const tops = nonEmpty.map((p, n) => (n === 0 ? p.slice(0, EDGE_LINES).filter((l) => !l.words.includes(':')) : p.slice(0, EDGE_LINES)));
  // A short letter's last lines may be its header: the opening lines are never a footer.
  const opening = new Set(all.slice(0, OPENING_LINES));
  const bottoms = nonEmpty.map((p) => p.slice(-EDGE_LINES).filter((l) => !opening.has(l)));
  for (const edge of [tops, bottoms]) {
    const pagesWith = new Map<string, number>();
    for (const page of edge) for (const k of new Set(page.map((l) => key(l.words)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
    edge.forEach((page, n) => {
      for (const line of page) {
        if (CONTENT_LINE.test(line.words)) continue;
        const shaped = EDGE_LINE.test(line.words) && !(edge === tops && n === 0);
        if (shaped || (looksLikeFurniture(line.words) && (pagesWith.get(key(line.words)) ?? 0) >= 2)) marked.add(line);
      }
    });
  }
  for (const line of marked) out.push(wordsSpan(text, line));
  return out;
}
