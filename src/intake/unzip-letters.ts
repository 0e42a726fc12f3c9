// Letters out of a .zip archive, in the browser, with hard bounds: an archive is untrusted input and
// a "zip bomb" (few KB that inflate to GBs) must not take the tab down.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { limitMessages, MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_TOTAL_BYTES, MAX_FILE_BYTES } from '../limits/limits.ts';
import { isClutter, type Skipped } from './letter-candidates.ts';
import { detectImageFormat, hasPdfMagic, isImageName, isLetterName, isZipName, PDF_MAGIC_WITHIN } from '../document/letter-kinds.ts';

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

const noExtension = (name: string) => !/\.[^/]+$/.test(name);

export function unzipLetters(archiveName: string, data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): UnzipResult {
  const skipped: Skipped[] = [];
  let entries = 0;
  let declaredTotal = 0;
  let overLimit = false;
  const label = (entry: string) => `${archiveName}/${entry}`;

  // The filter sees each entry's declared size before anything is inflated.
  const accept = (file: UnzipFileInfo): boolean => {
    if (file.name.endsWith('/') || isClutter(file.name)) return false;
    if (isZipName(file.name)) {
      skipped.push({ name: label(file.name), reason: limitMessages.archiveInArchive });
      return false;
    }
    if (!isLetterName(file.name) && !isImageName(file.name) && !noExtension(file.name)) {
      skipped.push({ name: label(file.name), reason: limitMessages.notALetter });
      return false;
    }
    if (++entries > limits.maxEntries) {
      overLimit = true;
      return false;
    }
    if (file.originalSize > limits.maxEntryBytes) {
      skipped.push({ name: label(file.name), reason: limitMessages.entryTooBig(limits.maxEntryBytes) });
      return false;
    }
    declaredTotal += file.originalSize;
    if (declaredTotal > limits.maxTotalBytes) {
      overLimit = true;
      return false;
    }
    return true;
  };

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: accept });
  } catch (error) {
    return { letters: [], skipped: [{ name: archiveName, reason: `not a readable zip archive (${(error as Error).message})` }] };
  }
  if (overLimit) {
    skipped.push({
      name: archiveName,
      reason: limitMessages.archiveCut(limits.maxEntries, limits.maxTotalBytes),
    });
  }

  const letters: UnzippedLetter[] = [];
  let actualTotal = 0;
  for (const [name, bytes] of Object.entries(files)) {
    // Declared sizes can lie: check what actually came out as well.
    actualTotal += bytes.length;
    if (bytes.length > limits.maxEntryBytes || actualTotal > limits.maxTotalBytes) {
      skipped.push({ name: label(name), reason: limitMessages.inflatesPastLimit });
      continue;
    }
    if (!isLetterName(name) && !hasPdfMagic(bytes.subarray(0, PDF_MAGIC_WITHIN + 5)) && !detectImageFormat(bytes)) {
      skipped.push({ name: label(name), reason: limitMessages.notALetter });
      continue;
    }
    letters.push({ name: label(name), bytes });
  }
  return { letters, skipped };
}
