// Bytes in, canonical letter text out. What a file is comes from its first bytes, never its name.
import { decodeLetterText, looksBinary } from './decode-text.ts';
import { layoutLetterText } from './layout-text.ts';
import type { LetterText } from './page-runs.ts';
import { ocrImageLetter, ocrPdfPages, pagesWithoutText } from './ocr-letter.ts';
import type { PdfReadOptions } from './pdf-read.ts';
import { readPdfPages, type TextEngine } from './pdf-text-engine.ts';
import type { OcrOptions, OcrPageNote } from './ocr-letter.ts';

export type LetterKind = 'pdf' | 'text' | 'image';
export type ImageFormat = 'png' | 'jpeg' | 'tiff';

export interface LoadedLetter extends LetterText {
  kind: LetterKind;
  pages: number;
  /** A PDF without its end-of-file marker was cut short; pdf.js recovers what it can, but say so. */
  truncated: boolean;
  /** Pages read by OCR (scanned PDF pages, image letters), with what OCR said about each. */
  ocr?: OcrPageNote[];
  /** For an image letter, what kind of image. */
  imageFormat?: ImageFormat;
  /** For a PDF, which engine read its text layer (pdf-text-engine.ts). */
  textEngine?: TextEngine;
}

export interface LoadOptions extends PdfReadOptions {
  /** Without it, a scan is refused ("no text layer"); with it, scanned pages and images are read by OCR. */
  ocr?: OcrOptions;
}

export class LetterLoadError extends Error {
  constructor(
    message: string,
    readonly kind: LetterKind | 'unknown',
    readonly reason: 'empty' | 'binary' | 'password' | 'corrupt' | 'too-many-pages' | 'no-text-layer' | 'ocr-failed',
  ) {
    super(message);
  }
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const IMAGE_MAGIC: [ImageFormat, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]], // little-endian "II*\0"
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]], // big-endian "MM\0*"
];

/** PNG, JPEG or TIFF by the signature its first bytes carry, else null. */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  for (const [format, magic] of IMAGE_MAGIC) if (magic.every((b, k) => bytes[k] === b)) return format;
  return null;
}

/** An image (by its signature), PDF when "%PDF-" appears in the first KiB (the spec allows leading junk), else text. */
export function detectLetterKind(bytes: Uint8Array): LetterKind {
  if (detectImageFormat(bytes)) return 'image';
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) {
    if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return 'pdf';
  }
  return 'text';
}

export async function loadLetter(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedLetter> {
  if (bytes.length === 0) throw new LetterLoadError('The file is empty.', 'unknown', 'empty');
  const kind = detectLetterKind(bytes);
  if (kind === 'image') return loadImageLetter(bytes, detectImageFormat(bytes)!, options);
  if (kind === 'text') {
    const { text } = decodeLetterText(bytes);
    if (looksBinary(text)) throw new LetterLoadError('Not a PDF or a text file (binary content).', 'unknown', 'binary');
    return { kind, pages: 1, text, pageStarts: [0], pieces: [], pageSizes: [], truncated: false };
  }
  let pages, textEngine;
  try {
    ({ pages, engine: textEngine } = await readPdfPages(bytes, options));
  } catch (error) {
    const reason = (error as { reason?: string }).reason;
    if (reason === 'password' || reason === 'too-many-pages') throw new LetterLoadError((error as Error).message, 'pdf', reason);
    // A PDF cut short says so alone: the reader's own complaint would only repeat that it is unreadable.
    const message = hasEndOfFileMarker(bytes)
      ? (error as Error).message
      : 'This PDF is cut short (no end-of-file marker) and could not be read. Get a complete copy of the file.';
    throw new LetterLoadError(message, 'pdf', 'corrupt');
  }
  const truncated = !hasEndOfFileMarker(bytes);
  let ocr: OcrPageNote[] | undefined;
  const scanned = options.ocr && !truncated ? pagesWithoutText(pages) : [];
  if (scanned.length > 0 && options.ocr) {
    try {
      ocr = await ocrPdfPages(bytes, pages, scanned, { ...options.ocr, password: options.password });
      if (ocr.length === 0) ocr = undefined; // only short pages of real text, kept as they were
    } catch (error) {
      throw new LetterLoadError(`This PDF is a scan and OCR failed on it: ${(error as Error).message}`, 'pdf', 'ocr-failed');
    }
  }
  const letter = layoutLetterText(pages);
  if (letter.text.replace(/\s/g, '').length === 0) {
    if (truncated)
      throw new LetterLoadError(
        'This PDF is cut short (no end-of-file marker) and no text could be recovered from it. Get a complete copy of the file.',
        'pdf',
        'corrupt',
      );
    if (ocr) throw new LetterLoadError('This PDF is a scan and OCR found no words on any page (blank pages?).', 'pdf', 'no-text-layer');
    throw new LetterLoadError('This PDF has no text layer - scanned letter? Run it through OCR first.', 'pdf', 'no-text-layer');
  }
  return { kind, pages: pages.length, ...letter, truncated, textEngine, ...(ocr ? { ocr } : {}) };
}

async function loadImageLetter(bytes: Uint8Array, format: ImageFormat, options: LoadOptions): Promise<LoadedLetter> {
  if (!options.ocr) throw new LetterLoadError(`This ${format.toUpperCase()} image can only be read by OCR.`, 'image', 'no-text-layer');
  let read;
  try {
    read = await ocrImageLetter(bytes, format, options.ocr);
  } catch (error) {
    throw new LetterLoadError(`This ${format.toUpperCase()} image could not be read: ${(error as Error).message}`, 'image', 'corrupt');
  }
  if (options.maxPages !== undefined && read.pages.length > options.maxPages)
    throw new LetterLoadError(
      `This image has ${read.pages.length} pages; letters over ${options.maxPages} pages are not read.`,
      'image',
      'too-many-pages',
    );
  const letter = layoutLetterText(read.pages);
  if (letter.text.replace(/\s/g, '').length === 0)
    throw new LetterLoadError('OCR found no words in this image (a blank page?).', 'image', 'no-text-layer');
  return { kind: 'image', pages: read.pages.length, ...letter, truncated: false, ocr: read.notes, imageFormat: format };
}

/** "%%EOF" at the very end (a little trailing whitespace or junk allowed), where every complete PDF ends. */
function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 64)));
  return tail.includes('%%EOF');
}
