// .zip archives on the command line (or found in a folder) are opened with the app's own bounded
// unzip (src/intake/unzip-letters.ts): their letters join the run, the rest is reported as skipped.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isZipName } from '../document/letter-kinds.ts';
import { unzipLetters } from '../intake/unzip-letters.ts';
import type { LetterSource } from './child-protocol.ts';

export interface Expanded {
  sources: LetterSource[];
  skipped: { name: string; reason: string }[];
}

export function expandArchives(paths: string[]): Expanded {
  const sources: LetterSource[] = [];
  const skipped: Expanded['skipped'] = [];
  for (const path of paths) {
    if (!isZipName(path)) {
      sources.push({ name: basename(path), path });
      continue;
    }
    const result = unzipLetters(basename(path), new Uint8Array(readFileSync(path)));
    skipped.push(...result.skipped);
    sources.push(...result.letters.map(({ name, bytes }) => ({ name, bytes })));
  }
  return { sources, skipped };
}
