// Which dropped files are worth reading as letters. Decided by name (.pdf, .txt, .png, .jpg, .tif) or by the PDF magic
// number, so a folder full of spreadsheets and .DS_Store files does not fill the files panel.

export interface Candidate {
  /** Path-like display name ("folder/sub/letter.pdf", "archive.zip/letter.pdf"). */
  name: string;
  blob: Blob;
}

export interface Skipped {
  name: string;
  reason: string;
}

// Images are letters too (scans, read by OCR); what a file really is still comes from its bytes.
const LETTER_EXTENSION = /\.(pdf|txt|png|jpe?g|tiff?)$/i;
const ZIP_EXTENSION = /\.zip$/i;

export const isLetterName = (name: string) => LETTER_EXTENSION.test(name);
export const isZipName = (name: string) => ZIP_EXTENSION.test(name);

/** "%PDF-" in the first KiB, as document/load-letter.ts decides (kept here to stay off the pdf.js import graph). */
export function hasPdfMagic(head: Uint8Array): boolean {
  const limit = Math.min(head.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

export function isZipMagic(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Hidden files and OS clutter are never letters and not worth a "skipped" line. */
export function isClutter(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return base.startsWith('.') || name.includes('__MACOSX/') || base === 'Thumbs.db' || base === 'desktop.ini';
}
