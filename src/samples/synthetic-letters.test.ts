import { describe, expect, it } from 'vitest';
import { extractLetter } from '../extract/extract-letter.ts';
import { syntheticLetters } from './synthetic-letters.ts';

describe('syntheticLetters', () => {
  it('makes distinct letters, the same ones for the same seed', () => {
    const a = syntheticLetters(300, 7);
    expect(new Set(a.map((l) => l.text)).size).toBe(300);
    expect(new Set(a.map((l) => l.name)).size).toBe(300);
    expect(syntheticLetters(300, 7)).toEqual(a);
    expect(syntheticLetters(3, 8)).not.toEqual(a.slice(0, 3));
  });

  it('makes letters the extractor reads in full', () => {
    for (const letter of syntheticLetters(40, 3)) {
      const record = extractLetter(letter.text);
      expect(record.status, `${letter.name}: ${JSON.stringify(record.problems)}`).toBe('ok');
      expect(record.items.length).toBeGreaterThan(0);
      expect(letter.name).toContain(record.caseNumber.value!);
    }
  });
});
