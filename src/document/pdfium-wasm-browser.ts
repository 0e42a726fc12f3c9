// PDFium in a parse worker: pdfium.wasm is one of the app's own files (pdfium/ at the app's root,
// copied there from node_modules by the build, see vite.config.ts), never a CDN. Fetched the first
// time a PDF is read, so the page's first JavaScript does not carry it.

/** pdfium/pdfium.wasm at the app's root (the worker runs from assets/ in a build). */
export function pdfiumWasmUrl(workerUrl: string): string {
  return new URL('../pdfium/pdfium.wasm', workerUrl).href;
}

export async function browserPdfiumWasm(): Promise<ArrayBuffer> {
  const response = await fetch(pdfiumWasmUrl(self.location.href));
  if (!response.ok) throw new Error(`PDFium: pdfium.wasm could not be loaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}
