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
