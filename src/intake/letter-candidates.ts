// Which dropped files are worth reading as letters. Decided by name (.pdf/.txt), by the PDF magic
// number, or for images (scans, read by OCR) by their PNG, JPEG or TIFF signature, so a folder full
// of spreadsheets and .DS_Store files does not fill the files panel.

export interface Candidate {
  /** Path-like display name ("folder/sub/letter.pdf", "archive.zip/letter.pdf"). */
  name: string;
  blob: Blob;
}

export interface Skipped {
  name: string;
  reason: string;
}

const LETTER_EXTENSION = /\.(pdf|txt)$/i;
const IMAGE_EXTENSION = /\.(png|jpe?g|tiff?)$/i;
const ZIP_EXTENSION = /\.zip$/i;

export const isLetterName = (name: string) => LETTER_EXTENSION.test(name);
export const isZipName = (name: string) => ZIP_EXTENSION.test(name);
/** A name an image letter (a scan, read by OCR) may have; it is one only if its bytes say so (hasImageMagic). */
export const isImageName = (name: string) => IMAGE_EXTENSION.test(name);

/** PNG, JPEG or TIFF by their signatures, as document/load-letter.ts decides (kept here off the OCR import graph). */
export function hasImageMagic(head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  return starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a);
}

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
