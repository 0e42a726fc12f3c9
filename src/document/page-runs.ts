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
