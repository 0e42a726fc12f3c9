// How pdf.js is always opened, for reading text (parse workers, CLI) and for drawing pages (source
// view). Kept apart from pdf-text.ts so the page can import it without pdf.js's in-thread worker.
import { MAX_IMAGE_PIXELS } from '../limits/limits.ts';

/** pdf.js releases before this one run font code through eval (CVE-2024-4367). */
export const PDFJS_FIRST_SAFE_VERSION = '4.2.67';

/**
 * No eval (CVE-2024-4367 hardening); no font faces (glyphs are drawn as paths, fonts a letter does not
 * embed fall back to the browser's serif), so nothing is loaded as a font and no standard-font or
 * CMap file is ever fetched; no XFA forms; recover from errors rather than stop; quiet; an image
 * declaring more pixels than MAX_IMAGE_PIXELS is left undrawn rather than decoded (a few bytes of
 * PDF can declare an image of gigabytes).
 */
export const PDFJS_SAFE_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  stopAtErrors: false,
  verbosity: 0,
  maxImageSize: MAX_IMAGE_PIXELS,
} as const;
