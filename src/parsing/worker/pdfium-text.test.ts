// PDFium must read every letter exactly as pdf.js does: the same canonical text, page starts and page
// sizes, positions close enough that a highlight lands on the same words, the same pages found to be
// scans, and the same record and message for every bad file. Checked on the letters we made
// (public/samples, test-fixtures) and, when it is beside the repository, on the shared corpus read in place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterRecord } from '../../extract/record.ts';
import { parseLetter } from './parse-letter.ts';
import { layoutLetterText } from '../../document/layout-text.ts';
import type { LetterText } from '../../document/page-runs.ts';
import { readPdfRuns } from '../../document/pdf-text.ts';
import { readPdfPages, setTextEngine } from '../../document/pdf-text-engine.ts';
import { readPdfiumRuns, setPdfiumWasm } from '../../document/pdfium-text.ts';
import { nodePdfiumWasm } from '../../document/pdfium-wasm-node.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CORPUS = here('../../../../shared/corpus');
const pdfsIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.pdf'))
        .sort()
        .map((name) => join(folder, name))
    : [];

beforeAll(() => setPdfiumWasm(nodePdfiumWasm));
afterAll(() => {
  setPdfiumWasm(null);
  setTextEngine('pdfium');
});

/** Where the text at `offset` sits on the page by a letter's pieces (x spread evenly over a piece). */
function positionAt(letter: LetterText, offset: number, end: boolean) {
  const piece = letter.pieces.find((p) => (end ? p.start < offset && offset <= p.end : p.start <= offset && offset < p.end));
  if (!piece) return undefined;
  return {
    page: piece.page,
    x: piece.x + ((offset - piece.start) / (piece.end - piece.start)) * piece.width,
    y: piece.y,
    size: piece.fontSize,
  };
}

interface Comparison {
  file: string;
  textSame: boolean;
  firstDifference?: string;
  /** Largest distance, in points, between where pdf.js and PDFium put the start (end) of each pdf.js piece. */
  startOff: number;
  endOff: number;
  baselineOff: number;
  sizeOff: number;
  scansSame: boolean;
}

async function compare(file: string): Promise<Comparison> {
  const bytes = new Uint8Array(readFileSync(file));
  const pdfjsPages = await readPdfRuns(bytes);
  const pdfiumPages = await readPdfiumRuns(bytes);
  const a = layoutLetterText(pdfjsPages);
  const b = layoutLetterText(pdfiumPages);
  const result: Comparison = {
    file,
    textSame: a.text === b.text && JSON.stringify([a.pageStarts, a.pageSizes]) === JSON.stringify([b.pageStarts, b.pageSizes]),
    startOff: 0,
    endOff: 0,
    baselineOff: 0,
    sizeOff: 0,
    scansSame: JSON.stringify(pdfjsPages.map((p) => p.drawsImage)) === JSON.stringify(pdfiumPages.map((p) => p.drawsImage)),
  };
  if (!result.textSame) {
    let i = 0;
    while (a.text[i] === b.text[i]) i++;
    result.firstDifference = `at ${i}: pdf.js ${JSON.stringify(a.text.slice(i - 30, i + 30))} PDFium ${JSON.stringify(b.text.slice(i - 30, i + 30))}`;
    return result;
  }
  for (const piece of a.pieces) {
    const start = positionAt(b, piece.start, false);
    const end = positionAt(b, piece.end, true);
    if (!start || !end || start.page !== piece.page) {
      result.startOff = Infinity;
      continue;
    }
    result.startOff = Math.max(result.startOff, Math.abs(start.x - piece.x));
    result.endOff = Math.max(result.endOff, Math.abs(end.x - (piece.x + piece.width)));
    result.baselineOff = Math.max(result.baselineOff, Math.abs(start.y - piece.y));
    result.sizeOff = Math.max(result.sizeOff, Math.abs(start.size - piece.fontSize));
  }
  return result;
}

