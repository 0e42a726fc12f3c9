// Items we wrote from medical knowledge, in rounds, each round written before the rules were changed
// for it (the README's "Accuracy on letters we have not read" gives each round's blind score). Once
// the rules answer a round, every item of it must stay right.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSyntheticItems, scoreSyntheticItem } from '../test-support/synthetic-items.ts';

const ROUNDS = ['synthetic-items-1.txt', 'synthetic-items-2.txt', 'synthetic-items-3.txt'];

describe.each(ROUNDS)('%s', (file) => {
  const items = parseSyntheticItems(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'));

  it('holds items', () => expect(items.length).toBeGreaterThan(200));

  it.each(items.map((item) => [item.request, item] as const))('%s', (_, item) => {
    const score = scoreSyntheticItem(item);
    expect({ request: item.request, ...score.read }).toEqual({
      request: item.request,
      category: score.category ? score.read.category : item.category,
      drugClass: score.drugClass === false ? item.drugClass : score.read.drugClass,
      compounded: score.compounded === false ? item.compounded : score.read.compounded,
    });
  });
});
