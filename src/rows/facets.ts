// Filtering rows by the facets, the date ranges and the search, and counting each facet's values, in
// one pass, from the facts on the pipeline's columns (row-pipeline.ts): which columns have a facet or a
// date range, and each row's facet values (worked out once with the row). A missing value is its own
// facet value ("Not found") so the user can find letters where a field is absent.
import type { ItemRow } from './item-rows.ts';
import type { RowPipeline } from './row-pipeline.ts';

export { NOT_FOUND } from './row-columns.ts';

/** A column filter as the view holds it (TanStack's ColumnFiltersState has this shape). */
export type ColumnFilters = readonly { id: string; value: unknown }[];

/** The row has one of the ticked values of the facet at `index`. */
const passes = (row: ItemRow, index: number, selected: readonly unknown[]) =>
  (row.facetValues[index] ?? []).some((v) => selected.includes(v));

/** The ticked facet filters among the view's column filters. */
function activeFacets<R extends ItemRow>(pipeline: RowPipeline<R>, columnFilters: ColumnFilters) {
  return columnFilters.flatMap(({ id, value }) => {
    const index = pipeline.facetIndex.get(id);
    return index !== undefined && Array.isArray(value) && value.length > 0 ? [{ index, selected: value }] : [];
  });
}

/** A date-range filter's value: ISO yyyy-mm-dd bounds, both inclusive, either may be left open. */
export interface DateRange {
  from?: string;
  to?: string;
}

const isRange = (v: unknown): v is DateRange => typeof v === 'object' && v !== null && !Array.isArray(v) && ('from' in v || 'to' in v);

/** A row is in a range when its date is known and within both bounds (a row with no date is left out). */
export function inDateRange(date: string | null, range: unknown): boolean {
  if (!isRange(range) || (!range.from && !range.to)) return true;
  if (!date) return false;
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}

function activeRanges<R extends ItemRow>(pipeline: RowPipeline<R>, columnFilters: ColumnFilters) {
  return columnFilters.flatMap(({ id, value }) => {
    const read = pipeline.columnById.get(id)?.dateRange;
    return read && isRange(value) && (value.from || value.to) ? [{ read, range: value }] : [];
  });
}

/** The search and the date ranges: what every facet count also respects. */
function baseFilter<R extends ItemRow>(
  pipeline: RowPipeline<R>,
  columnFilters: ColumnFilters,
  search: string,
): ((row: R) => boolean) | null {
  const ranges = activeRanges(pipeline, columnFilters);
  const needle = searchNeedle(search);
  if (!needle && ranges.length === 0) return null;
  return (row) => (!needle || row.searchText.includes(needle)) && ranges.every(({ read, range }) => inDateRange(read(row), range));
}

/**
 * The rows the facet filters and the search leave, in one pass (the table is given these, already
 * filtered). With no filter and no search, the very same array.
 */
export function filterRows<R extends ItemRow>(pipeline: RowPipeline<R>, rows: R[], columnFilters: ColumnFilters, search: string): R[] {
  const active = activeFacets(pipeline, columnFilters);
  const base = baseFilter(pipeline, columnFilters, search);
  if (active.length === 0 && !base) return rows;
  return rows.filter((row) => (!base || base(row)) && active.every(({ index, selected }) => passes(row, index, selected)));
}

/** Each facet's values with the number of rows that have them, by facet column id. */
export type FacetCounts = Map<string, Map<string, number>>;

/** What the search box matches: any text of the row (see ItemRow.searchText), lower-cased (also the table's global filter). */
export const matchesSearch = (row: ItemRow, search: string) => row.searchText.includes(searchNeedle(search));

/** The search as rows' searchText holds it: worked out once per pass, not once per row. */
export const searchNeedle = (search: string) => search.trim().toLowerCase();

/**
 * The rows' facet values as small integers, worked out once per row array (a filter change re-counts
 * these, it does not hash strings): for facet f, row i's values are ids[f][offsets[f][i] .. offsets[f][i + 1]),
 * each an index into names[f].
 */
interface FacetIndex {
  names: string[][];
  offsets: Int32Array[];
  ids: Int32Array[];
}

const facetIndexes = new WeakMap<readonly ItemRow[], FacetIndex>();

function facetIndexOf<R extends ItemRow>(pipeline: RowPipeline<R>, rows: readonly R[]): FacetIndex {
  const known = facetIndexes.get(rows);
  if (known) return known;
  const index: FacetIndex = { names: [], offsets: [], ids: [] };
  for (let f = 0; f < pipeline.facets.length; f++) {
    const names: string[] = [];
    const idOf = new Map<string, number>();
    const offsets = new Int32Array(rows.length + 1);
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      for (const value of rows[i]!.facetValues[f] ?? []) {
        let id = idOf.get(value);
        if (id === undefined) idOf.set(value, (id = names.push(value) - 1));
        ids.push(id);
      }
      offsets[i + 1] = ids.length;
    }
    index.names.push(names);
    index.offsets.push(offsets);
    index.ids.push(Int32Array.from(ids));
  }
  facetIndexes.set(rows, index);
  return index;
}

/**
 * Every facet's counts in one pass over the rows. A row counts for a facet when it passes the search
 * and every OTHER facet's filter, so each count says what ticking that value would show (what
 * TanStack's faceted row models give, without filtering all rows once per facet).
 */
export function countFacets<R extends ItemRow>(
  pipeline: RowPipeline<R>,
  rows: readonly R[],
  columnFilters: ColumnFilters,
  search: string,
): FacetCounts {
  const { names, offsets, ids } = facetIndexOf(pipeline, rows);
  // Each ticked facet as a mask over its value ids.
  const active = activeFacets(pipeline, columnFilters).map(({ index, selected }) => {
    const mask = new Uint8Array(names[index]!.length);
    names[index]!.forEach((name, id) => (mask[id] = selected.includes(name) ? 1 : 0));
    return { index, mask };
  });
  const passesMask = (f: number, mask: Uint8Array, row: number) => {
    const from = offsets[f]![row]!;
    const to = offsets[f]![row + 1]!;
    for (let k = from; k < to; k++) if (mask[ids[f]![k]!]) return true;
    return false;
  };
  const tallies = names.map((n) => new Int32Array(n.length));
  const add = (f: number, row: number) => {
    const tally = tallies[f]!;
    const facetIds = ids[f]!;
    for (let k = offsets[f]![row]!, to = offsets[f]![row + 1]!; k < to; k++) tally[facetIds[k]!]!++;
  };
  const base = baseFilter(pipeline, columnFilters, search);
  for (let row = 0; row < rows.length; row++) {
    if (base && !base(rows[row]!)) continue;
    let failed = -1;
    let failures = 0;
    for (const { index, mask } of active) {
      if (passesMask(index, mask, row)) continue;
      failed = index;
      if (++failures > 1) break;
    }
    if (failures === 0) for (let f = 0; f < names.length; f++) add(f, row);
    else if (failures === 1) add(failed, row);
  }
  return new Map(
    pipeline.facets.map((facet, f) => {
      const tally = new Map<string, number>();
      names[f]!.forEach((name, id) => {
        if (tallies[f]![id]! > 0) tally.set(name, tallies[f]![id]!);
      });
      return [facet.id, tally];
    }),
  );
}
