import { describe, expect, it } from 'vitest';
import { asPageFractions, highlightRects, pageOfOffset } from './highlight-rects.ts';
import type { TextPiece } from './page-runs.ts';

// Page 0 is US Letter (612 x 792 pt). "Case Number:" and "CM16-0912345" are two runs on one line
// (baseline 720), "Decision rationale: text" wraps onto a second line, and page 1 holds one run.
//   text: "Case Number: CM16-0912345\nDecision rationale: the\nrequest is\n\f\nnot necessary."
const pieces: TextPiece[] = [
  { start: 0, end: 12, page: 0, x: 72, y: 720, width: 72, fontSize: 12 }, // "Case Number:" 6 pt a char
  { start: 13, end: 25, page: 0, x: 187.2, y: 720, width: 60, fontSize: 12 }, // "CM16-0912345" 5 pt a char
  { start: 26, end: 49, page: 0, x: 72, y: 700, width: 115, fontSize: 10 }, // "Decision rationale: the" 5 pt a char
  { start: 50, end: 60, page: 0, x: 72, y: 688, width: 50, fontSize: 10 }, // "request is"
  { start: 63, end: 77, page: 1, x: 72, y: 720, width: 70, fontSize: 12 }, // "not necessary."
];
const pageSizes = [
  { width: 612, height: 792 },
  { width: 612, height: 792 },
];
const letter = { pieces, pageSizes };

describe('highlightRects', () => {
  it('boxes a whole run with its top from the baseline (y flipped) and its height from the font size', () => {
    expect(highlightRects(letter, [{ start: 13, end: 25 }])).toEqual([
      { page: 0, left: 187.2, top: 792 - 720 - 0.86 * 12, width: 60, height: 1.1 * 12 },
    ]);
  });

  it('interpolates x by character offset inside a run', () => {
    // "Number" is characters 5..11 of "Case Number:": 6 pt a character from x = 72.
    const [rect] = highlightRects(letter, [{ start: 5, end: 11 }]);
    expect(rect!.left).toBeCloseTo(102);
    expect(rect!.width).toBeCloseTo(36);
  });

  it('cuts the part of a run the span covers at either end', () => {
    // "rationale" is characters 9..18 of "Decision rationale: the" (5 pt a character).
    const [rect] = highlightRects(letter, [{ start: 35, end: 44 }]);
    expect(rect!.left).toBeCloseTo(117);
    expect(rect!.width).toBeCloseTo(45);
    expect(rect!.top).toBeCloseTo(792 - 700 - 8.6);
    expect(rect!.height).toBeCloseTo(11);
  });

  it('merges runs on the same line that are a word gap apart into one rectangle', () => {
    // "Case Number: CM16-0912345": the runs are 43.2 pt apart, more than the merge gap (8.4 pt), so two boxes...
    expect(highlightRects(letter, [{ start: 0, end: 25 }])).toHaveLength(2);
    // ...but two spans inside one run next to each other become one box.
    const merged = highlightRects(letter, [
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.left).toBeCloseTo(72);
    expect(merged[0]!.width).toBeCloseTo(72);
  });

  it('gives one rectangle a line for a span that wraps, and crosses pages', () => {
    const rects = highlightRects(letter, [{ start: 46, end: 77 }]);
    expect(rects.map((r) => [r.page, Math.round(r.top * 10) / 10, Math.round(r.left * 10) / 10, Math.round(r.width * 10) / 10])).toEqual([
      [0, 83.4, 172, 15], // "the" at the end of the first line
      [0, 95.4, 72, 50], // "request is"
      [1, 61.7, 72, 70], // "not necessary." on page 1
    ]);
  });

  it('ignores empty spans and spans that fall only on line breaks', () => {
    expect(highlightRects(letter, [{ start: 5, end: 5 }])).toEqual([]);
    expect(highlightRects(letter, [{ start: 60, end: 63 }])).toEqual([]);
  });

  it('returns nothing for a text letter (no pieces)', () => {
    expect(highlightRects({ pieces: [], pageSizes: [] }, [{ start: 0, end: 10 }])).toEqual([]);
  });
});

describe('asPageFractions', () => {
  it('divides by the page size', () => {
    expect(asPageFractions({ page: 0, left: 61.2, top: 79.2, width: 306, height: 396 }, { width: 612, height: 792 })).toEqual({
      left: 0.1,
      top: 0.1,
      width: 0.5,
      height: 0.5,
    });
  });
});

describe('pageOfOffset', () => {
  it('finds the page an offset starts on', () => {
    expect(pageOfOffset([0, 100, 250], 0)).toBe(0);
    expect(pageOfOffset([0, 100, 250], 99)).toBe(0);
    expect(pageOfOffset([0, 100, 250], 100)).toBe(1);
    expect(pageOfOffset([0, 100, 250], 900)).toBe(2);
  });
});

describe('highlightRects on a sample letter', () => {
  it('boxes the case number of CM16-0912345.pdf in the header table cell it is printed in', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadLetter } = await import('./load-letter.ts');
    const sample = await loadLetter(new Uint8Array(readFileSync('public/samples/CM16-0912345.pdf')));
    const start = sample.text.indexOf('CM16-0912345');
    const rects = highlightRects(sample, [{ start, end: start + 'CM16-0912345'.length }]);
    expect(rects).toHaveLength(1);
    const [rect] = rects;
    // Page 1, the value column starts 1 in + 1.6 in from the left; the first line sits just under the 1 in top margin.
    expect(rect!.page).toBe(0);
    expect(rect!.left).toBeCloseTo(72 + 1.6 * 72, 0);
    expect(rect!.top).toBeGreaterThan(72);
    expect(rect!.top).toBeLessThan(72 + 12);
    expect(rect!.width).toBeGreaterThan(60);
    expect(rect!.width).toBeLessThan(90);
  });
});

describe('highlightRects with measured text', () => {
  it('places x by the measured width of the characters before it', () => {
    // "iiWW" drawn 40 pt wide; an "i" measures 1 and a "W" 4, so "WW" starts at 2/10 of the run.
    const letter = {
      text: 'iiWW',
      pieces: [{ start: 0, end: 4, page: 0, x: 100, y: 700, width: 40, fontSize: 10 }],
      pageSizes: [{ width: 612, height: 792 }],
    };
    const measure = (s: string) => [...s].reduce((n, c) => n + (c === 'W' ? 4 : 1), 0);
    const [rect] = highlightRects(letter, [{ start: 2, end: 4 }], measure);
    expect(rect!.left).toBeCloseTo(108);
    expect(rect!.width).toBeCloseTo(32);
    // Without a measure, the even spread puts it at the middle.
    expect(highlightRects(letter, [{ start: 2, end: 4 }])[0]!.left).toBeCloseTo(120);
  });
});
