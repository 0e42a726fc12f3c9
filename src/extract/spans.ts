// Turning a stretch of the letter into a value with its spans: the letter's words with line breaks
// collapsed to single spaces, and one span per piece left once page furniture is cut out, so that
// the span texts joined with ' ' read back as the value.
import type { Field, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';

const WS = /\s/;

export function nullField<T>(): Field<T> {
  return { value: null, spans: [] };
}

/** A run of white space that is not a single plain space: the only runs foldSpace changes. */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

export function foldSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** The pieces of [start, end) outside page furniture, each trimmed of white space; empty pieces dropped. */
export function wordSpans(view: LetterView, start: number, end: number): Span[] {
  const { text, furniture } = view;
  const lo = Math.max(0, Math.min(start, text.length));
  const hi = Math.max(lo, Math.min(end, text.length));
  const pieces: Span[] = [];
  let cursor = lo;
  const pushTrimmed = (s: number, e: number) => {
    while (s < e && WS.test(text[s] ?? '')) s++;
    while (e > s && WS.test(text[e - 1] ?? '')) e--;
    if (s < e) pieces.push({ start: s, end: e });
  };
  for (const f of furniture) {
    if (f.end <= cursor) continue;
    if (f.start >= hi) break;
    pushTrimmed(cursor, Math.min(f.start, hi));
    cursor = Math.max(cursor, f.end);
  }
  if (cursor < hi) pushTrimmed(cursor, hi);
  return pieces;
}

export function readSpans(text: string, spans: Span[]): string {
  return foldSpace(spans.map((s) => text.slice(s.start, s.end)).join(' '));
}

/** A string field from [start, end); null when the stretch holds no words. */
export function textField(view: LetterView, start: number, end: number): Field<string> {
  const spans = wordSpans(view, start, end);
  if (spans.length === 0) return nullField();
  return { value: readSpans(view.text, spans), spans };
}

/** A field whose value is computed from the words (a date, a number, a category) but points at them. */
export function valueField<T>(value: T | null, spans: Span[]): Field<T> {
  if (value === null || spans.length === 0) return nullField();
  return { value, spans };
}

/** A list field: each element is read from its own stretch; spans cover every element. */
export function listField(view: LetterView, ranges: Span[]): Field<string[]> {
  const values: string[] = [];
  const spans: Span[] = [];
  for (const r of ranges) {
    const f = textField(view, r.start, r.end);
    if (f.value === null) continue;
    values.push(f.value);
    spans.push(...f.spans);
  }
  return values.length ? { value: values, spans } : nullField();
}

/** Shrinks [start, end) past white space and the given edge punctuation on both ends. */
export function trimRange(text: string, start: number, end: number, punctuation = ''): Span {
  const skip = (ch: string | undefined) => ch !== undefined && (WS.test(ch) || punctuation.includes(ch));
  while (start < end && skip(text[start])) start++;
  while (end > start && skip(text[end - 1])) end--;
  return { start, end };
}

/** Splits [start, end) of `plain` at each match of `separator`, returning the trimmed pieces. */
export function splitRange(plain: string, start: number, end: number, separator: RegExp, punctuation = ''): Span[] {
  const out: Span[] = [];
  const flags = separator.flags.includes('g') ? separator.flags : separator.flags + 'g';
  const re = new RegExp(separator.source, flags);
  const slice = plain.slice(start, end);
  let last = 0;
  for (const m of slice.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push(trimRange(plain, start + last, start + m.index, punctuation));
    last = m.index + m[0].length;
  }
  out.push(trimRange(plain, start + last, end, punctuation));
  return out.filter((s) => s.start < s.end);
}
