import { describe, expect, it } from 'vitest';
import type { Citation, Item, LetterRecord } from '../extract/record.ts';
import { readRows as flattenRows, type AppRow as ItemRow } from '../pipeline/app-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import {
  computeInsights,
  daysDistribution,
  histogram,
  insightsOf,
  keepUnchanged,
  rateChart,
  rateGroups,
  RATE_CHARTS,
} from './aggregate.ts';

const field = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });
const cite = (source: Citation['source'], title: string, sections: string | null, citedBy: Citation['citedBy'] = 'reviewer'): Citation => ({
  source,
  title,
  sections,
  pages: null,
  citedBy,
  spans: [],
});
const withCitations = (item: Item, citations: Citation[]): Item => ({ ...item, citations });
const undecided = (item: Item): Item => ({ ...item, decision: { value: null, spans: [] } });

/**
 * Generated letters: letter n has (n % 3) + 1 items, alternately overturned (every third item) and
 * upheld, in a category picked by n; dates so that UR denial → decision is 10 × n days.
 */
function generatedRows(letters: number): ItemRow[] {
  const categories = ['medication', 'imaging', 'physical therapy'] as const;
  const records: Record<string, LetterRecord> = {};
  let itemNumber = 0;
  for (let n = 0; n < letters; n++) {
    const items = Array.from({ length: (n % 3) + 1 }, () => {
      const k = itemNumber++;
      return fakeItem(`Request ${k}`, k % 3 === 0 ? 'Overturned' : 'Upheld', categories[k % 3]!);
    });
    const decision = new Date(Date.UTC(2016, 0, 1) + 10 * n * 86_400_000).toISOString().slice(0, 10);
    records[`l${n}`] = fakeRecord({ items, urDenialDate: field('2016-01-01'), decisionDate: field(decision) });
  }
  return flattenRows(
    Object.keys(records).map((id) => fakeEntry(id)),
    records,
  );
}

describe('rateGroups', () => {
  it('counts overturned and decided items per value, with literal rates and Wilson intervals', () => {
    // 12 letters → 24 items (k = 0..23): k % 3 === 0 is both "overturned" and "medication".
    const rows = generatedRows(12);
    const groups = Object.fromEntries(rateGroups(rows, 'category').map((g) => [g.value, g]));
    expect(groups['medication']).toMatchObject({ items: 8, n: 8, overturned: 8, upheld: 0, rate: 1 });
    expect(groups['imaging']).toMatchObject({ items: 8, n: 8, overturned: 0, upheld: 8, rate: 0 });
    expect(groups['imaging']!.interval!.low).toBe(0);
    expect(groups['imaging']!.interval!.high).toBeCloseTo(0.3244, 4);
    expect(groups['medication']!.interval!.low).toBeCloseTo(0.6756, 4);
  });

  it('gives a group whose items have no decision n = 0 and no rate, and ignores letters without items', () => {
    const records = {
      a: fakeRecord({ items: [undecided(fakeItem('MRI', 'Upheld', 'imaging')), fakeItem('Norco', 'Overturned', 'medication')] }),
      b: fakeRecord({ items: [] }),
    };
    const rows = flattenRows([fakeEntry('a'), fakeEntry('b')], records);
    expect(rateGroups(rows, 'category').sort((x, y) => x.value.localeCompare(y.value))).toEqual([
      { value: 'imaging', items: 1, n: 0, overturned: 0, upheld: 0, rate: null, interval: null },
      { value: 'medication', items: 1, n: 1, overturned: 1, upheld: 0, rate: 1, interval: expect.any(Object) },
    ]);
  });

  it('counts an item once for each guideline source its reviewer cited, the claims administrator aside, and None cited', () => {
    const items = [
      withCitations(fakeItem('A', 'Overturned', 'medication'), [cite('ODG', 'Pain', 'Opioids'), cite('MTUS', 'Chronic Pain', 'Opioids')]),
      withCitations(fakeItem('B', 'Upheld', 'medication'), [
        cite('ODG', 'Pain', 'Opioids'),
        cite('ACOEM', 'ACOEM Ch 12', null, 'claims administrator'),
      ]),
      withCitations(fakeItem('C', 'Upheld', 'imaging'), []),
    ];
    const rows = flattenRows([fakeEntry('a')], { a: fakeRecord({ items }) });
    const bySource = Object.fromEntries(rateGroups(rows, 'reviewerSources').map((g) => [g.value, [g.n, g.overturned]]));
    expect(bySource).toEqual({ ODG: [2, 1], MTUS: [1, 1], 'None cited': [1, 0] });
    const bySection = Object.fromEntries(rateGroups(rows, 'guidelineSection').map((g) => [g.value, g.items]));
    expect(bySection).toEqual({ 'ODG Pain: Opioids': 2, 'MTUS Chronic Pain: Opioids': 1 });
  });

  it('groups requests by their normalised kind', () => {
    const items = [
      fakeItem('Physical therapy 2x6', 'Overturned', 'physical therapy'),
      fakeItem('physical therapy twice a week for six weeks', 'Upheld', 'physical therapy'),
      fakeItem('Norco 10/325 #60', 'Upheld', 'medication'),
    ];
    const rows = flattenRows([fakeEntry('a')], { a: fakeRecord({ items }) });
    const chart = rateChart(
      rows,
      RATE_CHARTS.find((c) => c.id === 'requests')!,
    );
    expect(chart.groups.map((g) => [g.value, g.items, g.rate])).toEqual([
      ['physical therapy', 2, 0.5],
      ['norco', 1, 0],
    ]);
  });
});

