// The one module that talks to pdf.js: PDF bytes in, positioned text runs per page out.
// Everything above it (canonical text, extraction, highlights) works on PageRuns and never sees pdf.js.
//
// The legacy build is used everywhere (Node CLI, browser worker) so that the CLI and the app read the
// very same text from a letter, and so it runs on Node 20. Its worker module is imported beside it:
// that sets `globalThis.pdfjsWorker`, so pdf.js runs its "fake worker" in this thread from the same
// installed version instead of trying to spawn a worker (there is no window inside our own worker).
// native-array-push.js must stay the first import: it has to run before pdf.js's polyfills do.
import { restoreEngineArrayPush } from './native-array-push.js';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, OPS, PasswordResponses, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PageRuns, TextRun } from './page-runs.ts';
import { PDFJS_SAFE_OPTIONS } from './pdfjs-options.ts';
import {
  alphanumerics,
  NEEDS_PASSWORD,
  PdfReadError,
  SHORT_PAGE_CHARS,
  tooManyPages,
  WRONG_PASSWORD,
  type PdfReadOptions,
} from './pdf-read.ts';
import { errorWords, limitMessages, MAX_IMAGE_PIXELS } from '../limits/limits.ts';

export { alphanumerics, PdfReadError, SHORT_PAGE_CHARS, type PdfReadOptions };

restoreEngineArrayPush();

export async function openPdf(bytes: Uint8Array, password?: string, canvasFactory?: unknown): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy so callers keep theirs.
  const task = getDocument({
    ...PDFJS_SAFE_OPTIONS,
    data: bytes.slice(),
    password,
    ...(canvasFactory ? { CanvasFactory: canvasFactory as never } : {}),
  });
  task.onPassword = (_update: unknown, reason: number) => {
    const message = reason === PasswordResponses.INCORRECT_PASSWORD ? WRONG_PASSWORD : NEEDS_PASSWORD;
    void task.destroy();
    rejectPassword(message);
  };
  let rejectPassword: (message: string) => void = () => {};
  const passwordFailure = new Promise<never>((_, reject) => {
    rejectPassword = (message) => reject(new PdfReadError(message, 'password'));
  });
  try {
    return await Promise.race([task.promise, passwordFailure]);
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    const name = (error as { name?: string })?.name;
    if (name === 'PasswordException') throw new PdfReadError(NEEDS_PASSWORD, 'password');
    // pdf.js's own words go last, in brackets: what happened and what to do come first.
    throw new PdfReadError(
      `Not a readable PDF: the file is damaged. Try opening it in a PDF reader, or get a fresh copy. (${errorWords(error)})`,
      'corrupt',
    );
  }
}

export async function readPdfRuns(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PageRuns[]> {
  const doc = await openPdf(bytes, options.password);
  try {
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) {
      throw tooManyPages(doc.numPages, options.maxPages);
    }
    const pages: PageRuns[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const run = toRun(item);
        if (run) runs.push(run);
      }
      // Only a page with almost no text may be a scan: only then is it worth asking what it draws.
      const drawsImage = alphanumerics(runs) < SHORT_PAGE_CHARS ? await drawsAnImage(page) : undefined;
      pages.push({ width: width ?? 0, height: height ?? 0, runs, ...(drawsImage !== undefined ? { drawsImage } : {}) });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Draws the given pages (0-based) `widthPx` pixels wide, one at a time, for OCR. `canvasFactory` is
 * pdf.js's CanvasFactory for this environment (OffscreenCanvas in a worker; pdf.js picks
 * @napi-rs/canvas by itself in Node). The canvas yielded is only valid until the next page is asked for.
 */
export async function* drawPdfPages(
  bytes: Uint8Array,
  pageIndexes: readonly number[],
  widthPx: number,
  options: { password?: string; canvasFactory?: unknown } = {},
): AsyncGenerator<{ index: number; canvas: unknown }> {
  const doc = await openPdf(bytes, options.password, options.canvasFactory);
  try {
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    for (const index of pageIndexes) {
      const page = await doc.getPage(index + 1);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: widthPx / base.width });
      // A page's shape decides its height at this width: a ribbon of a page would be billions of pixels.
      const [width, height] = [Math.round(viewport.width), Math.round(viewport.height)];
      if (!(width * height <= MAX_IMAGE_PIXELS)) throw new Error(limitMessages.pageTooManyPixels(index + 1, width, height));
      const drawn = factory.create(width, height);
      await page.render({ canvas: drawn.canvas as never, canvasContext: drawn.context as never, viewport }).promise;
      page.cleanup();
      yield { index, canvas: drawn.canvas };
      factory.destroy(drawn);
    }
  } finally {
    await doc.destroy();
  }
}

let imageOps: ReadonlySet<number> | null = null;

async function drawsAnImage(page: PDFPageProxy): Promise<boolean> {
  imageOps ??= new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((op) => imageOps!.has(op));
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: unknown };
  destroy(drawn: { canvas: unknown; context: unknown }): void;
}

function toRun(item: TextItem): TextRun | null {
  if (item.str.trim() === '') return null; // spacing items carry no words; gaps are read from geometry
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  return { str: item.str, x: e, y: f, width: item.width, fontSize };
}
