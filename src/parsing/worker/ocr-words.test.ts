import { describe, expect, it } from 'vitest';
import { ocrPageRuns, isBlankPage, pageConfidence, type OcrPage } from '../../document/ocr-words.ts';
import { layoutLetterText } from '../../document/layout-text.ts';
import { highlightRects } from '../../document/highlight-rects.ts';
import { spanConfidence } from './ocr-review.ts';

// A page image 1700 x 2200 px (8.5 x 11 in at 200 dpi) of a 612 x 792 pt page: 1 px = 0.36 pt.
// Line 1: a header-table row, label and value two cells apart; line 2 one word the engine doubted.
const PAGE: OcrPage = {
  widthPx: 1700,
  heightPx: 2200,
  lines: [
    {
      x0: 100,
      y0: 100,
      x1: 733,
      y1: 145,
      baseline: 136,
      words: [
        { text: 'Case', confidence: 96, x0: 100, y0: 100, x1: 190, y1: 136 },
        { text: 'Number:', confidence: 95, x0: 205, y0: 100, x1: 380, y1: 136 },
        { text: 'CM16-0912345', confidence: 91, x0: 520, y0: 100, x1: 733, y1: 136 },
      ],
    },
    { x0: 100, y0: 160, x1: 260, y1: 205, baseline: 196, words: [{ text: 'Upheld', confidence: 40, x0: 100, y0: 160, x1: 260, y1: 196 }] },
  ],
};
const SIZE = { width: 612, height: 792 };

const rounded = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v])) as T;

describe('OCR words to canonical text and page map', () => {
  it('turns words into runs in points: one baseline per line, the em from the line ascent', () => {
    const { runs } = ocrPageRuns(PAGE, SIZE);
    expect(runs.map(rounded)).toEqual([
      { str: 'Case', x: 36, y: 743.04, width: 32.4, fontSize: 18, confidence: 96 },
      { str: 'Number:', x: 73.8, y: 743.04, width: 63, fontSize: 18, confidence: 95 },
      { str: 'CM16-0912345', x: 187.2, y: 743.04, width: 76.68, fontSize: 18, confidence: 91 },
      { str: 'Upheld', x: 36, y: 721.44, width: 57.6, fontSize: 18, confidence: 40 },
    ]);
  });

  it('lays them out as the PDF path does: label and value joined, pieces with offsets, boxes and confidence', () => {
    const letter = layoutLetterText([ocrPageRuns(PAGE, SIZE)]);
    expect(letter.text).toBe('Case Number: CM16-0912345\nUpheld');
    expect(letter.pageStarts).toEqual([0]);
    expect(letter.pageSizes).toEqual([SIZE]);
    expect(letter.pieces.map(rounded)).toEqual([
      { start: 0, end: 4, page: 0, x: 36, y: 743.04, width: 32.4, fontSize: 18, confidence: 96 },
      { start: 5, end: 12, page: 0, x: 73.8, y: 743.04, width: 63, fontSize: 18, confidence: 95 },
      { start: 13, end: 25, page: 0, x: 187.2, y: 743.04, width: 76.68, fontSize: 18, confidence: 91 },
      { start: 26, end: 32, page: 0, x: 36, y: 721.44, width: 57.6, fontSize: 18, confidence: 40 },
    ]);
    // The case number's highlight is the word's box on the image (top-left origin, points).
    expect(highlightRects(letter, [{ start: 13, end: 25 }]).map(rounded)).toEqual([
      { page: 0, left: 187.2, top: 33.48, width: 76.68, height: 19.8 },
    ]);
  });

  it('gives a short field the confidence of its least sure word, a long one the mean', () => {
    const { pieces, text } = layoutLetterText([ocrPageRuns(PAGE, SIZE)]);
    expect(spanConfidence(pieces, [{ start: 13, end: 25 }], text)).toBe(91);
    expect(spanConfidence(pieces, [{ start: 0, end: 32 }], text)).toBe(40);
    expect(spanConfidence(pieces, [{ start: 40, end: 50 }], text)).toBeUndefined();
  });

  it("counts only the field's own words: not a speck or a table rule the engine read as a character at 0%", () => {
    // "Knee brace | MRI" on a form with a vertical rule: the rule read as "|" (0%), a speck as "." (0%).
    const word = (text: string, confidence: number, x0: number) => ({ text, confidence, x0, y0: 100, x1: x0 + 20 * text.length, y1: 136 });
    const page: OcrPage = {
      widthPx: 1700,
      heightPx: 2200,
      lines: [
        {
          x0: 100,
          y0: 100,
          x1: 900,
          y1: 145,
          baseline: 136,
          words: [word('Knee', 95, 100), word('brace', 93, 200), word('|', 0, 320), word('MRI', 96, 360), word('.', 0, 440)],
        },
      ],
    };
    const { pieces, text } = layoutLetterText([ocrPageRuns(page, SIZE)]);
    expect(text).toBe('Knee brace | MRI .');
    // A value read over the rule (its span runs across it) is as sure as its words, 93%, not 0%.
    expect(spanConfidence(pieces, [{ start: 0, end: 16 }], text)).toBe(93);
    // A span ending inside a word's neighbour: only what lies under the span counts.
    expect(spanConfidence(pieces, [{ start: 13, end: 18 }], text)).toBe(96);
    // A span over marks alone has no word of the value: no confidence, no flag.
    expect(spanConfidence(pieces, [{ start: 11, end: 12 }], text)).toBeUndefined();
  });

  it('notes a page without confident words as blank, and weighs page confidence by word length', () => {
    expect(isBlankPage(PAGE)).toBe(false);
    expect(
      isBlankPage({
        widthPx: 10,
        heightPx: 10,
        lines: [{ ...PAGE.lines[1]!, words: [{ text: '.', confidence: 20, x0: 0, y0: 0, x1: 1, y1: 1 }] }],
      }),
    ).toBe(true);
    expect(Math.round(pageConfidence(PAGE) * 100) / 100).toBe(Math.round(((96 * 4 + 95 * 7 + 91 * 12 + 40 * 6) / 29) * 100) / 100);
  });
});
