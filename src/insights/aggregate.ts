// Insights' numbers, from the rows the table's filters and search leave: overturn rates by each
// breakdown (through the same facet values the table filters by, so a bar's click filters exactly
// its items), the days letters took, and the most frequent requests and cited sections. Pure.
import { FACETS } from '../table/facets.ts';
import type { ItemRow } from '../table/item-rows.ts';
import { daysBetween, quantileSorted, wilsonInterval, type Interval } from './statistics.ts';

/** Below this many decided items a bar is faded and says "small n". */
export const SMALL_N = 10;

export interface RateGroup {
  /** The facet value (what a click filters the table by). */
  value: string;
  /** Items in the group, decided or not. */
  items: number;
  /** Decided items: the n of the rate. */
  n: number;
  overturned: number;
  upheld: number;
  /** overturned / n, or null when no item of the group is decided. */
  rate: number | null;
  interval: Interval | null;
}

export interface RateChartSpec {
  id: string;
  title: string;
  /** The table facet (column id) the groups are values of. */
  facet: string;
  /** 'rate': bars are overturn rates; 'count': bars are numbers of items (most frequent first), with their rates. */
  kind: 'rate' | 'count';
  order: 'items' | 'value';
  limit: number;
}

export interface RateChart extends RateChartSpec {
  groups: RateGroup[];
  /** Groups left out by the limit. */
  hidden: number;
}

export interface Bin {
  from: number;
  /** Exclusive. */
  to: number;
  count: number;
}

export interface Distribution {
  id: string;
  title: string;
  /** Letters with both dates. */
  n: number;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
  bins: Bin[];
}

export interface Insights {
  items: number;
  decided: number;
  overturned: number;
  rate: number | null;
  interval: Interval | null;
  charts: RateChart[];
  distributions: Distribution[];
}

export const RATE_CHARTS: readonly RateChartSpec[] = [
  { id: 'category', title: 'Overturn rate by category', facet: 'category', kind: 'rate', order: 'items', limit: 20 },
  { id: 'specialty', title: 'Overturn rate by reviewer specialty', facet: 'specialties', kind: 'rate', order: 'items', limit: 15 },
  { id: 'licensure', title: 'Overturn rate by licensure state', facet: 'licensure', kind: 'rate', order: 'items', limit: 15 },
  {
    id: 'guideline',
    title: 'Overturn rate by guideline the reviewer cited',
    facet: 'reviewerSources',
    kind: 'rate',
    order: 'items',
    limit: 10,
  },
  { id: 'priority', title: 'Overturn rate by priority', facet: 'priority', kind: 'rate', order: 'items', limit: 10 },
  { id: 'month', title: 'Overturn rate by month of decision', facet: 'decisionMonth', kind: 'rate', order: 'value', limit: 36 },
  { id: 'requests', title: 'Most frequent requests', facet: 'requestKind', kind: 'count', order: 'items', limit: 15 },
  { id: 'sections', title: 'Most cited guideline sections', facet: 'guidelineSection', kind: 'count', order: 'items', limit: 15 },
];

const FACET_INDEX = new Map(FACETS.map((f, i) => [f.columnId, i]));

interface Tally {
  items: number;
  overturned: number;
  upheld: number;
}

/**
 * Each value of each facet among the rows' items, in ONE pass over the rows (at 10,000 letters the
 * rows are tens of thousands, and Insights redoes this on every filter change).
 */
function tallyFacets(rows: readonly ItemRow[], facets: readonly string[]): Map<string, Tally>[] {
  const indexes = facets.map((facet) => {
    const index = FACET_INDEX.get(facet);
    if (index === undefined) throw new Error(`no facet ${facet}`);
    return index;
  });
  const tallies = facets.map(() => new Map<string, Tally>());
  for (const row of rows) {
    if (row.itemIndex === null) continue;
    const overturned = row.decision === 'Overturned' ? 1 : 0;
    const upheld = row.decision === 'Upheld' ? 1 : 0;
    for (let f = 0; f < indexes.length; f++) {
      const byValue = tallies[f]!;
      for (const value of row.facetValues[indexes[f]!]!) {
        const tally = byValue.get(value);
        if (tally) {
          tally.items++;
          tally.overturned += overturned;
          tally.upheld += upheld;
        } else byValue.set(value, { items: 1, overturned, upheld });
      }
    }
  }
  return tallies;
}

