// OCR in Node (the CLI, tests): canvases from @napi-rs/canvas (the one pdf.js itself draws with in
// Node), tesseract's English data read from the installed @tesseract.js-data/eng package.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import type { OcrCanvas, OcrPlatform } from './ocr-engine.ts';

const require = createRequire(import.meta.url);

export const nodeOcrPlatform: OcrPlatform = {
  createCanvas: (width, height) => createCanvas(width, height) as unknown as OcrCanvas,
  // pdf.js picks its own NodeCanvasFactory (on @napi-rs/canvas) in Node.
  pdfCanvasFactory: undefined,
  async decodeImage(bytes) {
    const image = await loadImage(Buffer.from(bytes));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return canvas as unknown as OcrCanvas;
  },
  toEngineImage: async (canvas) => (canvas as unknown as Canvas).encode('png'),
  // The worker script and core are found by tesseract.js itself in node_modules; the data is a local folder.
  tesseractPaths: () => ({ langPath: dirname(require.resolve('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz')) }),
};
