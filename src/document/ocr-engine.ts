// The OCR engine (tesseract.js, its WebAssembly core and English data, all from npm), loaded only when
// a scan appears. The same code runs in a parse worker and in the CLI's Node processes: what differs
// (how a canvas is made, where tesseract's files are) comes from an OcrPlatform (ocr-platform-*.ts).
import type { OcrLine, OcrPage, OcrWord } from './ocr-words.ts';
import { isBlankPage, pageConfidence } from './ocr-words.ts';
import { straighten } from './ocr-deskew.ts';

export type { OcrCanvas, OcrContext, OcrPlatform } from './ocr-platform.ts';
import type { OcrCanvas, OcrPlatform } from './ocr-platform.ts';

export interface OcrPageResult {
  page: OcrPage;
  /** Clockwise turn (0, 90, 180, 270) applied to the image before it read well. */
  rotation: number;
  /**
   * Degrees the page's lines descended to the right (ocr-deskew.ts): the words' boxes are on the page
   * straightened, turned back by this much onto the page itself. 0 for a level page.
   */
  skew: number;
  blank: boolean;
  confidence: number;
}

type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js').createWorker>>;
let engine: Promise<TesseractWorker> | null = null;

function tesseract(platform: OcrPlatform): Promise<TesseractWorker> {
  engine ??= (async () => {
    const { createWorker, OEM, PSM } = await import('tesseract.js');
    const worker = await createWorker('eng', OEM.LSTM_ONLY, {
      ...platform.tesseractPaths(),
      gzip: true,
      // Never cache in IndexedDB or on disk: the data ships with the app.
      cacheMethod: 'none',
      // A worker from the script's own URL: no blob: script needed.
      workerBlobURL: false,
      logger: () => {},
      errorHandler: () => {},
    });
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: '300' });
    return worker;
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

/** Ends the engine's own worker (tests, CLI exit); the next scan starts a new one. */
export async function stopOcrEngine(): Promise<void> {
  const running = engine;
  engine = null;
  if (running) await (await running).terminate();
}

/** Below this mean confidence a page may be turned: its other orientations are tried. */
const TRY_ROTATIONS_BELOW = 70;

/**
 * Reads a page image, straightened first when it was scanned at a slant; a page that reads badly is
 * tried turned by 180, 90 and 270 degrees and the best reading kept.
 */
export async function readPageImage(platform: OcrPlatform, canvas: OcrCanvas): Promise<OcrPageResult> {
  const worker = await tesseract(platform);
  const level = straighten(platform, canvas);
  const read = async (rotation: number): Promise<OcrPageResult> => {
    // A half turn about the centre keeps the slant's centre and angle; a quarter turn would not, and a
    // page on its side has no level lines to measure anyway: it is read as it was scanned.
    const quarter = rotation % 180 !== 0;
    const source = quarter ? canvas : level.canvas;
    const image = rotation ? rotate(platform, source, rotation) : source;
    const result = await worker.recognize((await platform.toEngineImage(image)) as never, {}, { blocks: true, text: false });
    const page = toOcrPage(result.data.blocks ?? [], image.width, image.height);
    return { page, rotation, skew: quarter ? 0 : level.skew, blank: isBlankPage(page), confidence: pageConfidence(page) };
  };
  let best = await read(0);
  if (best.blank || best.confidence >= TRY_ROTATIONS_BELOW) return best;
  for (const rotation of [180, 90, 270]) {
    const turned = await read(rotation);
    if (!turned.blank && score(turned) > score(best)) best = turned;
    if (best.confidence >= TRY_ROTATIONS_BELOW) break;
  }
  return best;
}

const score = (r: OcrPageResult) => r.confidence * Math.log(2 + r.page.lines.reduce((n, l) => n + l.words.length, 0));

function rotate(platform: OcrPlatform, source: OcrCanvas, degrees: number): OcrCanvas {
  const quarter = degrees % 180 !== 0;
  const out = platform.createCanvas(quarter ? source.height : source.width, quarter ? source.width : source.height);
  const ctx = out.getContext('2d')!;
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(source as never, -source.width / 2, -source.height / 2);
  return out;
}

interface TessBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TessBlock {
  paragraphs: { lines: { bbox: TessBox; baseline: TessBox; words: { text: string; confidence: number; bbox: TessBox }[] }[] }[];
}

function toOcrPage(blocks: TessBlock[], widthPx: number, heightPx: number): OcrPage {
  const lines: OcrLine[] = [];
  for (const block of blocks)
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words.map((w) => ({ text: w.text, confidence: w.confidence, ...w.bbox }));
        if (words.length === 0) continue;
        const baseline = (line.baseline.y0 + line.baseline.y1) / 2;
        lines.push({ ...line.bbox, baseline: baseline > line.bbox.y0 ? baseline : line.bbox.y1, words });
      }
  return { widthPx, heightPx, lines };
}
