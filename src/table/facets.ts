// The faceted filters: which columns have them, and how a row's value becomes facet values.
// A missing value is its own facet ("Not found") so the user can find letters where a field is absent.
import type { ItemRow } from './item-rows.ts';

export const NOT_FOUND = 'Not found';

export interface FacetDef {
  columnId: string;
  label: string;
  values: (row: ItemRow) => string[];
}

const one = (value: string | null) => [value ?? NOT_FOUND];
const many = (values: string[]) => (values.length > 0 ? values : [NOT_FOUND]);

export const FACETS: readonly FacetDef[] = [
  { columnId: 'decision', label: 'Decision', values: (r) => [r.decision ?? (r.itemIndex === null ? 'No items' : NOT_FOUND)] },
  { columnId: 'category', label: 'Category', values: (r) => (r.itemIndex === null ? [] : one(r.category)) },
  { columnId: 'specialties', label: 'Reviewer specialty', values: (r) => many(r.specialties) },
  { columnId: 'licensure', label: 'Licensure state', values: (r) => many(r.licensure) },
  { columnId: 'sex', label: 'Sex', values: (r) => one(r.sex) },
  { columnId: 'layout', label: 'Layout', values: (r) => [r.layout] },
  { columnId: 'hasWarnings', label: 'Warnings', values: (r) => [r.warnings > 0 ? 'With warnings' : 'No warnings'] },
];

export const FACET_BY_COLUMN = new Map(FACETS.map((f) => [f.columnId, f]));

/** Column filter: the row passes when any of its facet values is among the ticked ones. */
export function matchesFacet(facet: FacetDef, row: ItemRow, selected: unknown): boolean {
  if (!Array.isArray(selected) || selected.length === 0) return true;
  return facet.values(row).some((v) => selected.includes(v));
}

/** The ticked facet filters among the table's column filters. */
function activeFacets(columnFilters: readonly { id: string; value: unknown }[]) {
  return columnFilters.flatMap(({ id, value }) => {
    const facet = FACET_BY_COLUMN.get(id);
    return facet && Array.isArray(value) && value.length > 0 ? [{ facet, selected: value as unknown[] }] : [];
  });
}

/**
 * The rows the facet filters and the search leave, in one pass (the table is given these, already
 * filtered). With no filter and no search, the very same array.
 */
export function filterItemRows(rows: ItemRow[], columnFilters: readonly { id: string; value: unknown }[], search: string): ItemRow[] {
  const active = activeFacets(columnFilters);
  if (active.length === 0 && !search) return rows;
  return rows.filter(
    (row) => (!search || matchesSearch(row, search)) && active.every(({ facet, selected }) => matchesFacet(facet, row, selected)),
  );
}

/** Each facet's values with the number of rows that have them, by facet column id. */
export type FacetCounts = Map<string, Map<string, number>>;

/** What the search box matches: a row's request and rationale, lower-cased (also the table's global filter). */
export const matchesSearch = (row: ItemRow, search: string) => row.searchText.includes(search.trim().toLowerCase());

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
  const active = activeFacets(columnFilters);
  const counts: FacetCounts = new Map(FACETS.map((f) => [f.columnId, new Map<string, number>()]));
  const add = (facet: FacetDef, row: ItemRow) => {
    const tally = counts.get(facet.columnId)!;
    for (const value of facet.values(row)) tally.set(value, (tally.get(value) ?? 0) + 1);
  };
  for (const row of rows) {
    if (search && !matchesSearch(row, search)) continue;
    let failed: FacetDef | null = null;
    let failures = 0;
    for (const { facet, selected } of active) {
      if (matchesFacet(facet, row, selected)) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures === 0) for (const facet of FACETS) add(facet, row);
    else if (failures === 1) add(failed!, row);
  }
  return counts;
}
