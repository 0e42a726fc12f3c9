// Positioned text as it sits on a page, independent of the PDF library that read it.
// Coordinates are PDF user space: origin bottom-left, y is the text baseline, units are points.

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** Only for words read by OCR: the engine's confidence in this word, 0-100. */
  confidence?: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
  /** Only asked of a PDF page with almost no text: whether it draws an image (then it may be a scan). */
  drawsImage?: boolean;
  /**
   * Text of the page's text layer that is not printed (PDFium only: pdf.js leaves off-page text out
   * by itself, unsaid, and is told neither render mode, colour nor clip).
   * Off-page and clipped text is left out of `runs`; invisible, covered and background-coloured text
   * is kept (an honest scan's OCR layer is invisible) and checked against the page image.
   */
  hidden?: HiddenText[];
  /** Share (0-1) of the page the largest image on it covers (PDFium only). */
  imageCover?: number;
  /** Only for a page read by OCR straightened: see PageSize.skew. */
  skew?: number;
}

/**
 * A page's size in points. `skew`: the page was scanned at a slant of this many degrees (clockwise)
 * and read straightened (document/ocr-deskew.ts): positions on it are on the straightened page, turned
 * back onto the page where they are drawn (highlight-rects.ts).
 */
export interface PageSize {
  width: number;
  height: number;
  skew?: number;
}

/**
 * Why text of a text layer is not printed: render mode 3 or 7 ('invisible'), drawn in the colour of
 * what lies under it ('background'), under an opaque image or fill drawn after it ('covered'),
 * outside the page's box ('off-page'), outside its clipping path ('clipped').
 */
export type HiddenReason = 'invisible' | 'background' | 'covered' | 'off-page' | 'clipped';

/** Text of one page hidden for one reason. */
export interface HiddenText {
  reason: HiddenReason;
  /** Characters (spaces left out). */
  chars: number;
  /** Its first words, for the message that names it. */
  sample: string;
}

/** Hidden text that is left out of the canonical text: it can be printed nowhere. */
export const DROPPED_REASONS: ReadonlySet<HiddenReason> = new Set(['off-page', 'clipped']);

/** Where a stretch of canonical text came from on the page. */
export interface TextPiece {
  /** [start, end) in the canonical text. */
  start: number;
  end: number;
  page: number; // 0-based
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** Only for words read by OCR: the engine's confidence in this word, 0-100. */
  confidence?: number;
}

/** The canonical text of a letter, with the map from its offsets back to the page. */
export interface LetterText {
  text: string;
  pageStarts: number[];
  /** Sorted by `start`; empty for a text letter. */
  pieces: TextPiece[];
  /** Page sizes in points, for drawing highlights (empty for a text letter). */
  pageSizes: PageSize[];
}
