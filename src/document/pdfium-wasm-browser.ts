// PDFium in a parse worker: pdfium.wasm is one of the app's own files, never a CDN. The build emits
// it once under assets/ with a content hash in its name (Vite's ?url import; the package's own
// loader names the same file, and the build keeps one copy of both), so a new PDFium release is
// never served from a stale cache. A worker fetches it the first time it reads a PDF: the page's
// first JavaScript does not carry it.
import pdfiumWasmUrl from '@embedpdf/pdfium/pdfium.wasm?url';

export async function browserPdfiumWasm(): Promise<WebAssembly.Module> {
  try {
    // Compiled while it downloads; the browser keeps the compiled code with its cached copy of the file.
    return await WebAssembly.compileStreaming(fetch(pdfiumWasmUrl));
  } catch {
    // A server that does not say application/wasm: compile from the bytes (from the HTTP cache by now).
    const response = await fetch(pdfiumWasmUrl);
    if (!response.ok) throw new Error(`PDFium: pdfium.wasm could not be loaded (HTTP ${response.status})`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}
