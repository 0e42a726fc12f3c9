// PDFium in a parse worker: pdfium.wasm is one of the app's own files, never a CDN. The build emits
// it once under assets/ with a content hash in its name (Vite's ?url import; the package's own
// loader names the same file, and the build keeps one copy of both), so a new PDFium release is
// never served from a stale cache. A worker fetches it the first time it reads a PDF: the page's
// first JavaScript does not carry it.
import pdfiumWasmUrl from '@embedpdf/pdfium/pdfium.wasm?url';

export async function browserPdfiumWasm(): Promise<ArrayBuffer> {
  const response = await fetch(pdfiumWasmUrl);
  if (!response.ok) throw new Error(`PDFium: pdfium.wasm could not be loaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}
