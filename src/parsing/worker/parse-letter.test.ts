// The bad-input matrix at the engine level: every file gets a record with a clear message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_UNREADABLE } from '../protocol.ts';
import { MAX_FILE_BYTES, MAX_ITEMS_PER_LETTER, MAX_PROBLEMS_PER_LETTER } from '../../limits/limits.ts';
import { corruptJpeg, manyItemsLetter, pngDeclaring, tiffPages } from '../../test-support/hostile-files.ts';
import { parseLetter, parseWorkerJob } from './parse-letter.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test-fixtures/${name}`, import.meta.url));
// A copy of exactly these bytes (a Buffer's slice() shares its whole underlying memory).
const job = (name: string, bytes: Uint8Array, password?: string) => ({ name, bytes: new Uint8Array(bytes).buffer, password });
const firstProblem = async (name: string, bytes: Uint8Array, password?: string) => {
  const record = await parseLetter(job(name, bytes, password));
  return { status: record.status, kind: record.kind, code: record.problems[0]?.code, message: record.problems[0]?.message };
};

const LETTER_TEXT = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'State(s) of Licensure: Nevada',
  'Certification(s)/Specialty: Internal Medicine',
  'CLINICAL CASE SUMMARY',
  'The injured worker is a 38 year old male who sustained an industrial injury on 02/03/2015.',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'Naproxen 550mg #60: Overturned',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 67-68.',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 67-68.',
  'Decision rationale: The worker\u2019s flare of pain responded to the drug before, so the request is medically necessary.',
].join('\r\n');

