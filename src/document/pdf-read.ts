// What every PDF text engine (pdf-text.ts with pdf.js, pdfium-text.ts with PDFium) shares: the
// options, the one error type with its messages, and what counts as a page with almost no text.
// Kept apart from both engines so that importing it loads neither.
import type { TextRun } from './page-runs.ts';
import { limitMessages } from '../limits/limits.ts';

export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'password' | 'corrupt' | 'too-many-pages',
  ) {
    super(message);
  }
}

export interface PdfReadOptions {
  /** Password to try when the PDF is protected by a real (non-empty) user password. */
  password?: string;
  /** Refuse documents with more pages than this (pages are still counted first). */
  maxPages?: number;
}

export const NEEDS_PASSWORD = 'This PDF is password-protected: it needs a password to open.';
export const WRONG_PASSWORD = 'This PDF is password-protected and the password given is wrong.';

export const tooManyPages = (pages: number, maxPages: number) =>
  new PdfReadError(limitMessages.tooManyPages('PDF', pages, maxPages), 'too-many-pages');

/** A page with fewer letters and digits than this in its text layer may be an image of text (a scan). */
export const SHORT_PAGE_CHARS = 40;

export const alphanumerics = (runs: readonly TextRun[]) => runs.reduce((n, run) => n + run.str.replace(/[^A-Za-z0-9]/g, '').length, 0);
