// Every limit and time-out of reading letters, and the words the user reads when one is hit: one
// place, shared by the app (intake, the parse workers, the pool) and the CLI. Pure: no imports, so
// the page, the workers, the document readers and Node all load it.

/** Letters larger than this are refused before they are read (the message names the limit). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Letters are a few pages; a PDF (or multi-page image) with more pages than this is not read. */
export const MAX_PDF_PAGES = 200;

/** A scan is read by OCR page by page (each up to OCR_PAGE_TIMEOUT_MS): one with more pages to read than this is refused before any is read. */
export const MAX_OCR_PAGES = 50;
/**
 * A PDF page whose text is not printed over an image covering most of it is read by OCR as well, to
 * check the text layer against what is printed (document/text-layer-check.ts): at most this many pages
 * of a letter (letters run to a few pages; a longer one has the rest named as not checked).
 */
export const MAX_TEXT_LAYER_CHECK_PAGES = 12;
/**
 * An image (a scan, or a PDF page drawn for OCR) over this many pixels is refused before it is
 * decoded or drawn: 40 megapixels is a letter page at 600 dpi with room to spare, 160 MB as RGBA.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * A letter decides a few items, a few dozen at most. Past this many item headings the rest are not
 * read: what the app derives for each row grows with items × problems, and a hostile text of 10,000
 * one-line "items" took a tab down.
 */
export const MAX_ITEMS_PER_LETTER = 200;
/** At most this many problems are kept on a letter (one more says how many were left out). */
export const MAX_PROBLEMS_PER_LETTER = 500;

/**
 * The JavaScript heap a CLI parse process may grow to: a letter that would take more ends its process
 * (its file fails, "stopped unexpectedly"), never the machine. Letters take tens of MB.
 */
export const MAX_PARSE_HEAP_MB = 2048;

/**
 * A file under which a reader (its worker, or the page itself) stopped this many times is never read
 * again by itself: not by Resume, not after a reload, not after an update.
 */
export const MAX_READER_STOPS = 2;

/** A letter is a few pages; one that takes longer than this is stuck (or a hostile file): its worker is replaced. */
export const PARSE_TIMEOUT_MS = 60_000;
/**
 * Time a scan gets for each page OCR reads: once a letter says how many pages OCR will read, its one
 * time limit becomes PARSE_TIMEOUT_MS + pages × this, counted from when it started, never restarted.
 */
export const OCR_PAGE_TIMEOUT_MS = 180_000;

/** A .zip archive is read whole into memory to be opened (in the app): beyond this, the folder is the better way in. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
/** At most this many letters are taken out of one archive... */
export const MAX_ARCHIVE_ENTRIES = 5000;
/** ...and at most this many bytes in all, whatever the entries declare (a "zip bomb" inflates to GBs). */
export const MAX_ARCHIVE_TOTAL_BYTES = 1024 * 1024 * 1024;

/** "3.2 MB", "51 MB": one decimal below 10 MB. */
export const formatMegabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Words to go in brackets after what happened: a reason or an error's own message, its final full stop dropped. */
export function errorWords(reason: unknown): string {
  const message = (reason as { message?: unknown } | null)?.message;
  return (typeof message === 'string' ? message : String(reason)).replace(/\.$/, '');
}

/** What the user reads when a limit, a time-out or a failure of the parse machinery stops a file. */
export const limitMessages = {
  tooBig: (bytes: number) => `The file is ${formatMegabytes(bytes)}; letters over ${formatMegabytes(MAX_FILE_BYTES)} are not read.`,
  /** `what`: "PDF" or "image". */
  tooManyPages: (what: string, pages: number | string, max: number) =>
    `This ${what} has ${pages} pages; letters over ${max} pages are not read.`,
  tooManyPixels: (what: string, width: number, height: number) =>
    `This ${what} is ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); images over ${MAX_IMAGE_PIXELS / 1e6} megapixels are not read.`,
  pageTooManyPixels: (page: number, width: number, height: number) =>
    `page ${page}, drawn for OCR, would be ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels; pages over ${MAX_IMAGE_PIXELS / 1e6} are not drawn)`,
  itemsCut: (items: number) =>
    `This letter has ${items} item headings; only the first ${MAX_ITEMS_PER_LETTER} were read (a letter decides a few): check that it is one letter.`,
  problemsCut: (left: number) => `${left} more problems were found and are not listed.`,
  tooManyOcrPages: (what: string, pages: number) =>
    `This ${what} has ${pages} scanned pages to read by OCR; scans over ${MAX_OCR_PAGES} pages are not read.`,
  entryTooBig: (maxBytes: number) => `larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
  archiveTooBig: () => `archive larger than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB (unzip it and drop the folder)`,
  archiveCut: (maxEntries: number, maxTotalBytes: number) =>
    `only the first ${maxEntries} letters / ${Math.round(maxTotalBytes / 1024 / 1024)} MB were opened (archive limit)`,
  timedOut: (ms: number) =>
    `Reading this file took over ${Math.round(ms / 1000)} s, so it was stopped: it may be damaged or unusually long.`,
  ocrTimedOut: (ms: number, page: number, pages: number) =>
    `Reading this scan took over ${Math.round(ms / 1000)} s, the time allowed for ${pages} pages, and was stopped at page ${page} of ${pages}: the scan may be too large or unclear.`,
  /** Why a Web Worker that ended on its own is known to have died (it says nothing as it goes). */
  workerEnded: 'its worker ended without a word, as one does when it runs out of memory',
  /** Why a file that was being read when the page itself died is blamed (found on the next start). */
  pageEnded: 'the page itself stopped while it was being read',
  /** A reader (a Web Worker, a CLI parse process, the page) died under a file: the file fails at once. */
  stoppedUnexpectedly: (reason: string) =>
    `The reader stopped unexpectedly on this file (${errorWords(reason)}): it may be damaged or too large to read.`,
  /** Said after stoppedUnexpectedly in the app, where the file can be tried once more. */
  tryAgainOnce: 'Try again reads it once more.',
  /** A file that stopped a reader a second time (MAX_READER_STOPS): never read again by itself. */
  stoppedTwice: (reason: string) =>
    `The reader stopped unexpectedly twice on this file (${errorWords(reason)}): it may be damaged or too large to read, so it is not read again. Remove it.`,
  parserFailed: (reason: string) => `This file could not be read (${errorWords(reason)}): it may be damaged.`,
  unreadable: (reason: unknown) => `The file could not be opened (${errorWords(reason)}): remove it and add it again.`,
  storedCopyMissing: 'its stored copy is gone from this browser',
  notALetter: 'not a PDF or text letter',
  archiveInArchive: 'archive inside an archive (unzip it first)',
  inflatesPastLimit: 'inflates past the archive limit',
  notAZip: (reason: unknown) => `not a readable zip archive (${errorWords(reason)})`,
  zipNamedAsLetter: 'This file is a .zip archive, not a letter: give it a name ending in .zip and add it again to read the letters in it.',
  zipEmpty: 'the archive is empty: it holds no files',
  zipEncrypted: 'encrypted: the archive has a password, which imr-lens does not take (unzip it with its password, then add the folder)',
  zipEntryDamaged: (reason: unknown) => `could not be taken out of the archive (${errorWords(reason)})`,
  cancelledBeforeRead: 'Cancelled before it was read: Resume reads it.',
  cancelledWhileRead: 'Cancelled while it was read: Resume reads it again.',
  cancelledDuringOcr: 'Cancelled while OCR read it: Resume reads it again.',
  closedBeforeRead: 'The page closed before this file was read: Resume reads it.',
} as const;
