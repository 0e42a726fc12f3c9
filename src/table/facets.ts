// The faceted filters: which columns have them (the field catalogue's `facet` and `dateRange`, then
// the filters of the review and of Insights), and how a row's value becomes facet values. A missing
// value is its own facet ("Not found") so the user can find letters where a field is absent.
import { columnIdOf, FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import type { ItemRow, RowFields } from './item-rows.ts';
import { REVIEW_STATUS_LABEL } from '../review/review-model.ts';

export const NOT_FOUND = 'Not found';
/** An item whose reviewer cited no guideline. */
export const NONE_CITED = 'None cited';

export interface FacetDef {
  columnId: string;
  label: string;
  /** Filters Insights applies (a month, a request kind): listed in the sidebar only while ticked. */
  sidebar?: 'when-ticked';
  /** Worked out once per row (ItemRow.facetValues); read them from there. */
  values: (row: RowFields) => string[];
  /**
   * Its values are a fixed vocabulary of the app's (Upheld, a category, a layout's name), never words
   * or dates read from a letter, so a filter on it may be written into the address (app/url-view.ts).
   */
  inAddress: boolean;
}

/** Kinds whose every value is one of a fixed list, whatever the letter says. */
const FIXED_VOCABULARY: ReadonlySet<CatalogueEntry['kind']> = new Set(['decision', 'necessity', 'category', 'sex', 'layout', 'status']);

const one = (value: string | null) => [value ?? NOT_FOUND];
const many = (values: string[]) => (values.length > 0 ? values : [NOT_FOUND]);
const NO_ITEMS = 'No items';

/** A catalogue field's facet: its value (each element of a list); an item's field on a row with no item has none, but the decision says "No items". */
function catalogueFacet(e: CatalogueEntry): FacetDef {
  const id = columnIdOf(e);
  return {
    columnId: id,
    label: e.label,
    inAddress: FIXED_VOCABULARY.has(e.kind),
    values: (r) => {
      const v = (r as unknown as Record<string, unknown>)[id];
      if (e.level === 'item' && r.itemIndex === null) return e.kind === 'decision' ? [NO_ITEMS] : [];
      if (Array.isArray(v)) return many(v.map(String));
      return one(v === null || v === undefined ? null : String(v));
    },
  };
}

export const FACETS: readonly FacetDef[] = [
  {
    columnId: 'reviewStatus',
    label: 'Review',
    inAddress: true,
    values: (r) => (r.itemIndex === null ? [] : [REVIEW_STATUS_LABEL[r.review.status]]),
  },
  ...FIELD_CATALOGUE.filter((e) => e.column.facet).map(catalogueFacet),
  { columnId: 'hasWarnings', label: 'Warnings', inAddress: true, values: (r) => [r.warnings > 0 ? 'With warnings' : 'No warnings'] },
  // What Insights breaks the items down by (its bars filter through these).
  {
    columnId: 'reviewerSources',
    label: 'Guideline the reviewer cited',
    // MTUS, ACOEM, ODG, other or none: the app's own names for the sources.
    inAddress: true,
    values: (r) => (r.itemIndex === null ? [] : r.reviewerSources.length > 0 ? r.reviewerSources : [NONE_CITED]),
  },
  {
    columnId: 'decisionMonth',
    label: 'Month of decision',
    sidebar: 'when-ticked',
    inAddress: false,
    values: (r) => one(r.decisionDate?.slice(0, 7) ?? null),
  },
  {
    columnId: 'requestKind',
    label: 'Request (normalised)',
    sidebar: 'when-ticked',
    inAddress: false,
    values: (r) => (r.itemIndex === null ? [] : one(r.requestKind)),
  },
  {
    columnId: 'guidelineSection',
    label: 'Guideline section cited',
    sidebar: 'when-ticked',
    inAddress: false,
    values: (r) => r.reviewerSections,
  },
];

export const FACET_BY_COLUMN = new Map(FACETS.map((f) => [f.columnId, f]));
const FACET_INDEX = new Map(FACETS.map((f, i) => [f.columnId, i]));

/** The row has one of the ticked values of the facet at `index`. */
const passes = (row: ItemRow, index: number, selected: readonly unknown[]) => row.facetValues[index]!.some((v) => selected.includes(v));

/** Column filter: the row passes when any of its facet values is among the ticked ones. */
export function matchesFacet(facet: FacetDef, row: ItemRow, selected: unknown): boolean {
  if (!Array.isArray(selected) || selected.length === 0) return true;
  return passes(row, FACET_INDEX.get(facet.columnId)!, selected);
}

/** The ticked facet filters among the table's column filters. */
function activeFacets(columnFilters: readonly { id: string; value: unknown }[]) {
  return columnFilters.flatMap(({ id, value }) => {
    const index = FACET_INDEX.get(id);
    return index !== undefined && Array.isArray(value) && value.length > 0 ? [{ index, selected: value as unknown[] }] : [];
  });
}

/** A date-range filter's value: ISO yyyy-mm-dd bounds, both inclusive, either may be left open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** The columns that take a date range, read from the row. */
export const DATE_RANGE_COLUMNS: ReadonlyMap<string, { label: string; value: (row: ItemRow) => string | null }> = new Map(
  FIELD_CATALOGUE.filter((e) => e.column.dateRange).map((e) => {
    const id = columnIdOf(e);
    return [id, { label: e.label, value: (r: ItemRow) => (r as unknown as Record<string, string | null>)[id] ?? null }];
  }),
);

const isRange = (v: unknown): v is DateRange => typeof v === 'object' && v !== null && !Array.isArray(v) && ('from' in v || 'to' in v);

/** A row is in a range when its date is known and within both bounds (a row with no date is left out). */
export function inDateRange(date: string | null, range: unknown): boolean {
  if (!isRange(range) || (!range.from && !range.to)) return true;
  if (!date) return false;
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}

function activeRanges(columnFilters: readonly { id: string; value: unknown }[]) {
  return columnFilters.flatMap(({ id, value }) => {
    const column = DATE_RANGE_COLUMNS.get(id);
    return column && isRange(value) && (value.from || value.to) ? [{ read: column.value, range: value }] : [];
  });
}

/** The search and the date ranges: what every facet count also respects. */
function baseFilter(columnFilters: readonly { id: string; value: unknown }[], search: string): ((row: ItemRow) => boolean) | null {
  const ranges = activeRanges(columnFilters);
  const needle = searchNeedle(search);
  if (!needle && ranges.length === 0) return null;
  return (row) => (!needle || row.searchText.includes(needle)) && ranges.every(({ read, range }) => inDateRange(read(row), range));
}

/**
 * The rows the facet filters and the search leave, in one pass (the table is given these, already
 * filtered). With no filter and no search, the very same array.
 */
export function filterItemRows(rows: ItemRow[], columnFilters: readonly { id: string; value: unknown }[], search: string): ItemRow[] {
  const active = activeFacets(columnFilters);
  const base = baseFilter(columnFilters, search);
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

function facetIndexOf(rows: readonly ItemRow[]): FacetIndex {
  const known = facetIndexes.get(rows);
  if (known) return known;
  const index: FacetIndex = { names: [], offsets: [], ids: [] };
  for (let f = 0; f < FACETS.length; f++) {
    const names: string[] = [];
    const idOf = new Map<string, number>();
    const offsets = new Int32Array(rows.length + 1);
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      for (const value of rows[i]!.facetValues[f]!) {
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
export function countFacets(
  rows: readonly ItemRow[],
  columnFilters: readonly { id: string; value: unknown }[],
  search: string,
): FacetCounts {
  const { names, offsets, ids } = facetIndexOf(rows);
  // Each ticked facet as a mask over its value ids.
  const active = activeFacets(columnFilters).map(({ index, selected }) => {
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
  const base = baseFilter(columnFilters, search);
  for (let row = 0; row < rows.length; row++) {
    if (base && !base(rows[row]!)) continue;
    let failed = -1;
    let failures = 0;
    for (const { index, mask } of active) {
      if (passesMask(index, mask, row)) continue;
      failed = index;
      if (++failures > 1) break;
    }
    if (failures === 0) for (let f = 0; f < FACETS.length; f++) add(f, row);
    else if (failures === 1) add(failed, row);
  }
  return new Map(
    FACETS.map((facet, f) => {
      const tally = new Map<string, number>();
      names[f]!.forEach((name, id) => {
        if (tallies[f]![id]! > 0) tally.set(name, tallies[f]![id]!);
      });
      return [facet.columnId, tally];
    }),
  );
}