function toGroups(tallies: Map<string, Tally>): RateGroup[] {
  return [...tallies].map(([value, t]) => {
    const n = t.overturned + t.upheld;
    return { value, ...t, n, rate: n > 0 ? t.overturned / n : null, interval: wilsonInterval(t.overturned, n) };
  });
}

/** Each value of a facet among the rows' items, with its decided items, overturned and Wilson interval. */
export const rateGroups = (rows: readonly ItemRow[], facet: string): RateGroup[] => toGroups(tallyFacets(rows, [facet])[0]!);

export const rateChart = (rows: readonly ItemRow[], spec: RateChartSpec): RateChart => chartOf(spec, rateGroups(rows, spec.facet));

function chartOf(spec: RateChartSpec, unsorted: RateGroup[]): RateChart {
  const groups = unsorted.sort((a, b) =>
    spec.order === 'value' ? a.value.localeCompare(b.value) : b.items - a.items || b.n - a.n || a.value.localeCompare(b.value),
  );
  // By month: the latest months when there are more than the limit.
  const shown = spec.order === 'value' ? groups.slice(-spec.limit) : groups.slice(0, spec.limit);
  return { ...spec, groups: shown, hidden: groups.length - shown.length };
}

/** Bin widths in days a histogram may use: the smallest that gives at most MAX_BINS bins. */
const BIN_WIDTHS = [1, 2, 5, 7, 10, 14, 30, 60, 90, 180, 365, 730, 1825];
const MAX_BINS = 15;

export function histogram(sorted: readonly number[]): Bin[] {
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const width = BIN_WIDTHS.find((w) => Math.floor(max / w) - Math.floor(min / w) + 1 <= MAX_BINS) ?? BIN_WIDTHS[BIN_WIDTHS.length - 1]!;
  const first = Math.floor(min / width) * width;
  const bins: Bin[] = [];
  for (let from = first; from <= max; from += width) bins.push({ from, to: from + width, count: 0 });
  for (const value of sorted) bins[Math.floor((value - first) / width)]!.count++;
  return bins;
}

/** Days between two dates of each letter among the rows (a letter counts once, however many items it has). */
export function daysDistribution(
  rows: readonly ItemRow[],
  id: string,
  title: string,
  from: (row: ItemRow) => string | null,
  to: (row: ItemRow) => string | null,
): Distribution {
  const seen = new Set<string>();
  const days: number[] = [];
  for (const row of rows) {
    if (seen.has(row.fileId)) continue;
    seen.add(row.fileId);
    const d = daysBetween(from(row), to(row));
    if (d !== null) days.push(d);
  }
  days.sort((a, b) => a - b);
  return {
    id,
    title,
    n: days.length,
    median: quantileSorted(days, 0.5),
    p90: quantileSorted(days, 0.9),
    min: days[0] ?? null,
    max: days[days.length - 1] ?? null,
    bins: histogram(days),
  };
}

export function computeInsights(rows: readonly ItemRow[]): Insights {
  let items = 0;
  let overturned = 0;
  let upheld = 0;
  for (const row of rows) {
    if (row.itemIndex === null) continue;
    items++;
    if (row.decision === 'Overturned') overturned++;
    else if (row.decision === 'Upheld') upheld++;
  }
  const decided = overturned + upheld;
  return {
    items,
    decided,
    overturned,
    rate: decided > 0 ? overturned / decided : null,
    interval: wilsonInterval(overturned, decided),
    charts: tallyFacets(
      rows,
      RATE_CHARTS.map((spec) => spec.facet),
    ).map((tallies, i) => chartOf(RATE_CHARTS[i]!, toGroups(tallies))),
    distributions: [
      daysDistribution(
        rows,
        'ur-to-decision',
        'Days from UR denial to decision',
        (r) => r.urDenialDate,
        (r) => r.decisionDate,
      ),
      daysDistribution(
        rows,
        'application-to-decision',
        'Days from application received to decision',
        (r) => r.applicationReceived,
        (r) => r.decisionDate,
      ),
    ],
  };
}
