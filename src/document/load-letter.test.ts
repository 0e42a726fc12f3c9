import { describe, expect, it } from 'vitest';
import { LETTER_READERS, LetterLoadError, loadLetter, readerFor, type LetterReader } from './load-letter.ts';
import { createPdfReader } from './readers/pdf-reader.ts';
import { PdfReadError } from './pdf-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('letter readers', () => {
  it('choose a reader by the first bytes, never by the name', () => {
    const kind = (name: string, data: Uint8Array) => readerFor(name, data).kind;
    expect(kind('letter.txt', bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(kind('letter.pdf', bytes('Case Number: CM16-0246487'))).toBe('text');
    expect(kind('letter.pdf', PNG_HEAD)).toBe('image');
    // "%PDF-" may follow some junk, within the first KiB.
    expect(kind('x', bytes(' '.repeat(1000) + '%PDF-1.4'))).toBe('pdf');
    expect(kind('x', bytes(' '.repeat(1100) + '%PDF-1.4'))).toBe('text');
  });

  it('say what is wrong with an empty or binary file', async () => {
    await expect(loadLetter(new Uint8Array())).rejects.toMatchObject({ message: 'The file is empty.', reason: 'empty' });
    await expect(loadLetter(new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8, 0, 0]))).rejects.toMatchObject({
      message: 'This file is not a PDF, a text letter or a scanned image, so it cannot be read.',
      reason: 'binary',
    });
  });

  it('take a new file type as one more reader in the list', async () => {
    const rtf: LetterReader = {
      kind: 'text',
      accepts: (_name, head) => new TextDecoder().decode(head.subarray(0, 5)) === '{\\rtf',
      read: async (data) => {
        const text = new TextDecoder().decode(data).replace(/\{\\rtf1 |\}$/g, '');
        return { kind: 'text', pages: 1, text, pageStarts: [0], pieces: [], pageSizes: [], truncated: false };
      },
    };
    const letter = await loadLetter(bytes('{\\rtf1 Independent Medical Review}'), {}, { readers: [rtf, ...LETTER_READERS] });
    expect(letter.text).toBe('Independent Medical Review');
    // Without it, the same bytes are plain text.
    expect((await loadLetter(bytes('{\\rtf1 Independent Medical Review}'))).text).toBe('{\\rtf1 Independent Medical Review}');
  });

  it('read a PDF with whatever text engine the PDF reader is given', async () => {
    const pdf = bytes('%PDF-1.7\n(the engine reads it)\n%%EOF\n');
    const engine = createPdfReader(async () => ({
      pages: [{ width: 612, height: 792, runs: [{ str: 'Case Number: CM16-0000001', x: 72, y: 700, width: 160, fontSize: 10 }] }],
      engine: 'pdfjs',
    }));
    const letter = await loadLetter(pdf, {}, { readers: [engine] });
    expect(letter).toMatchObject({ kind: 'pdf', pages: 1, truncated: false, textEngine: 'pdfjs' });
    expect(letter.text).toContain('Case Number: CM16-0000001');
    // The engine's refusal of a password keeps its words and its reason.
    const locked = createPdfReader(async () => {
      throw new PdfReadError('This PDF is password-protected: it needs a password to open.', 'password');
    });
    const refused = loadLetter(pdf, {}, { readers: [locked] });
    await expect(refused).rejects.toBeInstanceOf(LetterLoadError);
    await expect(refused).rejects.toMatchObject({ reason: 'password', kind: 'pdf' });
  });
});