describe('rateChart', () => {
  it('orders by items and keeps the limit, telling how many were left out; months in calendar order', () => {
    const rows = generatedRows(12);
    const chart = rateChart(rows, { id: 'x', title: 'x', facet: 'category', kind: 'rate', order: 'items', limit: 2 });
    expect(chart.groups.map((g) => g.value)).toEqual(['imaging', 'medication']);
    expect(chart.hidden).toBe(1);
    const months = rateChart(
      rows,
      RATE_CHARTS.find((c) => c.id === 'month')!,
    );
    expect(months.groups.map((g) => [g.value, g.items])).toEqual([
      ['2016-01', 7],
      ['2016-02', 5],
      ['2016-03', 7],
      ['2016-04', 5],
    ]);
  });
});

describe('days distributions', () => {
  it('counts each letter once, with literal median and 90th percentile', () => {
    // 12 letters: UR denial to decision = 0, 10, …, 110 days.
    const d = daysDistribution(
      generatedRows(12),
      'x',
      'x',
      (r) => r.values.urDenialDate,
      (r) => r.values.decisionDate,
    );
    expect([d.n, d.median, d.p90, d.min, d.max]).toEqual([12, 55, 99, 0, 110]);
    // Bins of 10 days (7-day bins would be 16, over the 15 allowed), one letter in each.
    expect(d.bins.map((b) => [b.from, b.to, b.count])).toEqual(Array.from({ length: 12 }, (_, i) => [10 * i, 10 * i + 10, 1]));
  });

  it('is empty without dates, and a single letter is its own median', () => {
    const none = daysDistribution(
      flattenRows([fakeEntry('a')], { a: fakeRecord({ items: [fakeItem('MRI', 'Upheld', 'imaging')] }) }),
      'x',
      'x',
      (r) => r.values.urDenialDate,
      (r) => r.values.decisionDate,
    );
    expect(none).toMatchObject({ n: 0, median: null, p90: null, bins: [] });
    const one = daysDistribution(
      generatedRows(2).slice(1),
      'x',
      'x',
      (r) => r.values.urDenialDate,
      (r) => r.values.decisionDate,
    );
    expect([one.n, one.median, one.p90]).toEqual([1, 10, 10]);
    expect(histogram([10])).toEqual([{ from: 10, to: 11, count: 1 }]);
  });
});

