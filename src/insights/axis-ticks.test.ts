import { describe, expect, it } from 'vitest';
import { wholeStep, wholeTicks } from './axis-ticks.ts';

describe('wholeTicks', () => {
  it('never gives a fraction, however small the counts', () => {
    expect(wholeTicks(0, 3)).toEqual([0, 1, 2, 3]);
    expect(wholeTicks(0, 1)).toEqual([0, 1]);
    expect(wholeTicks(0, 3.45, 4)).toEqual([0, 1, 2, 3]);
    // One letter only, 7 days: a single bin from 7 to 8.
    expect(wholeTicks(7, 8, 6)).toEqual([7, 8]);
  });

  it('steps by 1, 2 or 5 times a power of ten for larger counts', () => {
    expect(wholeTicks(0, 42)).toEqual([0, 10, 20, 30, 40]);
    expect(wholeTicks(0, 17, 4)).toEqual([0, 5, 10, 15]);
    expect(wholeTicks(0, 9, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(wholeTicks(14, 140, 6)).toEqual([20, 40, 60, 80, 100, 120, 140]);
    for (const hi of [1, 2, 3, 7, 11, 99, 1234, 98765]) for (const t of wholeTicks(0, hi)) expect(Number.isInteger(t)).toBe(true);
  });

  it('gives about the number of ticks asked for', () => {
    for (const hi of [10, 37, 250, 999, 10_000]) {
      const n = wholeTicks(0, hi, 5).length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(11);
    }
    expect(wholeStep(100, 5)).toBe(20);
    expect(wholeStep(0, 5)).toBe(1);
  });

  it('gives no ticks for an empty or backwards domain', () => {
    expect(wholeTicks(5, 2)).toEqual([]);
    expect(wholeTicks(0, Number.NaN)).toEqual([]);
  });
});
