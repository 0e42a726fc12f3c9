// A .zip archive's entries, read from its central directory one by one (fflate's unzipSync returns
// them keyed by name, so two entries of one name became one), and each inflated with a hard bound on
// what comes out, whatever the directory declares (a directory that under-states a size must not
// make us inflate gigabytes). Pure: bytes in, entries out; what is a letter is unzip-letters.ts's call.
import { Inflate } from 'fflate';

export interface ZipEntry {
  /** The name as stored (folders joined by "/"). */
  name: string;
  /** 1-based place in the central directory: what tells two entries of one name apart. */
  position: number;
  /** Flag bit 0: the entry's data is encrypted (the archive has a password). */
  encrypted: boolean;
  /** 0 stored, 8 deflated; any other method is one we cannot read. */
  method: number;
  compressedSize: number;
  /** As the directory declares it: may lie. */
  declaredSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

function findEndOfDirectory(data: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65_535); at--) if (u32(data, at) === EOCD) return at;
  throw new ZipFormatError('no central directory: not a zip archive, or cut short');
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Every entry of the central directory, in its order; `maxEntries` stops reading a directory of millions. */
export function readZipDirectory(data: Uint8Array, maxEntries: number): { entries: ZipEntry[]; more: boolean } {
  const end = findEndOfDirectory(data);
  let count = u16(data, end + 10);
  let offset = u32(data, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(data, end - 20) === ZIP64_LOCATOR) {
    const zip64End = u64(data, end - 12);
    count = u64(data, zip64End + 32);
    offset = u64(data, zip64End + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count && entries.length < maxEntries; i++) {
    if (at + 46 > data.length || u32(data, at) !== CENTRAL) throw new ZipFormatError('damaged central directory');
    const flags = u16(data, at + 8);
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const commentLength = u16(data, at + 32);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    let compressedSize = u32(data, at + 20);
    let declaredSize = u32(data, at + 24);
    let localOffset = u32(data, at + 42);
    // ZIP64: sizes and offset that do not fit 32 bits are in the extra field (id 1), in this order.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(data, e);
      const size = u16(data, e + 2);
      if (id === 1) {
        let f = e + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = u64(data, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(data, f);
          f += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(data, f);
      }
      e += 4 + size;
    }
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      position: i + 1,
      encrypted: (flags & 1) === 1,
      method: u16(data, at + 10),
      compressedSize,
      declaredSize,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, more: entries.length < count };
}

/** What came out of an entry: its bytes, or that it inflated past `maxBytes` (nothing kept). */
export type Inflated = { bytes: Uint8Array } | { overLimit: true };

const CHUNK = 16 * 1024; // a 16 KB deflate chunk inflates to at most ~16 MB: the overshoot past a bound

/** The entry's bytes, stopping as soon as more than `maxBytes` come out. Throws ZipFormatError for damage. */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, maxBytes: number): Inflated {
  const at = entry.localOffset;
  if (at + 30 > data.length || u32(data, at) !== LOCAL) throw new ZipFormatError('damaged entry header');
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (compressed.length < entry.compressedSize) throw new ZipFormatError('entry cut short');
  if (entry.method === 0) return compressed.length > maxBytes ? { overLimit: true } : { bytes: compressed.slice() };
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method} is not supported`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < compressed.length && total <= maxBytes; i += CHUNK) {
      const end = Math.min(i + CHUNK, compressed.length);
      inflater.push(compressed.subarray(i, end), end === compressed.length);
    }
  } catch (error) {
    throw new ZipFormatError(`damaged data (${(error as Error).message})`);
  }
  if (total > maxBytes) return { overLimit: true };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}
