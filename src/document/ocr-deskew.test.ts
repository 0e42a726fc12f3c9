// Straightening scans fed in at a slant: the skew found on pixels we draw here, and, end to end in
// Node, page 1 of our sample letter CM16-0912345 (test-fixtures/scanned-sample-page1.png) turned by
// 5° and 7° either way at test time reads the case number and the decision the level scan reads, with
// the case number's highlight where it is printed on the turned page.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { detectSkew, onSkewedPage, type Pixels } from './ocr-deskew.ts';
import { loadLetter } from './load-letter.ts';
import { nodeOcrPlatform } from './ocr-platform-node.ts';
import { stopOcrEngine } from './ocr-engine.ts';
import { highlightRects } from './highlight-rects.ts';
import { extractLetter } from '../extract/extract-letter.ts';

const PNG = readFileSync(new URL('../../test-fixtures/scanned-sample-page1.png', import.meta.url));
const ocr = { platform: async () => nodeOcrPlatform };

afterAll(() => stopOcrEngine());

/** Rows of dashes ("words") descending to the right at `degrees`, on a white page. */
function linedPage(degrees: number, width = 600, height = 800): Pixels {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const slope = Math.tan((degrees * Math.PI) / 180);
  for (let row = 60; row < height - 60; row += 24)
    for (let x = 40; x < width - 40; x++) {
      if (x % 50 > 38) continue; // the gap between words
      for (let thick = 0; thick < 8; thick++) {
        const y = Math.round(row + thick + (x - width / 2) * slope);
        if (y >= 0 && y < height) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
    }
  return { width, height, data };
}

/** The sample page turned clockwise by `degrees` about its centre, on a page of its own size. */
async function turned(degrees: number): Promise<Uint8Array> {
  const image = await loadImage(PNG);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.translate(image.width / 2, image.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  return new Uint8Array(await canvas.encode('png'));
}

describe('finding the slant of a page', () => {
  it.each([0, 0.5, 3, -4.5, 7, -10])('finds %s° on lines drawn at it (within 0.3°)', (degrees) => {
    expect(Math.abs(detectSkew(linedPage(degrees)) - degrees)).toBeLessThanOrEqual(0.3);
  });

  it('finds none on a blank page or one that is ink all over', () => {
    const blank = linedPage(0);
    blank.data.fill(255);
    expect(detectSkew(blank)).toBe(0);
    blank.data.fill(0);
    expect(detectSkew(blank)).toBe(0);
  });

  it('turns a point on the straightened page back onto the slanted one about the centre', () => {
    const page = { width: 200, height: 100 };
    expect(onSkewedPage(100, 50, 7, page)).toEqual({ x: 100, y: 50 });
    const right = onSkewedPage(200, 50, 90, page);
    expect([Math.round(right.x), Math.round(right.y)]).toEqual([100, 150]); // clockwise: right goes down
  });
});

describe('OCR of a page scanned at a slant (Node, tesseract.js)', () => {
  const reading = async (bytes: Uint8Array) => {
    const letter = await loadLetter(bytes, { ocr });
    const record = extractLetter(letter.text);
    return { letter, caseNumber: record.caseNumber.value, decisions: record.items.map((i) => [i.request.value, i.decision.value]) };
  };
  let levelReading: ReturnType<typeof reading> | undefined;
  const readLevel = () => (levelReading ??= reading(new Uint8Array(PNG)));

  it('reads the level scan (the reference)', async () => {
    const level = await readLevel();
    expect(level.caseNumber).toBe('CM16-0912345');
    expect(level.decisions.map(([, decision]) => decision)).toEqual(['Upheld']);
    expect(level.letter.pageSizes[0]!.skew).toBeUndefined();
  }, 300_000);

  it.each([5, -7, 7])(
    'reads a scan turned by %s° as the level one, its highlights on the printed words',
    async (degrees) => {
      const level = await readLevel();
      const slanted = await reading(await turned(degrees));
      expect(slanted.letter.pageSizes[0]!.skew).toBeCloseTo(degrees, 0);
      expect(slanted.caseNumber).toBe(level.caseNumber);
      expect(slanted.decisions).toEqual(level.decisions);

      // "CM16-0912345" is printed at 520-733 px, its middle ~223 px from the top, on the level page;
      // on the turned page its middle is that point turned about the centre.
      const at = slanted.letter.text.indexOf('CM16-0912345');
      const rects = highlightRects(slanted.letter, [{ start: at, end: at + 'CM16-0912345'.length }]);
      const centre = (of: (r: (typeof rects)[number]) => [number, number]) =>
        (Math.min(...rects.map((r) => of(r)[0])) + Math.max(...rects.map((r) => of(r)[1]))) / 2;
      const printed = onSkewedPage((520 + 733) / 2, 223, degrees, { width: 1700, height: 2200 });
      expect(Math.abs(centre((r) => [r.left, r.left + r.width]) - printed.x)).toBeLessThan(12);
      expect(Math.abs(centre((r) => [r.top, r.top + r.height]) - printed.y)).toBeLessThan(12);
      // It follows the slant: its leftmost step is higher (or lower) than its rightmost, as the line runs.
      const byLeft = [...rects].sort((a, b) => a.left - b.left);
      const [first, last] = [byLeft[0]!, byLeft.at(-1)!];
      expect(Math.sign(Math.round(last.top - first.top))).toBe(Math.sign(degrees));
    },
    300_000,
  );
});
