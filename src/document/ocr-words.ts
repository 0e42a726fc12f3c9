// OCR output as positioned text runs: the words an OCR engine read off a page image become the same
// PageRuns a PDF's text layer gives (page-runs.ts), so layout-text.ts builds the canonical text and
// its page map the same way, the extractor runs unchanged and highlights land on the words in the image.
//
// Independent of the OCR library: ocr-engine.ts turns tesseract's result into OcrPage.
import type { PageRuns, TextRun } from './page-runs.ts';

/** A box in image pixels, origin top-left. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord extends PixelBox {
  text: string;
  /** 0-100. */
  confidence: number;
}

export interface OcrLine extends PixelBox {
  /** y of the line's baseline (pixels from the top), where its letters sit. */
  baseline: number;
  words: OcrWord[];
}

export interface OcrPage {
  widthPx: number;
  heightPx: number;
  lines: OcrLine[];
}

/**
 * Share of the em that a line's tallest letters rise above its baseline (capitals and ascenders
 * in a Times-like face). The em is what layout-text and highlight-rects measure gaps and boxes in.
 */
const ASCENDER_EMS = 0.72;

/**
 * The runs of one page in PDF user space (points, origin bottom-left, y the baseline), on a page of
 * `size` points. All words of a line share the line's baseline, so a slightly skewed scan still
 * reads as one line; each word keeps its own x, width and confidence.
 */
export function ocrPageRuns(page: OcrPage, size: { width: number; height: number }): PageRuns {
  const scale = page.widthPx > 0 ? size.width / page.widthPx : 1;
  const heights = page.lines.map((line) => line.baseline - line.y0).filter((h) => h > 0);
  const typical = median(heights) || 20;
  const runs: TextRun[] = [];
  for (const line of page.lines) {
    // A line of lower-case letters without ascenders looks shorter than its font is: clamp to the page's usual size.
    const ascent = Math.min(Math.max(line.baseline - line.y0, 0.8 * typical), 1.6 * typical);
    const fontSize = (ascent / ASCENDER_EMS) * scale;
    const y = size.height - line.baseline * scale;
    for (const word of line.words) {
      const str = word.text.trim();
      if (str === '') continue;
      runs.push({ str, x: word.x0 * scale, y, width: Math.max(1, word.x1 - word.x0) * scale, fontSize, confidence: word.confidence });
    }
  }
  return { width: size.width, height: size.height, runs };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Words an engine reads on an empty page are specks: a page with fewer confident words than this is blank. */
const BLANK_PAGE_WORDS = 3;

export function isBlankPage(page: OcrPage): boolean {
  let confident = 0;
  for (const line of page.lines) for (const word of line.words) if (word.confidence >= 50 && /[A-Za-z0-9]{2}/.test(word.text)) confident++;
  return confident < BLANK_PAGE_WORDS;
}

/** Mean word confidence of a page weighted by word length (0 for a page without words). */
export function pageConfidence(page: OcrPage): number {
  let sum = 0;
  let chars = 0;
  for (const line of page.lines)
    for (const word of line.words) {
      sum += word.confidence * word.text.length;
      chars += word.text.length;
    }
  return chars ? sum / chars : 0;
}
