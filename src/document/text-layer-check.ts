// A text layer is believed only as far as it matches the page. A scan made searchable carries an
// invisible text layer over its page image, and so does a forgery: a page image that says "Upheld"
// under invisible text that says "Overturned". Which pages to check, and the letter as read with those
// pages by OCR instead, so parsing/worker/text-layer-review.ts can compare the two readings.
//
// Cost: OCR takes seconds a page, so only pages that need it are read: an image covers at least half
// of the page AND some of the page's text is not printed (invisible, covered or in the background's
// colour). A born-digital letter (no such image) costs nothing; a searchable scan costs what reading
// the scan would; at most MAX_TEXT_LAYER_CHECK_PAGES pages a letter (the rest are named as unchecked).
import { layoutLetterText } from './layout-text.ts';
import { readPageImage, type OcrCanvas } from './ocr-engine.ts';
import { OCR_PAGE_WIDTH_PX, type OcrOptions, type OcrPageNote } from './ocr-letter.ts';
import { ocrPageRuns } from './ocr-words.ts';
import { DROPPED_REASONS, type HiddenText, type LetterText, type PageRuns } from './page-runs.ts';
import { errorWords, MAX_TEXT_LAYER_CHECK_PAGES } from '../limits/limits.ts';

/** An image covering at least this share of a page may be the page as printed (a scan, or a forgery's picture of one). */
export const IMAGE_COVER_TO_CHECK = 0.5;

/** Text of one page that is not printed. */
export interface PageHiddenText extends HiddenText {
  /** 0-based. */
  page: number;
}

/** What reading a PDF's text layer found about text that is not printed, and the check of it against the page. */
export interface TextLayerReport {
  hidden: PageHiddenText[];
  /** Pages whose text is not printed over an image, read by OCR as well (0-based), with OCR's notes. */
  checked: OcrPageNote[];
  /** The whole letter as read with the checked pages by OCR instead of their text layer. */
  imageReading?: LetterText;
  /** Pages that should have been checked and were not, with why. */
  unchecked: { pages: number[]; why: string }[];
}

/** Every page's hidden text, by page. */
export const hiddenTextOf = (pages: readonly PageRuns[]): PageHiddenText[] =>
  pages.flatMap((page, index) => (page.hidden ?? []).map((h) => ({ page: index, ...h })));

/** Pages (0-based) an image covers most of, whose text is, at least in part, not printed but kept in the text. */
export function pagesToCheck(pages: readonly PageRuns[]): number[] {
  const out: number[] = [];
  pages.forEach((page, index) => {
    const suspect = (page.hidden ?? []).some((h) => !DROPPED_REASONS.has(h.reason));
    if (suspect && (page.imageCover ?? 0) >= IMAGE_COVER_TO_CHECK && page.runs.length > 0) out.push(index);
  });
  return out;
}

/**
 * Reads the pages to check by OCR (without OCR, or when OCR fails, they are named as unchecked) and
 * lays the letter out again with them. `pages` is left as it is.
 */
export async function checkTextLayer(
  bytes: Uint8Array,
  pages: readonly PageRuns[],
  options: { ocr?: OcrOptions; password?: string },
): Promise<TextLayerReport> {
  const hidden = hiddenTextOf(pages);
  const wanted = pagesToCheck(pages);
  const report: TextLayerReport = { hidden, checked: [], unchecked: [] };
  if (wanted.length === 0) return report;
  if (!options.ocr) {
    report.unchecked.push({ pages: wanted, why: 'OCR is not available here' });
    return report;
  }
  const toRead = wanted.slice(0, MAX_TEXT_LAYER_CHECK_PAGES);
  if (wanted.length > toRead.length)
    report.unchecked.push({ pages: wanted.slice(toRead.length), why: `only ${MAX_TEXT_LAYER_CHECK_PAGES} pages of a letter are checked` });
  const read = [...pages];
  try {
    const platform = await options.ocr.platform();
    const { drawPdfPages } = await import('./pdf-text.ts');
    let done = 0;
    for await (const { index, canvas } of drawPdfPages(bytes, toRead, OCR_PAGE_WIDTH_PX, {
      password: options.password,
      canvasFactory: platform.pdfCanvasFactory,
    })) {
      options.ocr.onProgress?.({ page: ++done, pages: toRead.length });
      const page = pages[index]!;
      const result = await readPageImage(platform, canvas as OcrCanvas);
      const runs = ocrPageRuns(result.page, { width: page.width, height: page.height });
      // A page read straightened keeps its slant, so its highlights are turned back onto it (as ocr-letter.ts does).
      read[index] = result.skew ? { ...runs, skew: result.skew } : runs;
      report.checked.push({ page: index, confidence: result.confidence, rotation: result.rotation, blank: result.blank });
    }
  } catch (error) {
    const done = new Set(report.checked.map((n) => n.page));
    report.unchecked.push({
      pages: toRead.filter((p) => !done.has(p)),
      why: `OCR could not read ${toRead.length > 1 ? 'them' : 'it'} (${errorWords(error)})`,
    });
  }
  if (report.checked.length) report.imageReading = layoutLetterText(read);
  return report;
}
