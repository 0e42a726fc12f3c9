// What reading a letter's bytes gives, and the interface every file type's reader implements. A new
// file type is one module in readers/ listed in load-letter.ts's LETTER_READERS.
import type { LetterText } from './page-runs.ts';
import type { ImageFormat, LetterKind } from './letter-kinds.ts';
import type { PdfReadOptions } from './pdf-read.ts';
import type { TextEngine } from './pdf-text-engine.ts';
import type { OcrOptions, OcrPageNote } from './ocr-letter.ts';
import type { TextLayerReport } from './text-layer-check.ts';

export type { ImageFormat, LetterKind } from './letter-kinds.ts';

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
  /** For a PDF with text that is not printed: what, where, and the check of it against the page (text-layer-check.ts). */
  textLayer?: TextLayerReport;
}

export interface LoadOptions extends PdfReadOptions {
  /** Without it, a scan is refused ("no text layer"); with it, scanned pages and images are read by OCR. */
  ocr?: OcrOptions;
  /**
   * Read by OCR as well the pages whose text is not printed over an image, to check the text layer
   * (text-layer-check.ts). Parsing asks for it; drawing a letter's layout again for the source view does not.
   */
  checkTextLayer?: boolean;
}

export class LetterLoadError extends Error {
  constructor(
    message: string,
    readonly kind: LetterKind | 'unknown',
    readonly reason: 'empty' | 'binary' | 'password' | 'corrupt' | 'too-many-pages' | 'too-many-pixels' | 'no-text-layer' | 'ocr-failed',
  ) {
    super(message);
  }
}

/** One file type: whether a file is of it (by its first bytes; the name is there for types only a name tells), and how to read it. */
export interface LetterReader {
  kind: LetterKind;
  /** `firstBytes`: at least the first 1,029 bytes of the file (fewer when the file is shorter). */
  accepts(name: string, firstBytes: Uint8Array): boolean;
  /** The canonical text of the letter; a file it cannot read throws a LetterLoadError saying why. */
  read(bytes: Uint8Array, options: LoadOptions): Promise<LoadedLetter>;
}
