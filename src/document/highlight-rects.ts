// The one place where offsets into the canonical text become positions on a page.
//
// A span [start, end) of the letter text is covered by the text pieces it overlaps (each piece is a
// run of text drawn at one baseline, see page-runs.ts). Inside a piece, x is interpolated by
// character offset (a run's width spread evenly over its characters: exact enough to box words,
// since highlights are padded and merged per line). Rectangles come back in page space with the
// origin at the top-left (y flipped from PDF user space), in points, so a page drawn at any scale
// places them by multiplying, or by using the fractions of `asPageFractions`.
import type { Span } from '../extract/record.ts';
import type { LetterText, PageSize, TextPiece } from './page-runs.ts';
import { onSkewedPage } from './ocr-deskew.ts';

export interface HighlightRect {
  /** 0-based page index. */
  page: number;
  /** Points from the page's left edge. */
  left: number;
  /** Points from the page's top edge. */
  top: number;
  width: number;
  height: number;
}

/** Share of the font size above the baseline and below it that a highlight covers (Times-like fonts). */
export const ASCENT = 0.86;
export const DESCENT = 0.24;

/** Rectangles on one line whose gap is at most this many ems are merged into one. */
const MERGE_GAP_EMS = 0.7;

/** Index of the first piece whose end is after `offset` (pieces are sorted by start and do not overlap). */
function firstPieceEndingAfter(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pieces[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Width of a string in any unit (only ratios are used). When given, x inside a run is placed by the
 * measured width of the characters before it, which follows a proportional font far better than an
 * even spread; it needs the letter's `text` to know what each run says.
 */
export type MeasureText = (s: string) => number;

export function highlightRects(
  letter: Pick<LetterText, 'pieces' | 'pageSizes'> & { text?: string },
  spans: readonly Span[],
  measure?: MeasureText,
): HighlightRect[] {
  const raw: (HighlightRect & { fontSize: number })[] = [];
  const ordered = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  for (const span of ordered) {
    for (let i = firstPieceEndingAfter(letter.pieces, span.start); i < letter.pieces.length; i++) {
      const piece = letter.pieces[i]!;
      if (piece.start >= span.end) break;
      const length = piece.end - piece.start;
      if (length <= 0) continue;
      const from = Math.max(span.start, piece.start) - piece.start;
      const to = Math.min(span.end, piece.end) - piece.start;
      const [x0, x1] = xWithin(piece, from, to, measure && letter.text !== undefined ? measure : undefined, letter.text);
      const size = letter.pageSizes[piece.page];
      const rect = {
        page: piece.page,
        left: piece.x + x0,
        top: (size?.height ?? 0) - piece.y - ASCENT * piece.fontSize,
        width: x1 - x0,
        height: (ASCENT + DESCENT) * piece.fontSize,
        fontSize: piece.fontSize,
      };
      if (size?.skew) raw.push(...ontoSkewedPage(rect, size as Required<PageSize>));
      else raw.push(rect);
    }
  }
  return mergeOnLines(raw);
}

/** A skewed page's highlights follow its slanted lines in steps of at most this many ems. */
const SKEW_STEP_EMS = 2;

/**
 * A rectangle on the straightened copy of a page scanned at a slant (PageSize.skew), as rectangles on
 * the page itself: cut into steps a couple of ems long, each moved to where its centre was printed,
 * so a long highlight follows the slanted line instead of drifting off it.
 */
function ontoSkewedPage<R extends HighlightRect & { fontSize: number }>(rect: R, size: Required<PageSize>): R[] {
  const steps = Math.max(1, Math.ceil(rect.width / (SKEW_STEP_EMS * rect.fontSize)));
  const width = rect.width / steps;
  return Array.from({ length: steps }, (_, i) => {
    const centre = onSkewedPage(rect.left + (i + 0.5) * width, rect.top + rect.height / 2, size.skew, size);
    return { ...rect, left: centre.x - width / 2, top: centre.y - rect.height / 2, width };
  });
}

/** Where characters [from, to) of a piece start and end, in points from the piece's x. */
function xWithin(piece: TextPiece, from: number, to: number, measure: MeasureText | undefined, text: string | undefined): [number, number] {
  const length = piece.end - piece.start;
  if (measure && text !== undefined) {
    const str = text.slice(piece.start, piece.end);
    const total = measure(str);
    if (total > 0) {
      const scale = piece.width / total;
      return [measure(str.slice(0, from)) * scale, measure(str.slice(0, to)) * scale];
    }
  }
  const perChar = piece.width / length;
  return [from * perChar, to * perChar];
}

/** Joins rectangles that sit on the same line and touch or nearly touch (a word gap apart). */
function mergeOnLines(rects: (HighlightRect & { fontSize: number })[]): HighlightRect[] {
  const sorted = [...rects].sort((a, b) => a.page - b.page || a.top - b.top || a.left - b.left);
  const out: (HighlightRect & { fontSize: number })[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const sameLine = last && last.page === r.page && Math.abs(last.top - r.top) < 0.25 * r.fontSize;
    if (last && sameLine && r.left - (last.left + last.width) <= MERGE_GAP_EMS * r.fontSize) {
      // (A skewed page's steps on one line can come right to left: ontoSkewedPage.)
      const right = Math.max(last.left + last.width, r.left + r.width);
      const bottom = Math.max(last.top + last.height, r.top + r.height);
      last.left = Math.min(last.left, r.left);
      last.top = Math.min(last.top, r.top);
      last.height = bottom - last.top;
      last.width = right - last.left;
      continue;
    }
    out.push({ ...r });
  }
  return out.map(({ page, left, top, width, height }) => ({ page, left, top, width, height }));
}

/** A rectangle as fractions (0..1) of its page, for absolutely positioned overlays at any zoom. */
export function asPageFractions(rect: HighlightRect, pageSize: { width: number; height: number }) {
  return {
    left: rect.left / pageSize.width,
    top: rect.top / pageSize.height,
    width: rect.width / pageSize.width,
    height: rect.height / pageSize.height,
  };
}

/** The page that holds the start of a text offset (from LetterRecord.pageStarts). */
export function pageOfOffset(pageStarts: readonly number[], offset: number): number {
  let page = 0;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i;
  return page;
}
