// The one rule of what a file may be: the names a letter (or an archive of letters) goes by, and the
// signatures its first bytes carry. Pure and light (no pdf.js, no OCR), so the page's intake, the
// CLI's folder walk, the file picker and the document readers all decide by this same module. What a
// file IS comes from its bytes; its name only decides which files in a folder are worth opening.

export type LetterKind = 'pdf' | 'text' | 'image';
export type ImageFormat = 'png' | 'jpeg' | 'tiff';

/** File name endings, by what the file holds. */
const NAME_ENDINGS = {
  pdf: ['pdf'],
  text: ['txt'],
  image: ['png', 'jpg', 'jpeg', 'tif', 'tiff'],
  archive: ['zip'],
  /** The CLI's records (JSON Lines, JSON): opened as the letters they describe (readers/records-reader.ts decides by content). */
  records: ['jsonl', 'ndjson', 'json'],
} as const;

const endingTest = (endings: readonly string[]) => new RegExp(`\\.(${endings.join('|')})$`, 'i');
const LETTER_NAME = endingTest([...NAME_ENDINGS.pdf, ...NAME_ENDINGS.text]);
const IMAGE_NAME = endingTest(NAME_ENDINGS.image);
const ARCHIVE_NAME = endingTest(NAME_ENDINGS.archive);

/** A PDF or text letter by its name. */
export const isLetterName = (name: string) => LETTER_NAME.test(name);
/** A name an image letter (a scan, read by OCR) may have; it is one only if its bytes say so (detectImageFormat). */
export const isImageName = (name: string) => IMAGE_NAME.test(name);
export const isZipName = (name: string) => ARCHIVE_NAME.test(name);

/** The file picker's `accept`: every name ending above, with the usual media types. */
export const PICKER_ACCEPT = [
  ...Object.values(NAME_ENDINGS).flatMap((endings) => endings.map((e) => `.${e}`)),
  'application/pdf',
  'text/plain',
  'application/zip',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'application/json',
].join(',');

const IMAGE_MAGIC: [ImageFormat, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]], // little-endian "II*\0"
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]], // big-endian "MM\0*"
];

/** PNG, JPEG or TIFF by the signature its first bytes carry, else null. */
export function detectImageFormat(head: Uint8Array): ImageFormat | null {
  for (const [format, magic] of IMAGE_MAGIC) if (magic.every((b, k) => head[k] === b)) return format;
  return null;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** How far into a file "%PDF-" may start (the spec allows leading junk): the first KiB. */
export const PDF_MAGIC_WITHIN = 1024;

/** "%PDF-" in the first KiB. */
export function hasPdfMagic(head: Uint8Array): boolean {
  const limit = Math.min(head.length - PDF_MAGIC.length, PDF_MAGIC_WITHIN);
  for (let i = 0; i <= limit; i++) if (PDF_MAGIC.every((b, k) => head[i + k] === b)) return true;
  return false;
}

export function isZipMagic(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** An image (by its signature), PDF when "%PDF-" appears in the first KiB, else text (which may yet turn out binary). */
export function detectLetterKind(head: Uint8Array): LetterKind {
  if (detectImageFormat(head)) return 'image';
  return hasPdfMagic(head) ? 'pdf' : 'text';
}
