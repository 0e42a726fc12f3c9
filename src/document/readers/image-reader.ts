// Image letters (PNG, JPEG, multi-page TIFF scans): every page read by OCR.
import { layoutLetterText } from '../layout-text.ts';
import { detectImageFormat } from '../letter-kinds.ts';
import { LetterLoadError, type LetterReader } from '../letter-reader.ts';
import { ocrImageLetter } from '../ocr-letter.ts';
import { limitMessages, errorWords } from '../../limits/limits.ts';

export const imageReader: LetterReader = {
  kind: 'image',
  accepts: (_name, firstBytes) => detectImageFormat(firstBytes) !== null,
  read: async (bytes, options) => {
    const format = detectImageFormat(bytes)!;
    const name = format.toUpperCase();
    if (!options.ocr) throw new LetterLoadError(`This ${name} image can only be read by OCR.`, 'image', 'no-text-layer');
    let read;
    try {
      read = await ocrImageLetter(bytes, format, options.ocr);
    } catch (error) {
      throw new LetterLoadError(`This ${name} image could not be read (${errorWords(error)}): it may be damaged.`, 'image', 'corrupt');
    }
    if (options.maxPages !== undefined && read.pages.length > options.maxPages)
      throw new LetterLoadError(limitMessages.tooManyPages('image', read.pages.length, options.maxPages), 'image', 'too-many-pages');
    const letter = layoutLetterText(read.pages);
    if (letter.text.replace(/\s/g, '').length === 0)
      throw new LetterLoadError('OCR found no words in this image: check that it is not a blank page.', 'image', 'no-text-layer');
    return { kind: 'image', pages: read.pages.length, ...letter, truncated: false, ocr: read.notes, imageFormat: format };
  },
};