describe('parseLetter on bad input', () => {
  it('an empty file', async () => {
    expect(await firstProblem('a.pdf', new Uint8Array())).toMatchObject({ status: 'failed', code: 'empty', message: 'The file is empty.' });
  });

  it('a non-PDF named .pdf is read as what its bytes are', async () => {
    const record = await parseLetter(job('renamed.pdf', new TextEncoder().encode('Grocery list: eggs, milk')));
    expect(record.kind).toBe('text');
    expect(record.status).toBe('failed');
  });

  it('binary junk', async () => {
    expect(await firstProblem('x.pdf', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0, 0, 9]))).toMatchObject({
      code: 'binary',
      status: 'failed',
    });
  });

  it('a truncated PDF: the record says the file is cut short, with what could be recovered', async () => {
    const bytes = fixture('short-letter.pdf');
    const whole = await parseLetter(job('whole.pdf', bytes));
    expect(whole.problems.map((p) => p.code)).not.toContain('truncated');
    // Cut inside the page content: nothing is recoverable.
    expect(await firstProblem('cut.pdf', bytes.subarray(0, 1200))).toMatchObject({
      status: 'failed',
      code: 'corrupt',
      message: expect.stringContaining('cut short'),
    });
    // Cut only the end: the text is recovered, with a warning.
    const tail = new Uint8Array(bytes.length - 8);
    tail.set(bytes.subarray(0, bytes.length - 8));
    const cut = await parseLetter(job('cut.pdf', tail));
    expect(cut.text).toContain('Lumbar support brace: Upheld');
    expect(cut.status).not.toBe('ok');
    expect(cut.problems[0]).toMatchObject({ severity: 'warning', code: 'truncated', message: expect.stringContaining('cut short') });
  });

  it('a PDF with bytes after its end-of-file marker reads as whole', async () => {
    const bytes = fixture('short-letter.pdf');
    const padded = new Uint8Array([...bytes, ...new TextEncoder().encode('\r\n-- sent from my scanner --\r\n'), ...new Uint8Array(5000)]);
    const record = await parseLetter(job('padded.pdf', padded));
    expect(record.problems.map((p) => p.code)).not.toContain('truncated');
    expect(record.text).toContain('Lumbar support brace: Upheld');
  });

  it('a corrupt PDF', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200) + '\n%%EOF\n');
    expect(await firstProblem('junk.pdf', junk)).toMatchObject({
      status: 'failed',
      kind: 'pdf',
      code: 'corrupt',
      message: expect.stringMatching(/^Not a readable PDF/),
    });
  });

  it('a PDF with a real password: says so, refuses a wrong one, opens with the right one', async () => {
    const bytes = fixture('password-protected.pdf');
    expect(await firstProblem('p.pdf', bytes)).toEqual({
      status: 'failed',
      kind: 'pdf',
      code: 'password',
      message: 'This PDF is password-protected: it needs a password to open.',
    });
    expect(await firstProblem('p.pdf', bytes, 'wrong')).toMatchObject({ code: 'password', message: expect.stringContaining('wrong') });
    const opened = await parseLetter(job('p.pdf', bytes, 'imr-lens'));
    expect(opened.text).toContain('Lumbar support brace: Upheld');
    expect(opened.items.map((i) => i.decision.value)).toEqual(['Upheld']);
  });

  it('a scanned PDF with no text layer', async () => {
    expect(await firstProblem('scan.pdf', fixture('scanned-no-text.pdf'))).toMatchObject({
      status: 'failed',
      code: 'no-text-layer',
      message: expect.stringContaining('so it looks like a scan'),
    });
  });

  it('a 1,000-page PDF is refused with its page count, without reading its pages', async () => {
    expect(await firstProblem('long.pdf', fixture('thousand-pages.pdf'))).toMatchObject({
      status: 'failed',
      code: 'too-many-pages',
      message: 'This PDF has 1000 pages; letters over 200 pages are not read.',
    });
  });

  it('a file over the size limit names the limit', async () => {
    expect(await firstProblem('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({
      status: 'failed',
      code: 'too-big',
      message: 'The file is 50 MB; letters over 50 MB are not read.',
    });
  });

  it('a PDF that is not a letter', async () => {
    const record = await parseLetter(job('bread.pdf', fixture('not-a-letter.pdf')));
    expect(record.status).toBe('failed');
    expect(record.layout).toBe('unknown');
    expect(record.problems.map((p) => p.message).join(' ')).toMatch(/not an IMR/i);
  });

  const utf16 = (le: boolean) => {
    const view = new DataView(new ArrayBuffer(LETTER_TEXT.length * 2));
    [...LETTER_TEXT].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), le));
    return new Uint8Array(view.buffer);
  };
  const utf32 = (text: string) => new Uint8Array(new Uint32Array([...text].map((c) => c.codePointAt(0)!)).buffer);
  it.each([
    ['UTF-16 LE without a BOM', utf16(true)],
    ['UTF-16 BE without a BOM', utf16(false)],
    ['UTF-32 LE with a BOM', utf32('\uFEFF' + LETTER_TEXT)],
    ['UTF-8 with NEL line ends', new TextEncoder().encode(LETTER_TEXT.replace(/\r\n/g, '\u0085'))],
    ['UTF-8 with LINE SEPARATORs', new TextEncoder().encode(LETTER_TEXT.replace(/\r\n/g, '\u2028'))],
    ['UTF-16 LE', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...LETTER_TEXT].map((c) => c.charCodeAt(0))).buffer)])],
    ['Windows-1252', Uint8Array.from([...LETTER_TEXT].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))))],
  ])('a text letter in %s reads the same as in UTF-8', async (_label, bytes) => {
    const record = await parseLetter(job('letter.txt', bytes));
    const utf8 = await parseLetter(job('letter.txt', new TextEncoder().encode(LETTER_TEXT)));
    expect(record.text).toBe(LETTER_TEXT.replace(/\r\n/g, '\n'));
    expect({ ...record, sha256: '' }).toEqual({ ...utf8, sha256: '' });
  });

  it('a File handed to the worker is read there; one that cannot be read any more says so', async () => {
    const fromFile = await parseWorkerJob({ name: 'letter.txt', file: new Blob([LETTER_TEXT]) });
    const fromBytes = await parseLetter(job('letter.txt', new TextEncoder().encode(LETTER_TEXT)));
    expect(fromFile).toEqual(fromBytes);
    const gone = { arrayBuffer: () => Promise.reject(new Error('NotFoundError')) } as unknown as Blob;
    expect(await parseWorkerJob({ name: 'moved.pdf', file: gone })).toMatchObject({
      status: 'failed',
      problems: [{ code: SOURCE_UNREADABLE, message: expect.stringContaining('NotFoundError') }],
    });
  });

  it('an image declaring 60000 × 60000 pixels is refused from its header, before anything is decoded', async () => {
    const png = pngDeclaring(60000, 60000);
    expect(png.length).toBeLessThan(70);
    expect(await firstProblem('bomb.png', png)).toEqual({
      status: 'failed',
      kind: 'image',
      code: 'too-many-pixels',
      message: 'This image is 60000 × 60000 pixels (3600 megapixels); images over 40 megapixels are not read.',
    });
  });

  it('a JPEG with no frame, and a TIFF whose pages loop, are damaged images', async () => {
    expect(await firstProblem('tiny.jpg', corruptJpeg())).toMatchObject({
      status: 'failed',
      code: 'corrupt',
      message: expect.stringContaining('no JPEG frame header'),
    });
    expect(await firstProblem('loop.tif', tiffPages(3, { loop: true }))).toMatchObject({
      status: 'failed',
      code: 'corrupt',
      message: expect.stringContaining('its pages loop back on themselves'),
    });
  });

  it('a TIFF of too many pages is refused by counting its pages, before any is read by OCR', async () => {
    expect(await firstProblem('fax.tif', tiffPages(260))).toMatchObject({
      code: 'too-many-pages',
      message: 'This image has 260 pages; letters over 200 pages are not read.',
    });
    expect(await firstProblem('fax.tif', tiffPages(60))).toMatchObject({
      code: 'too-many-pages',
      message: 'This image has 60 scanned pages to read by OCR; scans over 50 pages are not read.',
    });
  });

  it('a letter of 10,000 one-line items keeps the first items and problems within the bounds, and says so', async () => {
    const text = manyItemsLetter(10_000);
    expect(text.length).toBeLessThan(230_000);
    const record = await parseLetter(job('many.txt', new TextEncoder().encode(text)));
    expect(record.items).toHaveLength(MAX_ITEMS_PER_LETTER);
    expect(record.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_PER_LETTER + 1);
    expect(record.problems[0]).toMatchObject({
      severity: 'error',
      code: 'too-many-items',
      message: expect.stringContaining('10000 item headings'),
    });
    expect(
      record.problems.every((p) => !/^items\[(\d+)\]/.test(p.field ?? '') || Number(/\d+/.exec(p.field!)![0]) < MAX_ITEMS_PER_LETTER),
    ).toBe(true);
    expect(record.status).toBe('partial');
  });
});
