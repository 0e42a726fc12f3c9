// The size an image letter declares, read from its header before anything is decoded: a 69-byte PNG
// can declare 60000 x 60000 pixels, and decoding it would take gigabytes. For a TIFF, its pages (the
// chain of image directories, walked here with a bound and a guard against a chain that loops, which
// would otherwise be followed for ever). Pure: bytes in, sizes out.
import type { ImageFormat } from './letter-kinds.ts';

export interface DeclaredSize {
  width: number;
  height: number;
}

/** What an image's header declares: one size per page, or why it cannot be told. */
export type DeclaredImage = { pages: DeclaredSize[]; morePages: boolean } | { damaged: string };

function pngSize(b: Uint8Array): DeclaredImage {
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), big-endian.
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return { damaged: 'no PNG header' };
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { pages: [{ width: view.getUint32(16), height: view.getUint32(20) }], morePages: false };
}

/** Start-of-frame markers (SOF0-SOF15 but DHT, JPG and DAC) carry the frame's height and width. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(b: Uint8Array): DeclaredImage {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { damaged: 'damaged JPEG markers' };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // padding
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (isStartOfFrame(marker)) {
      if (at + 9 > b.length) break;
      return { pages: [{ height: (b[at + 5]! << 8) | b[at + 6]!, width: (b[at + 7]! << 8) | b[at + 8]! }], morePages: false };
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) break; // end of image, or data before any frame
    at += 2 + length;
  }
  return { damaged: 'no JPEG frame header' };
}

function tiffPages(b: Uint8Array, maxPages: number): DeclaredImage {
  if (b.length < 8) return { damaged: 'no TIFF header' };
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = b[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, le);
  const u32 = (at: number) => view.getUint32(at, le);
  const pages: DeclaredSize[] = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd !== 0) {
    if (seen.has(ifd)) return { damaged: 'its pages loop back on themselves' };
    if (pages.length >= maxPages) return { pages, morePages: true };
    seen.add(ifd);
    if (ifd + 2 > b.length) return { damaged: 'a page directory lies past the end of the file' };
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > b.length) return { damaged: 'a page directory is cut short' };
    const size = { width: 0, height: 0 };
    for (let e = 0; e < count; e++) {
      const entry = ifd + 2 + e * 12;
      const tag = u16(entry);
      if (tag !== 256 && tag !== 257) continue;
      const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8); // SHORT or LONG
      if (tag === 256) size.width = value;
      else size.height = value;
    }
    // A directory without both sizes is no page (a thumbnail's or EXIF's, say): utif2 skips it too.
    if (size.width > 0 && size.height > 0) pages.push(size);
    ifd = u32(ifd + 2 + count * 12);
  }
  return { pages, morePages: false };
}

/** The pages' sizes an image declares (`maxPages` at most: morePages says there were more). */
export function declaredImage(bytes: Uint8Array, format: ImageFormat, maxPages: number): DeclaredImage {
  if (format === 'png') return pngSize(bytes);
  if (format === 'jpeg') return jpegSize(bytes);
  return tiffPages(bytes, maxPages);
}
