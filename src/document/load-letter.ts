// Bytes in, canonical letter text out. What a file is comes from its first bytes, never its name.
import { decodeLetterText, looksBinary } from './decode-text.ts';
import { layoutLetterText } from './layout-text.ts';
import type { LetterText } from './page-runs.ts';
import { readPdfRuns, type PdfReadOptions } from './pdf-text.ts';

export type LetterKind = 'pdf' | 'text';

export interface LoadedLetter extends LetterText {
  kind: LetterKind;
  pages: number;
  /** A PDF without its end-of-file marker was cut short; pdf.js recovers what it can, but say so. */
  truncated: boolean;
}

export class LetterLoadError extends Error {
  constructor(
    message: string,
    readonly kind: LetterKind | 'unknown',
    readonly reason: 'empty' | 'binary' | 'password' | 'corrupt' | 'too-many-pages' | 'no-text-layer',
  ) {
    super(message);
  }
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** PDF when "%PDF-" appears in the first KiB (the spec allows leading junk), else text. */
export function detectLetterKind(bytes: Uint8Array): LetterKind {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) {
    if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return 'pdf';
  }
  return 'text';
}

export async function loadLetter(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<LoadedLetter> {
  if (bytes.length === 0) throw new LetterLoadError('The file is empty.', 'unknown', 'empty');
  const kind = detectLetterKind(bytes);
  if (kind === 'text') {
    const { text } = decodeLetterText(bytes);
    if (looksBinary(text)) throw new LetterLoadError('Not a PDF or a text file (binary content).', 'unknown', 'binary');
    return { kind, pages: 1, text, pageStarts: [0], pieces: [], pageSizes: [], truncated: false };
  }
  let pages;
  try {
    pages = await readPdfRuns(bytes, options);
  } catch (error) {
    const reason = (error as { reason?: string }).reason;
    if (reason === 'password' || reason === 'too-many-pages') throw new LetterLoadError((error as Error).message, 'pdf', reason);
    // A PDF cut short says so alone: the reader's own complaint would only repeat that it is unreadable.
    const message = hasEndOfFileMarker(bytes)
      ? (error as Error).message
      : 'This PDF is cut short (no end-of-file marker) and could not be read. Get a complete copy of the file.';
    throw new LetterLoadError(message, 'pdf', 'corrupt');
  }
  const letter = layoutLetterText(pages);
  const truncated = !hasEndOfFileMarker(bytes);
  if (letter.text.replace(/\s/g, '').length === 0) {
    if (truncated)
      throw new LetterLoadError(
        'This PDF is cut short (no end-of-file marker) and no text could be recovered from it. Get a complete copy of the file.',
        'pdf',
        'corrupt',
      );
    throw new LetterLoadError('This PDF has no text layer - scanned letter? Run it through OCR first.', 'pdf', 'no-text-layer');
  }
  return { kind, pages: pages.length, ...letter, truncated };
}

/** "%%EOF" at the very end (a little trailing whitespace or junk allowed), where every complete PDF ends. */
function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 64)));
  return tail.includes('%%EOF');
}
