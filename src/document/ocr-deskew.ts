// Straightening a scan fed in at a slant (a few degrees either way) before OCR reads it: tesseract
// reads lines that are level, and a page turned by 5–7° reads badly or not at all.
//
// The skew is found by the projection profile of a small binarised copy of the page: summed along
// the angle the text lines run at, dark pixels pile into a few rows (the lines) and the sum of the
// squared row counts peaks. The page is then turned the other way about its centre, on a canvas of
// its own size, so a position read on the straightened copy is on the page by one turn back
// (`skew` on PageRuns and on a page's size: highlight-rects.ts turns highlights back).
import type { OcrCanvas, OcrPlatform } from './ocr-platform.ts';

/** Slants beyond this are not looked for (a page turned further is turned by 90° or is no letter). */
export const MAX_SKEW_DEGREES = 12;
/** Below this the page is read as it is: tesseract copes with a slight slant, and a turn blurs a little. */
export const MIN_SKEW_DEGREES = 0.8;
/** The copy the skew is measured on is at most this wide (about 100 dpi for a letter page). */
const PROFILE_WIDTH_PX = 900;
/** A copy's pixel is dark (ink) below this luminance: text, once shrunk, is grey on white. */
const DARK_BELOW = 170;

/** RGBA pixels, as a canvas's getImageData gives them. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * Degrees the page's text lines descend to the right (a clockwise slant, image y pointing down;
 * negative: they rise), or 0 when the page is level, blank or has no lines to measure.
 */
export function detectSkew(pixels: Pixels): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const { width, height, data } = pixels;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      if (0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]! < DARK_BELOW) {
        xs.push(x);
        ys.push(y);
      }
    }
  // Too little ink to have lines; or so much that it is a photograph or a dark page, not text.
  if (xs.length < 200 || xs.length > 0.5 * width * height) return 0;
  const margin = Math.ceil(width * Math.tan((MAX_SKEW_DEGREES * Math.PI) / 180)) + 1;
  const bins = new Float64Array(height + 2 * margin);
  const score = (degrees: number) => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i]! - xs[i]! * slope) + margin]!++;
    let sum = 0;
    for (const count of bins) sum += count * count;
    return sum;
  };
  const level = score(0);
  let best = 0;
  let bestScore = level;
  const search = (from: number, to: number, step: number) => {
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const s = score(degrees);
      if (s > bestScore) [best, bestScore] = [degrees, s];
    }
  };
  search(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.5);
  search(best - 0.4, best + 0.4, 0.1);
  // A slant that sharpens the lines only a little is noise on a level page.
  return bestScore > 1.05 * level ? Math.round(best * 10) / 10 : 0;
}

/**
 * The page straightened, and the skew it had (see detectSkew): the same canvas when it is level
 * enough to read as it is.
 */
export function straighten(platform: OcrPlatform, canvas: OcrCanvas): { canvas: OcrCanvas; skew: number } {
  const skew = detectSkew(shrunk(platform, canvas));
  if (Math.abs(skew) < MIN_SKEW_DEGREES) return { canvas, skew: 0 };
  const out = platform.createCanvas(canvas.width, canvas.height);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((-skew * Math.PI) / 180);
  ctx.drawImage(canvas as never, -canvas.width / 2, -canvas.height / 2);
  return { canvas: out, skew };
}

/** A copy at most PROFILE_WIDTH_PX wide (drawn smaller: each pixel the mean of those it covers). */
function shrunk(platform: OcrPlatform, canvas: OcrCanvas): Pixels {
  const factor = Math.min(1, PROFILE_WIDTH_PX / Math.max(1, canvas.width));
  const width = Math.max(1, Math.round(canvas.width * factor));
  const height = Math.max(1, Math.round(canvas.height * factor));
  const small = platform.createCanvas(width, height);
  const ctx = small.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.scale(factor, factor);
  ctx.drawImage(canvas as never, 0, 0);
  return { width, height, data: ctx.getImageData(0, 0, width, height).data };
}

/**
 * Where a point read on the straightened copy of a page is on the page itself: turned by `skew`
 * degrees (clockwise, y pointing down) about the page's centre. Any unit (pixels, points).
 */
export function onSkewedPage(x: number, y: number, skew: number, page: { width: number; height: number }): { x: number; y: number } {
  const angle = (skew * Math.PI) / 180;
  const [cx, cy] = [page.width / 2, page.height / 2];
  const [dx, dy] = [x - cx, y - cy];
  return { x: cx + dx * Math.cos(angle) - dy * Math.sin(angle), y: cy + dx * Math.sin(angle) + dy * Math.cos(angle) };
}
