import { describe, expect, it } from 'vitest';
import { daysBetween, quantileSorted, wilsonInterval } from './statistics.ts';

describe('wilsonInterval', () => {
  it.each([
    [5, 10, 0.2366, 0.7634],
    [0, 1, 0, 0.7935],
    [1, 1, 0.2065, 1],
    [0, 10, 0, 0.2775],
    [30, 100, 0.2189, 0.3958],
  ])('%i of %i → %f–%f', (k, n, low, high) => {
    const interval = wilsonInterval(k, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is null without trials', () => expect(wilsonInterval(0, 0)).toBeNull());
});

describe('quantileSorted', () => {
  it('interpolates between ranks', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across a leap day and a DST change', () => {
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2016-03-01', '2016-04-01')).toBe(31);
    expect(daysBetween('2016-04-01', '2016-03-30')).toBe(-2);
    expect(daysBetween(null, '2016-04-01')).toBeNull();
    expect(daysBetween('not a date', '2016-04-01')).toBeNull();
    expect(daysBetween('2016-0a-01', '2016-04-01')).toBeNull();
    expect(daysBetween('2016-04-01', '+016-04-01')).toBeNull();
    expect(daysBetween('2016-13-01', '2016-04-01')).toBeNull();
  });
});
