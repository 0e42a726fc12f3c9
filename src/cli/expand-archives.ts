// .zip archives on the command line (or found in a folder) are opened with the app's own bounded
// unzip (src/intake/unzip-letters.ts): their letters join the run, the rest is reported as skipped.
// What a file is comes from its first bytes, whatever its name: a PDF named .zip is a letter, a zip
// named .pdf is opened as an archive.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { detectImageFormat, hasPdfMagic, isLetterName, isZipMagic, PDF_MAGIC_WITHIN } from '../document/letter-kinds.ts';
import { unzipLetters } from '../intake/unzip-letters.ts';
import { limitMessages, MAX_ARCHIVE_BYTES } from '../limits/limits.ts';
import type { LetterSource } from './child-protocol.ts';
import type { FoundFile } from './find-letters.ts';

export interface Expanded {
  sources: LetterSource[];
  skipped: { name: string; reason: string }[];
}

function firstBytes(path: string, count: number): Uint8Array {
  const head = new Uint8Array(count);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return head.subarray(0, readSync(fd, head, 0, count, 0));
  } catch {
    return new Uint8Array(); // unreadable: its parse process says so, as for any letter
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function expandArchives(files: readonly FoundFile[]): Expanded {
  const sources: LetterSource[] = [];
  const skipped: Expanded['skipped'] = [];
  for (const { path, name } of files) {
    const head = firstBytes(path, PDF_MAGIC_WITHIN + 5);
    if (!isZipMagic(head)) {
      // The app's rule (intake/expand-candidates.ts): a PDF or an image by its bytes, a text letter by its name.
      if (hasPdfMagic(head) || detectImageFormat(head) || isLetterName(name) || head.length === 0) sources.push({ name, path });
      else skipped.push({ name, reason: limitMessages.notALetter });
      continue;
    }
    let data;
    try {
      data = readFileSync(path);
    } catch (error) {
      skipped.push({ name, reason: limitMessages.unreadable(error) });
      continue;
    }
    if (data.length > MAX_ARCHIVE_BYTES) {
      skipped.push({ name, reason: limitMessages.archiveTooBig() });
      continue;
    }
    const result = unzipLetters(name, new Uint8Array(data.buffer, data.byteOffset, data.length));
    skipped.push(...result.skipped);
    sources.push(...result.letters.map(({ name, bytes }) => ({ name, bytes })));
  }
  return { sources, skipped };
}
