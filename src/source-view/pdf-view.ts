// Drawing the pages of a PDF letter in the page, for the source view. Loaded with import() only when a
// PDF letter is opened, so pdf.js is not in the app's first bundle. pdf.js runs its own worker here
// (a real one: this is the page, not a parse worker), from the same installed legacy build that reads
// the text, so the pages drawn are the pages read.
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFJS_SAFE_OPTIONS } from '../document/pdfjs-options.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    if (!lib.GlobalWorkerOptions.workerPort) {
      lib.GlobalWorkerOptions.workerPort = new Worker(new URL('pdfjs-dist/legacy/build/pdf.worker.mjs', import.meta.url), {
        type: 'module',
        name: 'imr-lens-pdfjs',
      });
    }
    return lib;
  });
  return pdfjs;
}

export async function openPdfForView(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  const lib = await loadPdfJs();
  // pdf.js detaches the buffer it is given: hand it a copy.
  return lib.getDocument({ ...PDFJS_SAFE_OPTIONS, data: new Uint8Array(bytes.slice(0)) }).promise;
}

/** Draws one page into `canvas` at `cssWidth` CSS pixels wide (sharp on high-density screens). */
export function renderPage(page: PDFPageProxy, canvas: HTMLCanvasElement, cssWidth: number): RenderTask {
  const base = page.getViewport({ scale: 1 });
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  return page.render({ canvas, viewport });
}

export type { PDFDocumentProxy, PDFPageProxy };
