// Text letters (poppler's output, a copy from a PDF viewer, a letter saved as text): decoded, one page.
import { decodeLetterText, looksBinary } from '../decode-text.ts';
import { isZipMagic } from '../letter-kinds.ts';
import { limitMessages } from '../../limits/limits.ts';
import { LetterLoadError, type LetterReader } from '../letter-reader.ts';

export const textReader: LetterReader = {
  kind: 'text',
  // The last reader asked: whatever is no PDF or image is taken as text, and refused if it is binary.
  accepts: () => true,
  read: async (bytes) => {
    // A zip named like a letter: its letters are in it, opened only as an archive.
    if (isZipMagic(bytes)) throw new LetterLoadError(limitMessages.zipNamedAsLetter, 'unknown', 'binary');
    const { text } = decodeLetterText(bytes);
    if (looksBinary(text))
      throw new LetterLoadError('This file is not a PDF, a text letter or a scanned image, so it cannot be read.', 'unknown', 'binary');
    return { kind: 'text', pages: 1, text, pageStarts: [0], pieces: [], pageSizes: [], truncated: false };
  },
};
