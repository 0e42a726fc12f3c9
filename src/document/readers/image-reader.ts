// Image letters (PNG, JPEG, multi-page TIFF scans): every page read by OCR.
import { layoutLetterText } from '../layout-text.ts';
import { detectImageFormat } from '../letter-kinds.ts';
import { LetterLoadError, type LetterReader } from '../letter-reader.ts';
import { ocrImageLetter } from '../ocr-letter.ts';
import { limitMessages, errorWords, MAX_IMAGE_PIXELS, MAX_OCR_PAGES, MAX_PDF_PAGES } from '../../limits/limits.ts';
import { declaredImage } from '../image-size.ts';
import type { ImageFormat } from '../letter-kinds.ts';

/**
 * Pages and pixels as the header declares them, checked before anything is decoded: a few bytes can
 * declare an image that would take gigabytes, or a TIFF whose pages never end.
 */
function checkDeclaredSize(bytes: Uint8Array, format: ImageFormat, maxPages: number): void {
  const name = format.toUpperCase();
  // Counted a little past the limit, so the message can say how many (or "over N").
  const declared = declaredImage(bytes, format, maxPages * 10);
  if ('damaged' in declared)
    throw new LetterLoadError(`This ${name} image could not be read (${declared.damaged}): it may be damaged.`, 'image', 'corrupt');
  const { pages, morePages } = declared;
  if (pages.length === 0)
    throw new LetterLoadError(`This ${name} image could not be read (it holds no page): it may be damaged.`, 'image', 'corrupt');
  if (morePages || pages.length > maxPages) {
    const count = morePages ? `over ${pages.length}` : pages.length;
    throw new LetterLoadError(limitMessages.tooManyPages('image', count, maxPages), 'image', 'too-many-pages');
  }
  if (pages.length > MAX_OCR_PAGES)
    throw new LetterLoadError(limitMessages.tooManyOcrPages('image', pages.length), 'image', 'too-many-pages');
  const big = pages.find((p) => p.width * p.height > MAX_IMAGE_PIXELS);
  if (big) throw new LetterLoadError(limitMessages.tooManyPixels('image', big.width, big.height), 'image', 'too-many-pixels');
}

export const imageReader: LetterReader = {
  kind: 'image',
  accepts: (_name, firstBytes) => detectImageFormat(firstBytes) !== null,
  read: async (bytes, options) => {
    const format = detectImageFormat(bytes)!;
    const name = format.toUpperCase();
    checkDeclaredSize(bytes, format, options.maxPages ?? MAX_PDF_PAGES);
    if (!options.ocr) throw new LetterLoadError(`This ${name} image can only be read by OCR.`, 'image', 'no-text-layer');
    let read;
    try {
      read = await ocrImageLetter(bytes, format, options.ocr);
    } catch (error) {
      throw new LetterLoadError(`This ${name} image could not be read (${errorWords(error)}): it may be damaged.`, 'image', 'corrupt');
    }
    const letter = layoutLetterText(read.pages);
    if (letter.text.replace(/\s/g, '').length === 0)
      throw new LetterLoadError('OCR found no words in this image: check that it is not a blank page.', 'image', 'no-text-layer');
    return { kind: 'image', pages: read.pages.length, ...letter, truncated: false, ocr: read.notes, imageFormat: format };
  },
};
