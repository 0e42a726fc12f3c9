// OCR end to end in Node on a page we made ourselves: page 1 of our sample letter CM16-0912345
// rasterised at 200 dpi (test-fixtures/scanned-sample-page1.png, see scripts/make-test-fixtures.ts).
// Where its words are is known from the PDF it was drawn from (pdftotext -bbox, at 200/72 px per pt).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { loadLetter } from './load-letter.ts';
import { detectImageFormat, detectLetterKind } from './letter-kinds.ts';
import { nodeOcrPlatform } from './ocr-platform-node.ts';
import { stopOcrEngine } from './ocr-engine.ts';
import { ribbonPdf } from '../test-support/hostile-files.ts';

const PNG = new Uint8Array(readFileSync(new URL('../../test-fixtures/scanned-sample-page1.png', import.meta.url)));
const ocr = { platform: async () => nodeOcrPlatform };

afterAll(() => stopOcrEngine());

describe('OCR of a scanned page (Node, tesseract.js)', () => {
  it('detects the PNG from its bytes, reads the header table into the canonical text, and boxes the words where they are printed', async () => {
    const progress: string[] = [];
    const letter = await loadLetter(PNG, { ocr: { ...ocr, onProgress: (p) => progress.push(`${p.page}/${p.pages}`) } });
    expect(progress).toEqual(['1/1']);
    expect(letter.kind).toBe('image');
    expect(letter.imageFormat).toBe('png');
    expect(letter.pageSizes).toEqual([{ width: 1700, height: 2200 }]);
    expect(letter.ocr).toEqual([expect.objectContaining({ page: 0, rotation: 0, blank: false })]);
    expect(letter.text).toContain('Case Number: CM16-0912345');
    expect(letter.text).toContain('HOW THE IMR FINAL DETERMINATION WAS MADE');

    // "CM16-0912345" is printed at x 187.2-263.9 pt, its baseline near 84 pt from the top: 520-733 px, ~233 px.
    const at = letter.text.indexOf('CM16-0912345');
    const piece = letter.pieces.find((p) => p.start === at)!;
    expect(piece.end - piece.start).toBe('CM16-0912345'.length);
    expect(Math.abs(piece.x - 520)).toBeLessThan(8);
    expect(Math.abs(piece.x + piece.width - 733)).toBeLessThan(8);
    expect(Math.abs(2200 - piece.y - 233)).toBeLessThan(8);
    expect(piece.confidence).toBeGreaterThan(80);
  }, 180_000);

  it('turns a page scanned upside down upright, and says so', async () => {
    const image = await loadImage(Buffer.from(PNG));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.translate(image.width, image.height);
    ctx.rotate(Math.PI);
    ctx.drawImage(image, 0, 0);
    const letter = await loadLetter(new Uint8Array(await canvas.encode('png')), { ocr });
    expect(letter.ocr).toEqual([expect.objectContaining({ page: 0, rotation: 180, blank: false })]);
    expect(letter.text).toContain('Case Number: CM16-0912345');
  }, 600_000);

  it('notes a blank page as blank: an image with nothing on it is no letter, with a clear message', async () => {
    const canvas = createCanvas(850, 1100);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 850, 1100);
    await expect(loadLetter(new Uint8Array(await canvas.encode('png')), { ocr })).rejects.toThrow(
      'OCR found no words in this image: check that it is not a blank page.',
    );
  }, 120_000);

  it('tells images from their first bytes, whatever their name', () => {
    const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
    expect(detectImageFormat(PNG)).toBe('png');
    expect(detectImageFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(detectImageFormat(bytes(0x49, 0x49, 0x2a, 0x00))).toBe('tiff');
    expect(detectImageFormat(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('tiff');
    expect(detectImageFormat(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(detectLetterKind(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('image');
    expect(detectLetterKind(new TextEncoder().encode('Case Number: CM16-0912345'))).toBe('text');
  });

  it('refuses an image without an OCR engine, with a clear message', async () => {
    await expect(loadLetter(PNG)).rejects.toThrow('This PNG image can only be read by OCR.');
  });

  it('refuses to draw a scanned page that would be billions of pixels at OCR width, before drawing it', async () => {
    // 10 pt wide, 14,400 pt tall, one image: drawn 2550 px wide it would be 2550 × 3,672,000 pixels.
    await expect(loadLetter(new TextEncoder().encode(ribbonPdf()), { ocr })).rejects.toThrow(
      'page 1, drawn for OCR, would be 2550 × 3672000 pixels',
    );
  });
});
