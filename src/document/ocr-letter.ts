// Scanned letters read by OCR: the pages of a PDF that carry no real text layer, and letters that are
// images (PNG, JPEG, multi-page TIFF). Each page image is read by ocr-engine.ts and its words become
// PageRuns (ocr-words.ts), so the rest of the pipeline cannot tell a scan from a born-digital letter,
// except by the notes kept here (confidence, turned pages, blank pages).
import type { PageRuns } from './page-runs.ts';
import { readPageImage, type OcrCanvas, type OcrPlatform } from './ocr-engine.ts';
import { ocrPageRuns } from './ocr-words.ts';
import { alphanumerics, SHORT_PAGE_CHARS } from './pdf-read.ts';

/** What OCR said about one page. */
export interface OcrPageNote {
  /** 0-based. */
  page: number;
  /** Mean word confidence, 0-100. */
  confidence: number;
  /** Clockwise degrees the page was turned to read upright (0 when it was upright). */
  rotation: number;
  blank: boolean;
}

export interface OcrProgress {
  /** 1-based page being read, of `pages` to read. */
  page: number;
  pages: number;
}

export interface OcrOptions {
  platform: () => Promise<OcrPlatform>;
  onProgress?: (progress: OcrProgress) => void;
}

/** Pixel width a scanned PDF page is drawn at for OCR: 300 dpi across a US letter page. */
export const OCR_PAGE_WIDTH_PX = 2550;

/** Pages that draw an image and carry almost no text (fewer than SHORT_PAGE_CHARS letters and digits): scans. */
export function pagesWithoutText(pages: readonly PageRuns[]): number[] {
  const out: number[] = [];
  pages.forEach((page, index) => {
    if (page.drawsImage && alphanumerics(page.runs) < SHORT_PAGE_CHARS) out.push(index);
  });
  return out;
}

/** Replaces the runs of the given pages of a PDF by what OCR reads on them; returns a note per page read. */
export async function ocrPdfPages(
  bytes: Uint8Array,
  pages: PageRuns[],
  indexes: readonly number[],
  options: OcrOptions & { password?: string },
): Promise<OcrPageNote[]> {
  const platform = await options.platform();
  // pdf.js draws the pages (whichever engine read the text layer), loaded only when a scan needs it.
  const { drawPdfPages } = await import('./pdf-text.ts');
  const notes: OcrPageNote[] = [];
  let done = 0;
  for await (const { index, canvas } of drawPdfPages(bytes, indexes, OCR_PAGE_WIDTH_PX, {
    password: options.password,
    canvasFactory: platform.pdfCanvasFactory,
  })) {
    options.onProgress?.({ page: ++done, pages: indexes.length });
    const page = pages[index]!;
    const result = await readPageImage(platform, canvas as OcrCanvas);
    const read = withSkew(ocrPageRuns(result.page, { width: page.width, height: page.height }), result.skew);
    // A short page of real text (a last page with a signature line) keeps its text layer unless OCR read more.
    if (page.runs.length > 0 && alphanumerics(read.runs) <= alphanumerics(page.runs)) continue;
    pages[index] = read;
    notes.push({ page: index, confidence: result.confidence, rotation: result.rotation, blank: result.blank });
  }
  return notes;
}

/** A page read straightened keeps its slant, so its positions can be turned back onto the page. */
const withSkew = (page: PageRuns, skew: number): PageRuns => (skew ? { ...page, skew } : page);

/** An image letter: every page (a TIFF may hold several) read by OCR, its size in pixels taken as points. */
export async function ocrImageLetter(
  bytes: Uint8Array,
  format: 'png' | 'jpeg' | 'tiff',
  options: OcrOptions,
): Promise<{ pages: PageRuns[]; notes: OcrPageNote[] }> {
  const platform = await options.platform();
  const images = format === 'tiff' ? await decodeTiff(platform, bytes) : [() => platform.decodeImage(bytes)];
  const pages: PageRuns[] = [];
  const notes: OcrPageNote[] = [];
  for (let i = 0; i < images.length; i++) {
    options.onProgress?.({ page: i + 1, pages: images.length });
    const canvas = await images[i]!();
    const result = await readPageImage(platform, canvas);
    // A page read turned keeps the turned size, so its boxes fall on the upright image.
    pages.push(withSkew(ocrPageRuns(result.page, { width: result.page.widthPx, height: result.page.heightPx }), result.skew));
    notes.push({ page: i, confidence: result.confidence, rotation: result.rotation, blank: result.blank });
  }
  return { pages, notes };
}

/** The pages of a TIFF, each decoded when it is read (a multi-page fax need not sit in memory at once). */
async function decodeTiff(platform: OcrPlatform, bytes: Uint8Array): Promise<(() => Promise<OcrCanvas>)[]> {
  const UTIF = (await import('utif2')).default;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ifds = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined && ifd['t257'] !== undefined);
  return ifds.map((ifd) => async () => {
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    const canvas = platform.createCanvas(ifd.width, ifd.height);
    const ctx = canvas.getContext('2d')!;
    const data = ctx.createImageData(ifd.width, ifd.height);
    data.data.set(rgba);
    ctx.putImageData(data as never, 0, 0);
    return canvas;
  });
}
