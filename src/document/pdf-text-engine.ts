// Which engine reads a PDF's text: PDFium (pdfium-text.ts) when this environment can load it, else
// pdf.js (pdf-text.ts). Both give the same positioned runs and, on every letter we hold, the same
// canonical text (pdfium-text.test.ts); PDFium takes about half the time. pdf.js is the fallback:
// when PDFium cannot start, or cannot open a file it does not find protected, pdf.js reads it and
// gives its own messages (a damaged or cut-short file reads and fails exactly as before).
// pdf.js is imported only when it is needed, so a process that never falls back never loads it.
import type { PageRuns } from './page-runs.ts';
import type { PdfReadOptions } from './pdf-read.ts';
import { pdfiumAvailable, readPdfiumRuns } from './pdfium-text.ts';

export type TextEngine = 'pdfium' | 'pdfjs';
export const TEXT_ENGINES: readonly TextEngine[] = ['pdfium', 'pdfjs'];

let preferred: TextEngine = 'pdfium';

/** The engine to read PDFs with in this thread (the CLI's --text-engine). PDFium still needs its wasm set (setPdfiumWasm). */
export function setTextEngine(engine: TextEngine): void {
  preferred = engine;
}

export async function readPdfPages(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<{ pages: PageRuns[]; engine: TextEngine }> {
  if (preferred === 'pdfium' && pdfiumAvailable()) {
    try {
      return { pages: await readPdfiumRuns(bytes, options), engine: 'pdfium' };
    } catch (error) {
      // A password asked for, or too many pages, reads the same from either engine: say it now.
      const reason = (error as { reason?: string }).reason;
      if (reason === 'password' || reason === 'too-many-pages') throw error;
    }
  }
  const { readPdfRuns } = await import('./pdf-text.ts');
  return { pages: await readPdfRuns(bytes, options), engine: 'pdfjs' };
}
