// A view of the (folded, folded-text.ts) letter text in which every rule can search with plain regular expressions while
// keeping offsets identical to the original text (so a match index is already a span offset).
//
// Two things in the canonical text are not the letter's words and would break line-based rules:
// - page furniture (page-furniture.ts): page breaks, "Page X of Y" lines, running headers and
//   footers. They can fall in the middle of a paragraph or of an item heading. In `plain`
//   each furniture stretch (with the white space around it) becomes one line break padded with
//   spaces, so the words either side read as consecutive lines of one paragraph.
// - double spacing: text letters put an empty line after every line and mark paragraphs with a
//   line holding just a space. In `plain` the single empty line between two lines of a paragraph
//   is folded into the line break, so a blank line means a paragraph gap in every kind of letter.
import type { Span } from './record.ts';
import { furnitureLines } from './page-furniture.ts';

export interface LetterView {
  /** The letter text exactly as given. */
  text: string;
  /** Same length as `text`; furniture and double spacing neutralised (see above), typographic quotes and dashes plain. */
  plain: string;
  /** Sorted, non-overlapping ranges of `text` that are page furniture (with adjacent white space). */
  furniture: Span[];
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0';
}

function skipSpaceForward(text: string, from: number): number {
  let end = from;
  while (end < text.length && isSpace(text[end])) end++;
  return end;
}

/** Finds furniture stretches, each widened over the white space around it and merged with neighbours. */
export function findFurniture(text: string): Span[] {
  const raw = furnitureLines(text);
  raw.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  // Each expansion stops at the previous stretch's end, so the whole pass stays linear even for
  // text made of thousands of form feeds.
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = skipSpaceForward(text, r.end);
      continue;
    }
    let start = r.start;
    while (start > (last?.end ?? 0) && isSpace(text[start - 1])) start--;
    const end = skipSpaceForward(text, r.end);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** A line of the text: [start, end), end at its '\n' or the text end. */
interface LineRange {
  start: number;
  end: number;
  blank: boolean;
}

const NOT_SPACE = /\S/g;

/** The lines of `plain`, each with whether it holds only white space (one scan of the text). */
function lineRanges(plain: string): LineRange[] {
  const lines: LineRange[] = [];
  // The next non-space character from where the scan stands: a line is blank when it comes after the line's end.
  let nextWord = -1;
  for (let start = 0; ;) {
    const nl = plain.indexOf('\n', start);
    const end = nl < 0 ? plain.length : nl;
    if (nextWord < start) {
      NOT_SPACE.lastIndex = start;
      nextWord = NOT_SPACE.exec(plain)?.index ?? plain.length + 1;
    }
    lines.push({ start, end, blank: nextWord >= end });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** True when most lines of the text are followed by exactly one empty line (a text letter's style). */
function isDoubleSpaced(lines: LineRange[]): boolean {
  let single = 0;
  let double = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.blank) continue;
    const next = lines[i + 1]!;
    if (!next.blank) single++;
    else if (next.end === next.start && lines[i + 2]?.blank === false) double++;
  }
  return double >= 3 && double > single * 2;
}

/** Typographic quotes and dashes as their plain forms, one character for one. */
const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const TYPOGRAPHIC_CHAR = /[\u2018-\u201f\u2032\u2033\u2010-\u2015\u2212]/g;

export function makeLetterView(text: string): LetterView {
  const furniture = findFurniture(text);
  // Built from slices (the furniture stretches are sorted and apart), not character by character.
  const typographic = text.replace(TYPOGRAPHIC_CHAR, (c) => TYPOGRAPHIC[c] ?? c);
  const parts: string[] = [];
  let cursor = 0;
  for (const f of furniture) {
    // One line break keeps the words before and after on separate, adjacent lines.
    const lineBreak = f.start > 0 && f.end < text.length;
    const end = Math.max(f.end, lineBreak ? f.start + 1 : f.start);
    parts.push(typographic.slice(cursor, f.start));
    if (end > f.start) parts.push((lineBreak ? '\n' : ' ') + ' '.repeat(end - f.start - 1));
    cursor = end;
  }
  parts.push(typographic.slice(cursor));
  let plain = parts.join('');
  const lines = lineRanges(plain);
  if (isDoubleSpaced(lines)) {
    // The line break of a line followed by one empty line and a line with words becomes a space.
    const joined: string[] = [];
    let from = 0;
    for (let i = 0; i + 2 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      if (line.blank || next.end !== next.start || lines[i + 2]!.blank) continue;
      joined.push(plain.slice(from, line.end), ' ');
      from = line.end + 1;
    }
    joined.push(plain.slice(from));
    plain = joined.join('');
  }
  return { text, plain, furniture };
}

/** Offset of the start of the line holding `pos`. */
export function lineStartAt(plain: string, pos: number): number {
  return plain.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset of the end (the '\n' or text end) of the line holding `pos`. */
export function lineEndAt(plain: string, pos: number): number {
  const i = plain.indexOf('\n', pos);
  return i < 0 ? plain.length : i;
}
