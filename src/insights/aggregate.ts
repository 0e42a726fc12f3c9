// Insights' numbers, from the rows the table's filters and search leave: overturn rates by each
// breakdown (through the same facet values the table filters by, so a bar's click filters exactly
// its items), the days letters took, and the most frequent requests and cited sections. Pure.
import { APP_ROWS, type AppRow } from '../pipeline/app-rows.ts';
import { tallyRows, type Tally } from './row-facts.ts';
import { daysBetween, quantileSorted, wilsonInterval, type Interval } from './statistics.ts';
import { REPORT_SECTIONS, stateReport, type StateReport } from './state-report.ts';
import { NOT_A_MEDICATION } from '../extract/field-catalogue.ts';

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
  /** Facet values left out of the chart (the items of other categories in a chart of medications). */
  skip?: readonly string[];
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
  /** The shares and rates as the state's annual report gives them (state-report.ts). */
  report: StateReport;
}

export const RATE_CHARTS: readonly RateChartSpec[] = [
  { id: 'category', title: 'Overturn rate by category', facet: 'category', kind: 'rate', order: 'items', limit: 20 },
  {
    id: 'drugClass',
    title: 'Overturn rate by drug class (medications)',
    facet: 'drugClass',
    kind: 'rate',
    order: 'items',
    limit: 10,
    skip: [NOT_A_MEDICATION],
  },
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

function facetIndex(facet: string): number {
  const index = APP_ROWS.facetIndex.get(facet);
  if (index === undefined) throw new Error(`no facet ${facet}`);
  return index;
}

/** An item that counts: a row of a letter's item the reviewer did not mark "not an item" (as in the table's summary line). */
const countsAsItem = (row: AppRow) => APP_ROWS.countsAsItem(row);

/** Adds an item to the tally of each of its values. */
function addToTallies(byValue: Map<string, Tally>, values: readonly string[], overturned: number, upheld: number): void {
  for (const value of values) {
    const tally = byValue.get(value);
    if (tally) {
      tally.items++;
      tally.overturned += overturned;
      tally.upheld += upheld;
    } else byValue.set(value, { items: 1, overturned, upheld });
  }
}

function toGroup(value: string, t: Tally): RateGroup {
  const n = t.overturned + t.upheld;
  return { value, ...t, n, rate: n > 0 ? t.overturned / n : null, interval: wilsonInterval(t.overturned, n) };
}

/** Each value of a facet among the rows' items, with its decided items, overturned and Wilson interval. */
export function rateGroups(rows: readonly AppRow[], facet: string): RateGroup[] {
  const index = facetIndex(facet);
  const byValue = new Map<string, Tally>();
  for (const row of rows) {
    if (!countsAsItem(row)) continue;
    addToTallies(
      byValue,
      row.facetValues[index] ?? [],
      row.values.decision === 'Overturned' ? 1 : 0,
      row.values.decision === 'Upheld' ? 1 : 0,
    );
  }
  return [...byValue].map(([value, t]) => toGroup(value, t));
}

export const rateChart = (rows: readonly AppRow[], spec: RateChartSpec): RateChart => chartOf(spec, rateGroups(rows, spec.facet));

function chartOf(spec: RateChartSpec, all: RateGroup[]): RateChart {
  const unsorted = spec.skip ? all.filter((g) => !spec.skip!.includes(g.value)) : all;
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

function distributionOf(id: string, title: string, days: number[]): Distribution {
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

/** Days between two dates of each letter among the rows (a letter counts once, however many items it has). */
export function daysDistribution(
  rows: readonly AppRow[],
  id: string,
  title: string,
  from: (row: AppRow) => string | null,
  to: (row: AppRow) => string | null,
): Distribution {
  const seen = new Set<string>();
  const days: number[] = [];
  for (const row of rows) {
    if (seen.has(row.fileId)) continue;
    seen.add(row.fileId);
    const d = daysBetween(from(row), to(row));
    if (d !== null) days.push(d);
  }
  return distributionOf(id, title, days);
}

/** The facets the charts and the state report count by, in order: read from RATE_CHARTS each time, so a chart listed there is all it takes. */
export const chartFacets = (): string[] => [...new Set([...RATE_CHARTS.map((spec) => spec.facet), ...REPORT_SECTIONS.map((s) => s.facet)])];

/**
 * Every number of the page in ONE pass over the rows (row-facts.ts): at 10,000 letters the rows are
 * tens of thousands, and Insights redoes this on every filter change. Items the reviewer marked "not
 * an item" leave the counts, as they leave the table's summary; a letter's days count once.
 */
export function computeInsights(rows: readonly AppRow[]): Insights {
  const facets = chartFacets();
  const t = tallyRows(rows, facets);
  const decided = t.overturned + t.upheld;
  return {
    items: t.items,
    decided,
    overturned: t.overturned,
    rate: decided > 0 ? t.overturned / decided : null,
    interval: wilsonInterval(t.overturned, decided),
    charts: RATE_CHARTS.map((spec) =>
      chartOf(
        spec,
        [...t.charts[facets.indexOf(spec.facet)]!].map(([value, tally]) => toGroup(value, tally)),
      ),
    ),
    distributions: [
      distributionOf('ur-to-decision', 'Days from UR denial to decision', t.urToDecision),
      distributionOf('application-to-decision', 'Days from application received to decision', t.applicationToDecision),
    ],
    report: stateReport(t.items, new Map(facets.map((facet, c) => [facet, t.charts[c]!]))),
  };
}

const sameGroup = (a: RateGroup, b: RateGroup) =>
  a.value === b.value && a.items === b.items && a.overturned === b.overturned && a.upheld === b.upheld;
const sameChart = (a: RateChart, b: RateChart) =>
  a.id === b.id && a.hidden === b.hidden && a.groups.length === b.groups.length && a.groups.every((g, i) => sameGroup(g, b.groups[i]!));
const sameDistribution = (a: Distribution, b: Distribution) =>
  a.id === b.id &&
  a.n === b.n &&
  a.median === b.median &&
  a.p90 === b.p90 &&
  a.bins.length === b.bins.length &&
  a.bins.every((bin, i) => bin.from === b.bins[i]!.from && bin.count === b.bins[i]!.count);

/**
 * `next` with every chart and distribution whose numbers equal those of `previous` replaced by the
 * previous object, so a chart whose data did not change is neither re-rendered nor redrawn.
 */
export function keepUnchanged(next: Insights, previous: Insights | null): Insights {
  if (!previous) return next;
  return {
    ...next,
    charts: next.charts.map((chart, i) => (previous.charts[i] && sameChart(chart, previous.charts[i]) ? previous.charts[i] : chart)),
    distributions: next.distributions.map((d, i) =>
      previous.distributions[i] && sameDistribution(d, previous.distributions[i]) ? previous.distributions[i] : d,
    ),
  };
}

/** Insights of each row array already seen (the table's filtered rows: the same array while no filter or sort changes). */
const insightsCache = new WeakMap<readonly AppRow[], Insights>();

/** computeInsights, memoised by the row array, sharing unchanged charts with `previous`. */
export function insightsOf(rows: readonly AppRow[], previous: Insights | null): Insights {
  let insights = insightsCache.get(rows);
  if (!insights) {
    insights = keepUnchanged(computeInsights(rows), previous);
    insightsCache.set(rows, insights);
  }
  return insights;
}
