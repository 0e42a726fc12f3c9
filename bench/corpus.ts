// Where the benchmark's letters come from: the shared corpus of real letters, read in place.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_LETTERS = resolve(import.meta.dirname, '../../shared/corpus/letters');

export function corpusPdfs(): string[] {
  if (!existsSync(CORPUS_LETTERS)) return [];
  return readdirSync(CORPUS_LETTERS)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => join(CORPUS_LETTERS, f));
}

/** The corpus repeated until there are at least `count` files (the same files, read again each time). */
export function repeatTo<T>(items: T[], count: number): T[] {
  if (items.length === 0) return [];
  const out: T[] = [];
  while (out.length < count) out.push(...items);
  return out;
}
