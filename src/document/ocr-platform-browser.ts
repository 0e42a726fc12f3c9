// OCR in a parse worker: canvases are OffscreenCanvas (pdf.js draws scanned pages on them too), and
// tesseract.js's worker script, WebAssembly core and English data are the app's own files under
// ocr/ (copied there from node_modules by the build, see vite.config.ts), never a CDN.
import type { OcrCanvas, OcrPlatform } from './ocr-engine.ts';

/** pdf.js's CanvasFactory for a worker, where there is no document to make canvases with. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(drawn: { canvas: OffscreenCanvas }, width: number, height: number) {
    drawn.canvas.width = width;
    drawn.canvas.height = height;
  }
  destroy(drawn: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (drawn.canvas) drawn.canvas.width = drawn.canvas.height = 0;
    drawn.canvas = null;
    drawn.context = null;
  }
}

/** The folder holding tesseract's files: ocr/ at the app's root (the worker runs from assets/ in a build). */
export function ocrAssetsBase(workerUrl: string): string {
  return new URL('../ocr/', workerUrl).href;
}

export const browserOcrPlatform: OcrPlatform = {
  createCanvas: (width, height) => new OffscreenCanvas(width, height) as unknown as OcrCanvas,
  pdfCanvasFactory: OffscreenCanvasFactory,
  async decodeImage(bytes) {
    const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    return canvas as unknown as OcrCanvas;
  },
  // tesseract.js reads an OffscreenCanvas itself (as PNG).
  toEngineImage: async (canvas) => canvas,
  tesseractPaths() {
    const base = ocrAssetsBase(self.location.href);
    return {
      workerPath: `${base}worker.min.js`,
      // The SIMD build: every browser with module workers has WebAssembly SIMD.
      corePath: `${base}tesseract-core-simd-lstm.wasm.js`,
      langPath: base.replace(/\/$/, ''),
    };
  },
};
