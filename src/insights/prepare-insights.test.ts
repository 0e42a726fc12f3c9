import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { readRows as flattenRows } from '../pipeline/app-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { computeInsights, type Insights } from './aggregate.ts';
import { insightsFor, prepareInsights } from './prepare-insights.ts';

/** `letters` letters of two items each (one overturned medication, one upheld imaging request). */
function rowsOf(letters: number) {
  const records: Record<string, LetterRecord> = {};
  for (let n = 0; n < letters; n++)
    records[`l${n}`] = fakeRecord({
      items: [fakeItem(`Drug ${n}`, 'Overturned', 'medication'), fakeItem(`MRI ${n}`, 'Upheld', 'imaging')],
    });
  return flattenRows(
    Object.keys(records).map((id) => fakeEntry(id)),
    records,
  );
}

/** An idle period with time for `steps` checks, then none. */
const idlePeriod = (steps: number) => ({ timeRemaining: () => (steps-- > 0 ? 50 : 0) });

describe('prepareInsights', () => {
  it('works out the facts a slice at a time, then the numbers of the shown rows, then one chart per step; a switch then finds them made', () => {
    const all = rowsOf(1_500); // 3,000 rows: two slices of facts
    const shown = all.filter((row) => row.values.category === 'medication');
    const drawn = new Set<object>();
    const seen: Insights[] = [];
    const undrawn = (insights: Insights) => {
      seen.push(insights);
      return insights.charts.filter((c) => c.groups.length > 0 && !drawn.has(c)).map((c) => () => void drawn.add(c));
    };
    expect(prepareInsights(all, shown, idlePeriod(1), undrawn)).toBe(false); // the first slice
    expect(prepareInsights(all, shown, idlePeriod(1), undrawn)).toBe(false); // the second, then no time to count
    expect(seen).toHaveLength(0);
    expect(prepareInsights(all, shown, idlePeriod(2), undrawn)).toBe(false); // counted, one chart drawn
    expect(drawn.size).toBe(1);
    expect(prepareInsights(all, shown, idlePeriod(100), undrawn)).toBe(true);
    const charts = seen[0]!.charts.filter((c) => c.groups.length > 0);
    expect(drawn.size).toBe(charts.length);
    // The same numbers object, memoised for the shown array; the numbers those rows give.
    expect(seen.every((insights) => insights === seen[0])).toBe(true);
    expect(insightsFor(shown)).toBe(seen[0]);
    expect(insightsFor(shown)).toEqual(computeInsights(shown));
    expect(insightsFor(shown)).toMatchObject({ items: 1_500, decided: 1_500, overturned: 1_500 });
  });

  it('does nothing in an idle period with no time left, and nothing more once everything is ready', () => {
    const all = rowsOf(10);
    let steps = 0;
    const undrawn = () => [() => void steps++];
    expect(prepareInsights(all, all, idlePeriod(0), undrawn)).toBe(false);
    expect(steps).toBe(0);
    expect(prepareInsights(all, all, idlePeriod(100), undrawn)).toBe(true);
    expect(steps).toBe(1);
    expect(prepareInsights(all, all, idlePeriod(100), () => [])).toBe(true);
  });
});
