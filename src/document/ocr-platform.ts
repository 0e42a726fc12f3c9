// What OCR needs from the environment it runs in: a 2D canvas, image decoding and where tesseract's
// files are. Implemented by ocr-platform-browser.ts (a parse worker) and ocr-platform-node.ts (the
// CLI); read by the engine (ocr-engine.ts) and the steps before it (ocr-deskew.ts). Types only.

/** The 2D canvas both platforms offer (OffscreenCanvas in a worker, @napi-rs/canvas in Node). */
export interface OcrCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): OcrContext | null;
}
export interface OcrContext {
  fillStyle: unknown;
  fillRect(x: number, y: number, w: number, h: number): void;
  translate(x: number, y: number): void;
  rotate(angle: number): void;
  scale(x: number, y: number): void;
  drawImage(image: never, x: number, y: number): void;
  putImageData(data: never, x: number, y: number): void;
  createImageData(w: number, h: number): { data: Uint8ClampedArray };
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

export interface OcrPlatform {
  createCanvas(width: number, height: number): OcrCanvas;
  /** pdf.js's CanvasFactory for drawing pages in this environment (undefined: pdf.js's own default). */
  pdfCanvasFactory?: unknown;
  /** PNG or JPEG bytes drawn on a canvas. */
  decodeImage(bytes: Uint8Array): Promise<OcrCanvas>;
  /** What tesseract.js accepts in this environment for a canvas. */
  toEngineImage(canvas: OcrCanvas): Promise<unknown>;
  /** Where tesseract's worker script, core and traineddata are (never a CDN). */
  tesseractPaths(): { workerPath?: string; corePath?: string; langPath: string };
}
