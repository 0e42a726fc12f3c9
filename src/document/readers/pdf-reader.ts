// PDF letters: the text engine's positioned runs put in reading order, scanned pages read by OCR.
// The text engine is a parameter (by default pdf-text-engine.ts: PDFium, pdf.js as its fallback):
// another engine that gives PageRuns, and throws PdfReadError for a password or too many pages,
// reads the same letters.
import { hasPdfMagic } from '../letter-kinds.ts';
import { layoutLetterText } from '../layout-text.ts';
import { LetterLoadError, type LetterReader } from '../letter-reader.ts';
import { ocrPdfPages, pagesWithoutText, type OcrPageNote } from '../ocr-letter.ts';
import type { PageRuns } from '../page-runs.ts';
import type { PdfReadOptions } from '../pdf-read.ts';
import { readPdfPages, type TextEngine } from '../pdf-text-engine.ts';
import { checkTextLayer, hiddenTextOf, pagesToCheck, type TextLayerReport } from '../text-layer-check.ts';
import { errorWords, limitMessages, MAX_OCR_PAGES, MAX_TEXT_LAYER_CHECK_PAGES } from '../../limits/limits.ts';

/** PDF bytes to positioned text runs per page, and which engine read them. */
export type PdfTextEngine = (bytes: Uint8Array, options: PdfReadOptions) => Promise<{ pages: PageRuns[]; engine: TextEngine }>;

const CUT_SHORT = 'This PDF is cut short (no end-of-file marker)';

export function createPdfReader(readRuns: PdfTextEngine = readPdfPages): LetterReader {
  return {
    kind: 'pdf',
    accepts: (_name, firstBytes) => hasPdfMagic(firstBytes),
    read: async (bytes, options) => {
      let pages, textEngine;
      try {
        ({ pages, engine: textEngine } = await readRuns(bytes, options));
      } catch (error) {
        const reason = (error as { reason?: string }).reason;
        if (reason === 'password' || reason === 'too-many-pages') throw new LetterLoadError((error as Error).message, 'pdf', reason);
        // A PDF cut short says so alone: the reader's own complaint would only repeat that it is unreadable.
        const message = hasEndOfFileMarker(bytes)
          ? (error as Error).message
          : `${CUT_SHORT} and could not be read. Get a complete copy of the file.`;
        throw new LetterLoadError(message, 'pdf', 'corrupt');
      }
      const truncated = !hasEndOfFileMarker(bytes);
      let ocr: OcrPageNote[] | undefined;
      const scanned = options.ocr && !truncated ? pagesWithoutText(pages) : [];
      if (scanned.length > MAX_OCR_PAGES)
        throw new LetterLoadError(limitMessages.tooManyOcrPages('PDF', scanned.length), 'pdf', 'too-many-pages');
      // The pages read to check the text layer count in the letter's first word of how many OCR reads (its time limit).
      const checking = options.ocr && options.checkTextLayer && !truncated ? pagesToRead(pages, scanned) : 0;
      const onProgress = options.ocr?.onProgress;
      if (scanned.length > 0 && options.ocr) {
        try {
          ocr = await ocrPdfPages(bytes, pages, scanned, {
            ...options.ocr,
            password: options.password,
            onProgress: onProgress && ((p) => onProgress({ page: p.page, pages: p.pages + checking })),
          });
          if (ocr.length === 0) ocr = undefined; // only short pages of real text, kept as they were
        } catch (error) {
          throw new LetterLoadError(`This PDF is a scan and OCR could not read it (${errorWords(error)}).`, 'pdf', 'ocr-failed');
        }
      }
      // Checked only once the scanned pages are read: their OCR words replace a text layer that was too short to be real.
      let textLayer: TextLayerReport | undefined;
      if (options.checkTextLayer && !truncated)
        textLayer = await checkTextLayer(bytes, pages, {
          ocr: options.ocr && {
            ...options.ocr,
            onProgress: onProgress && ((p) => onProgress({ page: scanned.length + p.page, pages: scanned.length + p.pages })),
          },
          password: options.password,
        });
      else if (hiddenTextOf(pages).length) textLayer = { hidden: hiddenTextOf(pages), checked: [], unchecked: [] };
      if (textLayer && textLayer.hidden.length === 0) textLayer = undefined;
      const letter = layoutLetterText(pages);
      if (letter.text.replace(/\s/g, '').length === 0) {
        if (truncated)
          throw new LetterLoadError(
            `${CUT_SHORT} and no text could be recovered from it. Get a complete copy of the file.`,
            'pdf',
            'corrupt',
          );
        if (ocr)
          throw new LetterLoadError(
            'This PDF is a scan and OCR found no words on any page: check that its pages are not blank.',
            'pdf',
            'no-text-layer',
          );
        throw new LetterLoadError(
          'This PDF has no text, so it looks like a scan: run it through OCR, then add it again.',
          'pdf',
          'no-text-layer',
        );
      }
      return {
        kind: 'pdf',
        pages: pages.length,
        ...letter,
        truncated,
        textEngine,
        ...(ocr ? { ocr } : {}),
        ...(textLayer ? { textLayer } : {}),
      };
    },
  };
}

/** How many pages checkTextLayer will read by OCR: those to check that are not scans read already, within the limit. */
const pagesToRead = (pages: readonly PageRuns[], scanned: readonly number[]) =>
  Math.min(MAX_TEXT_LAYER_CHECK_PAGES, pagesToCheck(pages).filter((p) => !scanned.includes(p)).length);

/** Reads PDFs with PDFium, or pdf.js where PDFium cannot (pdf-text-engine.ts). */
export const pdfReader = createPdfReader();

const END_MARK = [0x25, 0x25, 0x45, 0x4f, 0x46]; // "%%EOF"
const latin1 = new TextDecoder('latin1');

/**
 * Whether the PDF ends: its last "%%EOF" has no PDF object after it. Bytes after the marker (padding,
 * a mail program's footer) are accepted; a file cut short after an earlier marker (a linearized PDF
 * has one near its start, an updated one after each revision) still has objects past it.
 */
export function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  let at = bytes.length - END_MARK.length;
  for (; at >= 0; at--) if (END_MARK.every((b, k) => bytes[at + k] === b)) break;
  if (at < 0) return false;
  return !/\bendobj\b|\bstartxref\b/.test(latin1.decode(bytes.subarray(at + END_MARK.length)));
}
