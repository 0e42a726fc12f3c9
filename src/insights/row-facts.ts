// What Insights reads from each row, worked out once per row object and kept as small integers:
// which chart values the item counts for, whether it counts and how it was decided, its letter and
// the letter's days. Rows are rebuilt only when their letter or its review changes, while Insights
// counts them again on every filter change: at 10,000 letters (tens of thousands of rows) counting
// integers into typed arrays takes a few milliseconds, looking strings up in maps many times that.
// Pure (no DOM): a cache beside the row model.
import { APP_ROWS, type AppRow } from '../pipeline/app-rows.ts';
import { daysBetween } from './statistics.ts';

export interface Tally {
  items: number;
  overturned: number;
  upheld: number;
}

interface RowFacts {
  /** 1 for an item that counts (not a letter's own row, not marked "not an item" by the reviewer). */
  item: number;
  overturned: number;
  upheld: number;
  /** The ids (see `valueId`) of the (chart, value) pairs the item counts for. */
  values: readonly number[];
  letter: number;
  /** The letter's days: worked out for the first of its rows a tally meets (the others never need them), or ahead (prepareRowFacts). */
  days?: { urToDecision: number | null; applicationToDecision: number | null };
}

/** Every (list of charts, chart, value) seen on this page, numbered: `valueKeys[id]`. */
const valueIds = new Map<string, Map<string, number>[]>();
const valueKeys: { list: string; chart: number; value: string }[] = [];
const letterIds = new Map<string, number>();

function valueId(ids: Map<string, number>[], list: string, chart: number, value: string): number {
  const ofChart = (ids[chart] ??= new Map());
  let id = ofChart.get(value);
  if (id === undefined) {
    id = valueKeys.length;
    valueKeys.push({ list, chart, value });
    ofChart.set(value, id);
  }
  return id;
}

function letterId(fileId: string): number {
  let id = letterIds.get(fileId);
  if (id === undefined) letterIds.set(fileId, (id = letterIds.size));
  return id;
}

/** Each row's facts, by the list of charts they were worked out for (one list in the app). */
const factsCaches = new Map<string, WeakMap<AppRow, RowFacts>>();

function factsOf(row: AppRow, list: string, facetIndexes: readonly number[], cache: WeakMap<AppRow, RowFacts>): RowFacts {
  let facts = cache.get(row);
  if (facts) return facts;
  const item = APP_ROWS.countsAsItem(row) ? 1 : 0;
  const values: number[] = [];
  if (item) {
    let ids = valueIds.get(list);
    if (!ids) valueIds.set(list, (ids = []));
    for (let chart = 0; chart < facetIndexes.length; chart++) {
      for (const value of row.facetValues[facetIndexes[chart]!] ?? []) values.push(valueId(ids, list, chart, value));
    }
  }
  facts = {
    item,
    overturned: item && row.values.decision === 'Overturned' ? 1 : 0,
    upheld: item && row.values.decision === 'Upheld' ? 1 : 0,
    values,
    letter: letterId(row.fileId),
  };
  cache.set(row, facts);
  return facts;
}

export interface RowTallies {
  items: number;
  overturned: number;
  upheld: number;
  /** For each chart, its values with their tallies. */
  charts: Map<string, Tally>[];
  /** Each letter's days once (letters with both dates). */
  urToDecision: number[];
  applicationToDecision: number[];
}

/** The charts' facet indexes, the list's key and its cache of row facts. */
function factsContext(chartFacets: readonly string[]) {
  const facetIndexes = chartFacets.map((facet) => {
    const index = APP_ROWS.facetIndex.get(facet);
    if (index === undefined) throw new Error(`no facet ${facet}`);
    return index;
  });
  const list = chartFacets.join(',');
  let cache = factsCaches.get(list);
  if (!cache) factsCaches.set(list, (cache = new WeakMap()));
  return { facetIndexes, list, cache };
}

const daysOf = (row: AppRow) => ({
  urToDecision: daysBetween(row.values.urDenialDate, row.values.decisionDate),
  applicationToDecision: daysBetween(row.values.applicationReceived, row.values.decisionDate),
});

/**
 * Works out the facts of rows[from, to) ahead of a tally (days included), so that the first tally
 * after rows are read (opening Insights) only counts. For idle time, a slice at a time.
 */
export function prepareRowFacts(rows: readonly AppRow[], chartFacets: readonly string[], from: number, to: number): void {
  const { facetIndexes, list, cache } = factsContext(chartFacets);
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const row = rows[i]!;
    factsOf(row, list, facetIndexes, cache).days ??= daysOf(row);
  }
}

/** Tallies the rows' items by the value of each chart's facet, in one pass over the rows. */
export function tallyRows(rows: readonly AppRow[], chartFacets: readonly string[]): RowTallies {
  const { facetIndexes, list, cache } = factsContext(chartFacets);
  const facts = rows.map((row) => factsOf(row, list, facetIndexes, cache));
  const items = new Int32Array(valueKeys.length);
  const overturned = new Int32Array(valueKeys.length);
  const upheld = new Int32Array(valueKeys.length);
  const seen = new Uint8Array(letterIds.size);
  const out: RowTallies = {
    items: 0,
    overturned: 0,
    upheld: 0,
    charts: chartFacets.map(() => new Map()),
    urToDecision: [],
    applicationToDecision: [],
  };
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (!seen[f.letter]) {
      seen[f.letter] = 1;
      const days = (f.days ??= daysOf(rows[i]!));
      if (days.urToDecision !== null) out.urToDecision.push(days.urToDecision);
      if (days.applicationToDecision !== null) out.applicationToDecision.push(days.applicationToDecision);
    }
    if (!f.item) continue;
    out.items++;
    out.overturned += f.overturned;
    out.upheld += f.upheld;
    for (const id of f.values) {
      // Typed arrays of the right length (every id is below it): no undefined to guard against.
      items[id]! += 1;
      overturned[id]! += f.overturned;
      upheld[id]! += f.upheld;
    }
  }
  for (let id = 0; id < items.length; id++) {
    if (items[id] === 0) continue;
    const { list: of, chart, value } = valueKeys[id]!;
    if (of === list) out.charts[chart]!.set(value, { items: items[id]!, overturned: overturned[id]!, upheld: upheld[id]! });
  }
  return out;
}
