// Synthetic letters (src/samples/synthetic-letters.ts) written out as files, for a test or the
// benchmark to pick. Apart from the generator, which stays free of Node.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticLetters } from '../src/samples/synthetic-letters.ts';

/** Writes `count` letters from `seed` into `dir`; returns their paths. */
export function writeSyntheticLetters(dir: string, count: number, seed: number): string[] {
  return syntheticLetters(count, seed).map((letter) => {
    const path = join(dir, letter.name);
    writeFileSync(path, letter.text);
    return path;
  });
}
