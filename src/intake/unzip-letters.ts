// Letters out of a .zip archive (the app's intake and the CLI), with hard bounds: an archive is
// untrusted input and a "zip bomb" (few KB that inflate to GBs) must not take the tab down. Every
// entry is either a letter or named in `skipped` with its reason; two entries of one name are both
// kept, each named with its place in the archive ("a.zip/letter.pdf (entry 3)").
import { limitMessages, MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_TOTAL_BYTES, MAX_FILE_BYTES } from '../limits/limits.ts';
import { isClutter, type Skipped } from './letter-candidates.ts';
import { detectImageFormat, hasPdfMagic, isLetterName, isZipMagic, isZipName, PDF_MAGIC_WITHIN } from '../document/letter-kinds.ts';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-entries.ts';

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: MAX_ARCHIVE_ENTRIES,
  maxTotalBytes: MAX_ARCHIVE_TOTAL_BYTES,
  maxEntryBytes: MAX_FILE_BYTES,
};

export interface UnzippedLetter {
  name: string;
  bytes: Uint8Array;
}

export interface UnzipResult {
  letters: UnzippedLetter[];
  skipped: Skipped[];
}

/** Names shared by several entries get each entry's place: every record and message names one entry. */
function entryLabels(archiveName: string, entries: readonly ZipEntry[]): Map<ZipEntry, string> {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  return new Map(entries.map((e) => [e, `${archiveName}/${e.name}${count.get(e.name)! > 1 ? ` (entry ${e.position})` : ''}`]));
}

export function unzipLetters(archiveName: string, data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): UnzipResult {
  let directory;
  try {
    // A directory of millions is read only as far as the limit (plus one, to know there were more).
    directory = readZipDirectory(data, limits.maxEntries + 1);
  } catch (error) {
    return { letters: [], skipped: [{ name: archiveName, reason: limitMessages.notAZip(error) }] };
  }
  const files = directory.entries.filter((e) => !e.name.endsWith('/') && !isClutter(e.name));
  if (files.length === 0) return { letters: [], skipped: [{ name: archiveName, reason: limitMessages.zipEmpty }] };
  const labels = entryLabels(archiveName, files);
  const letters: UnzippedLetter[] = [];
  const skipped: Skipped[] = [];
  const skip = (entry: ZipEntry, reason: string) => skipped.push({ name: labels.get(entry)!, reason });
  let taken = 0;
  let total = 0;
  let overLimit = directory.more;
  for (const entry of files) {
    if (entry.encrypted) {
      skip(entry, limitMessages.zipEncrypted);
      continue;
    }
    if (taken >= limits.maxEntries || total >= limits.maxTotalBytes) {
      overLimit = true;
      break;
    }
    if (entry.declaredSize > limits.maxEntryBytes) {
      skip(entry, limitMessages.entryTooBig(limits.maxEntryBytes));
      continue;
    }
    if (total + entry.declaredSize > limits.maxTotalBytes) {
      overLimit = true;
      break;
    }
    let inflated;
    try {
      // Declared sizes can lie: what comes out is bounded too, by the entry's and the archive's limits.
      inflated = inflateEntry(data, entry, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total));
    } catch (error) {
      skip(entry, limitMessages.zipEntryDamaged(error));
      continue;
    }
    if (!('bytes' in inflated)) {
      skip(entry, limitMessages.inflatesPastLimit);
      continue;
    }
    const { bytes } = inflated;
    total += bytes.length;
    const head = bytes.subarray(0, PDF_MAGIC_WITHIN + 5);
    // What it is comes from its bytes, whatever its name (every entry is opened, within the bounds);
    // only a text letter, which has no signature, is known by its name.
    if (isZipMagic(head)) skip(entry, isZipName(entry.name) ? limitMessages.archiveInArchive : limitMessages.notALetter);
    else if (hasPdfMagic(head) || detectImageFormat(head) || isLetterName(entry.name)) {
      letters.push({ name: labels.get(entry)!, bytes });
      taken++;
    } else skip(entry, limitMessages.notALetter);
  }
  if (overLimit) skipped.push({ name: archiveName, reason: limitMessages.archiveCut(limits.maxEntries, limits.maxTotalBytes) });
  return { letters, skipped };
}