async function expectSameReading(files: string[]) {
  const results = [];
  for (const file of files) results.push(await compare(file));
  const differing = results.filter((r) => !r.textSame).map((r) => `${r.file} ${r.firstDifference}`);
  expect(differing).toEqual([]);
  expect(results.filter((r) => !r.scansSame).map((r) => r.file)).toEqual([]);
  // Positions: starts within 0.5 pt, ends within 1.5 pt (PDFium's box is the glyph's advance, pdf.js's
  // width its own sum of advances), the same baselines and sizes to a hundredth of a point.
  expect(Math.max(...results.map((r) => r.startOff))).toBeLessThanOrEqual(0.5);
  expect(Math.max(...results.map((r) => r.endOff))).toBeLessThanOrEqual(1.5);
  expect(Math.max(...results.map((r) => r.baselineOff))).toBeLessThanOrEqual(0.01);
  expect(Math.max(...results.map((r) => r.sizeOff))).toBeLessThanOrEqual(0.01);
}

describe('PDFium reads like pdf.js', () => {
  it('on the sample letters and the good test fixtures we made', async () => {
    const ours = [...pdfsIn(here('../../../public/samples')), ...pdfsIn(here('../../../test-fixtures'))].filter(
      (file) => !/password|thousand/.test(file),
    );
    expect(ours.length).toBeGreaterThanOrEqual(9);
    await expectSameReading(ours);
  });

  const corpusLetters = pdfsIn(join(CORPUS, 'letters'));
  const scanned = pdfsIn(join(CORPUS, 'scanned/letters'));
  if (corpusLetters.length === 0) console.warn(`PDFium corpus comparison skipped: no letters at ${join(CORPUS, 'letters')}`);
  // In CI the corpus must be there: a comparison that quietly did not run proves nothing.
  if (corpusLetters.length === 0 && process.env.CI) {
    it('finds the shared corpus', () => expect.fail(`no letters at ${join(CORPUS, 'letters')}: the comparison cannot run`));
  }
  it.skipIf(corpusLetters.length === 0)(
    'on every PDF of the shared corpus, read in place, and its scanned letters (the same pages found to be scans)',
    async () => {
      await expectSameReading([...corpusLetters, ...scanned]);
    },
    600_000,
  );
});

describe('bad input reads the same through PDFium as through pdf.js', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(here(`../../../test-fixtures/${name}`)));
  const short = fixture('short-letter.pdf');
  const cases: [string, Uint8Array, string?][] = [
    ['empty', new Uint8Array()],
    ['not a PDF (binary)', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0, 0, 9])],
    ['corrupt', new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200) + '\n%%EOF\n')],
    ['cut inside the page content', short.slice(0, 1200)],
    ['cut at the end', short.slice(0, short.length - 8)],
    ['password, none given', fixture('password-protected.pdf')],
    ['password, a wrong one', fixture('password-protected.pdf'), 'wrong'],
    ['password, the right one', fixture('password-protected.pdf'), 'imr-lens'],
    ['over 200 pages', fixture('thousand-pages.pdf')],
    ['not a letter', fixture('not-a-letter.pdf')],
    ['no text layer (a scan, OCR not set)', fixture('scanned-no-text.pdf')],
  ];
  const read = async (engine: 'pdfium' | 'pdfjs', bytes: Uint8Array, password?: string) => {
    setTextEngine(engine);
    const record: Partial<LetterRecord> = await parseLetter({ name: 'x.pdf', bytes: bytes.slice().buffer, password });
    const engineUsed = record.textEngine;
    delete record.textEngine;
    return { record, engineUsed };
  };
  it.each(cases)('%s', async (_name, bytes, password) => {
    const viaPdfium = await read('pdfium', bytes, password);
    const viaPdfjs = await read('pdfjs', bytes, password);
    expect(viaPdfium.record).toEqual(viaPdfjs.record);
    expect(viaPdfjs.engineUsed === undefined || viaPdfjs.engineUsed === 'pdfjs').toBe(true);
  });

  it('PDFium reads the good ones itself; pdf.js only takes what PDFium cannot open', async () => {
    setTextEngine('pdfium');
    expect((await readPdfPages(short)).engine).toBe('pdfium');
    expect((await readPdfPages(short.slice(0, short.length - 8))).engine).toBe('pdfium');
    expect((await readPdfPages(fixture('password-protected.pdf'), { password: 'imr-lens' })).engine).toBe('pdfium');
    const junk = new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200) + '\n%%EOF\n');
    await expect(readPdfPages(junk)).rejects.toThrow(/^Not a readable PDF: the file is damaged/);
  });
});
