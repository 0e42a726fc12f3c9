import { describe, expect, it } from 'vitest';
import { RATE_CHARTS, type RateChart, type RateGroup } from './aggregate.ts';
import { barOrderOf, barOrders, orderedChart, orderGroups } from './chart-order.ts';

const group = (value: string, items: number, overturned: number, upheld: number): RateGroup => {
  const n = overturned + upheld;
  return { value, items, n, overturned, upheld, rate: n > 0 ? overturned / n : null, interval: null };
};

// As aggregate.ts gives them: most items first.
const GROUPS = [
  group('imaging', 40, 4, 36), // 10%
  group('surgery', 12, 6, 6), // 50%
  group('acupuncture', 5, 0, 0), // no decided item
  group('chiropractic', 2, 1, 1), // 50%, smaller n than surgery
  group('psychological', 2, 2, 0), // 100%, small n
];
const spec = RATE_CHARTS.find((s) => s.id === 'category')!;
const chart: RateChart = { ...spec, groups: GROUPS, hidden: 3 };

describe('orderGroups', () => {
  it('by rate: highest first, the larger n first among equal rates, undecided groups last', () => {
    expect(orderGroups(GROUPS, 'rate').map((g) => g.value)).toEqual(['psychological', 'surgery', 'chiropractic', 'imaging', 'acupuncture']);
  });

  it('by items: most first, as the chart comes', () => {
    expect(orderGroups(orderGroups(GROUPS, 'rate'), 'items').map((g) => g.value)).toEqual(GROUPS.map((g) => g.value));
  });

  it('by value: in the values order (months in time order)', () => {
    const months = [group('2024-03', 1, 1, 0), group('2023-11', 9, 0, 9), group('2024-01', 4, 2, 2)];
    expect(orderGroups(months, 'value').map((g) => g.value)).toEqual(['2023-11', '2024-01', '2024-03']);
  });
});

describe('orderedChart', () => {
  it('shows the same groups in the order asked, and keeps the chart otherwise', () => {
    const byRate = orderedChart(chart, 'rate');
    expect(byRate.groups.map((g) => g.value)).toEqual(['psychological', 'surgery', 'chiropractic', 'imaging', 'acupuncture']);
    expect(new Set(byRate.groups)).toEqual(new Set(chart.groups));
    expect({ ...byRate, groups: null }).toEqual({ ...chart, groups: null });
    // The chart as it came is untouched.
    expect(chart.groups.map((g) => g.value)[0]).toBe('imaging');
  });

  it('is the same object for the same chart and order (so its drawing is kept), the chart itself in its own order', () => {
    expect(orderedChart(chart, 'rate')).toBe(orderedChart(chart, 'rate'));
    expect(orderedChart(chart, 'items')).toBe(chart);
    expect(orderedChart({ ...chart }, 'rate')).not.toBe(orderedChart(chart, 'rate'));
  });
});

describe('barOrderOf', () => {
  it('reads the order saved for the chart, or its own when none or a wrong one is saved', () => {
    expect(barOrderOf(spec, { category: 'rate' })).toBe('rate');
    expect(barOrderOf(spec, { specialty: 'rate' })).toBe('items');
    expect(barOrderOf(spec, undefined)).toBe('items');
    // A damaged session: an order the chart does not offer, or not a string.
    expect(barOrderOf(spec, { category: 'value' })).toBe('items');
    expect(barOrderOf(spec, { category: 7 })).toBe('items');
  });

  it('offers time order only to the chart of months', () => {
    const month = RATE_CHARTS.find((s) => s.id === 'month')!;
    expect(barOrders(month)).toEqual(['value', 'items', 'rate']);
    expect(barOrderOf(month, {})).toBe('value');
    expect(barOrders(spec)).toEqual(['items', 'rate']);
  });
});