describe('computeInsights', () => {
  it('sums the filtered rows; no rows give empty charts and no rate', () => {
    const all = computeInsights(generatedRows(12));
    expect([all.items, all.decided, all.overturned, all.rate]).toEqual([24, 24, 8, 1 / 3]);
    const empty = computeInsights([]);
    expect([empty.items, empty.rate, empty.interval]).toEqual([0, null, null]);
    expect(empty.charts.every((c) => c.groups.length === 0)).toBe(true);
    expect(empty.distributions.map((d) => d.n)).toEqual([0, 0]);
  });

  it('a single letter with one item', () => {
    const rows = generatedRows(1);
    const one = computeInsights(rows);
    expect([one.items, one.decided, one.overturned, one.rate]).toEqual([1, 1, 1, 1]);
    expect(one.interval!.low).toBeCloseTo(0.2065, 4);
    expect(one.charts[0]!.groups).toHaveLength(1);
  });
});

describe('computeInsights in one pass', () => {
  it('gives every chart the groups rateChart gives, and the distributions daysDistribution gives', () => {
    const rows = generatedRows(30);
    const insights = computeInsights(rows);
    expect(insights.charts).toEqual(RATE_CHARTS.map((spec) => rateChart(rows, spec)));
    expect(insights.distributions[0]).toEqual(
      daysDistribution(
        rows,
        'ur-to-decision',
        'Days from UR denial to decision',
        (r) => r.values.urDenialDate,
        (r) => r.values.decisionDate,
      ),
    );
    // 30 letters with 1, 2 or 3 items (60 items), each letter's days counted once, however the rows are ordered.
    const reversed = computeInsights([...rows].reverse());
    expect([reversed.items, reversed.distributions[0]!.n, reversed.distributions[0]!.median]).toEqual([60, 30, 145]);
  });

  it('leaves out an item the reviewer marked "not an item", as the summary line does', () => {
    const rows = generatedRows(3); // items k = 0..5: k 0 and 3 overturned
    const marked = rows.map((r) =>
      r.itemIndex === 0 && r.fileId === 'l0' ? { ...r, review: { ...r.review, status: 'not-an-item' as const } } : r,
    );
    const insights = computeInsights(marked);
    expect([insights.items, insights.decided, insights.overturned]).toEqual([5, 5, 1]);
    expect(insights.charts.find((c) => c.id === 'category')!.groups.find((g) => g.value === 'medication')).toMatchObject({
      items: 1,
      n: 1,
      overturned: 1,
    });
    // The letter still counts for its days.
    expect(insights.distributions[0]!.n).toBe(3);
  });
});

describe('keepUnchanged and insightsOf', () => {
  it('keeps the previous object of every chart whose numbers did not change', () => {
    const rows = generatedRows(12);
    const before = computeInsights(rows);
    // Without letter 11 (decided in 2016-04) the month chart's numbers change; the same rows again change nothing.
    const after = keepUnchanged(computeInsights(rows.filter((r) => r.fileId !== 'l11')), before);
    const month = (i: typeof before) => i.charts.find((c) => c.id === 'month')!;
    expect(month(after)).not.toBe(month(before));
    const same = keepUnchanged(computeInsights(rows), before);
    expect(same.charts.every((c, i) => c === before.charts[i])).toBe(true);
    expect(same.distributions.every((d, i) => d === before.distributions[i])).toBe(true);
  });

  it('computes once per row array', () => {
    const rows = generatedRows(6);
    const first = insightsOf(rows, null);
    expect(insightsOf(rows, null)).toBe(first);
    expect(insightsOf([...rows], null)).not.toBe(first);
    expect(insightsOf([...rows], first).charts[0]).toBe(first.charts[0]);
  });
});
