// A column and every fact about it, on the column (as TanStack Table keeps them in columnDef.meta):
// its value (what the table shows and the CSV writes), its sort value, its facet, its date range, the
// text it gives the search, its CSV header, its cell kind and its width. The table, Insights, the
// exports and the CLI read these facts; none keeps a list of its own. The row core's columns are the
// field catalogue's (extract/field-catalogue.ts) and the item's number; features (the review,
// Insights) register theirs into a pipeline (row-pipeline.ts).
import { columnIdOf, FIELD_CATALOGUE, type CatalogueEntry, type RowValue } from '../extract/field-catalogue.ts';
import { valuesById } from './catalogue-values.ts';
import type { ItemRow } from './item-rows.ts';

/** A cell's value: a text or a number, undefined when the letter did not say. */
export type CellValue = string | number | undefined;

/**
 * How the table draws a column's cells (the table has one renderer per kind; a feature's own kind is
 * registered with the table by the app): plain text, the decision's badge, the request (with the note
 * of a letter without items, and where else a search matched), the warnings count, the review state,
 * a case's copies.
 */
export type CellKind = 'plain' | 'decision' | 'request' | 'warnings' | 'review-state' | 'copies';

export interface FacetFact<R> {
  /** The facet's title in the sidebar and the address's key is the column id. */
  label: string;
  /** Listed in the sidebar always, or only while one of its values is ticked (filters Insights applies). */
  sidebar: 'always' | 'when-ticked';
  /** The row's values for this facet ("Not found" when empty): worked out once per row (ItemRow.facetValues). */
  values: (row: R) => readonly string[];
  /**
   * Its values are a fixed vocabulary of the app's (Upheld, a category, a layout's name), never words
   * or dates read from a letter, so a filter on it may be written into the address (app/url-view.ts).
   */
  inAddress: boolean;
}

export interface RowColumn<R extends ItemRow = ItemRow> {
  id: string;
  /** The column's header, and its CSV header. */
  header: string;
  /** What the cell shows and the CSV writes; undefined when the letter did not say. */
  value: (row: R) => CellValue;
  /** What the column sorts by (null: it does not sort). */
  sortValue: ((row: R) => unknown) | null;
  /** A faceted filter over the rows, when the column has one. */
  facet: FacetFact<R> | null;
  /** A from/to date filter over this date (ISO yyyy-mm-dd), when the column has one. */
  dateRange: ((row: R) => string | null) | null;
  /** The texts the column gives the search box (null: none). */
  search: ((row: R) => readonly RowValue[]) | null;
  /** How its cells are drawn; null for a column that is only a filter (never shown, never exported). */
  cell: CellKind | null;
  /** Written to the CSV under its header: always, only when some row has a value (the review's notes), or never (a filter). */
  csv: 'always' | 'when-any' | 'never';
  /** Default width in pixels. */
  width: number;
  /** Shown until the user picks columns. */
  visible: boolean;
  /** The catalogue field it shows (null for the columns of the core and the features). */
  entry: CatalogueEntry | null;
}

export const NOT_FOUND = 'Not found';
const NO_ITEMS = 'No items';

/** A row value as a cell: lists joined by "; ", nothing found as undefined. */
export function cellOf(v: RowValue | undefined): CellValue {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.length > 0 ? v.join('; ') : undefined;
  return typeof v === 'number' ? v : String(v);
}

/** Values a user may look for (not the counts, the status, the problems or the layout). */
export const isSearchable = (e: CatalogueEntry) => !['count', 'messages', 'status', 'layout'].includes(e.kind);

/** Kinds whose every value is one of a fixed list, whatever the letter says. */
const FIXED_VOCABULARY: ReadonlySet<CatalogueEntry['kind']> = new Set([
  'decision',
  'necessity',
  'category',
  'drugClass',
  'flag',
  'sex',
  'layout',
  'status',
]);

const many = (values: readonly string[]) => (values.length > 0 ? values : [NOT_FOUND]);

/** A catalogue field's facet: its value (each element of a list); an item's field on a row with no item has none, but the decision says "No items". */
function catalogueFacet(e: CatalogueEntry, read: (row: ItemRow) => RowValue | undefined): FacetFact<ItemRow> {
  return {
    label: e.label,
    sidebar: 'always',
    inAddress: FIXED_VOCABULARY.has(e.kind),
    values: (r) => {
      if (e.level === 'item' && r.itemIndex === null) return e.kind === 'decision' ? [NO_ITEMS] : [];
      const v = read(r);
      if (Array.isArray(v)) return many(v.map(String));
      return [v === null || v === undefined ? (e.column.emptyFacet ?? NOT_FOUND) : String(v)];
    },
  };
}

/** A catalogue field as a column: its value read from the row's values by its column id. */
export function catalogueColumn(entry: CatalogueEntry): RowColumn {
  const id = columnIdOf(entry);
  const read = (row: ItemRow): RowValue | undefined => valuesById(row.values)[id];
  const cellValue = (row: ItemRow) => cellOf(read(row));
  // A letter without items says so in the decision column, and why in the request column.
  const value =
    entry.key === 'decision'
      ? (row: ItemRow) => cellValue(row) ?? (row.itemIndex === null ? NO_ITEMS : undefined)
      : entry.key === 'request'
        ? (row: ItemRow) => cellValue(row) ?? cellOf(row.note)
        : cellValue;
  const cell: CellKind =
    entry.key === 'decision' ? 'decision' : entry.key === 'request' ? 'request' : entry.kind === 'count' ? 'warnings' : 'plain';
  return {
    id,
    header: entry.label,
    value,
    sortValue: value,
    facet: entry.column.facet ? catalogueFacet(entry, read) : null,
    dateRange: entry.column.dateRange
      ? (row) => {
          const v = read(row);
          return typeof v === 'string' ? v : null;
        }
      : null,
    search: isSearchable(entry) ? (row) => [read(row) ?? null] : null,
    cell,
    csv: 'always',
    width: entry.column.width,
    visible: entry.column.visible ?? false,
    entry,
  };
}

/** The item's number in its letter (1-based), last. */
export const ITEM_NUMBER_COLUMN: RowColumn = {
  id: 'item',
  header: 'Item',
  value: (r) => (r.itemIndex === null ? undefined : r.itemIndex + 1),
  sortValue: (r) => (r.itemIndex === null ? undefined : r.itemIndex + 1),
  facet: null,
  dateRange: null,
  search: null,
  cell: 'plain',
  csv: 'always',
  width: 64,
  visible: false,
  entry: null,
};

/** Only a filter ("has warnings"): never shown, never exported. */
export const HAS_WARNINGS_COLUMN: RowColumn = {
  id: 'hasWarnings',
  header: 'Has warnings',
  value: (r) => (r.values.warnings > 0 ? 'With warnings' : 'No warnings'),
  sortValue: null,
  facet: {
    label: 'Warnings',
    sidebar: 'always',
    inAddress: true,
    values: (r) => [r.values.warnings > 0 ? 'With warnings' : 'No warnings'],
  },
  dateRange: null,
  search: null,
  cell: null,
  csv: 'never',
  width: 64,
  visible: false,
  entry: null,
};

/** The row core's columns: every field of the catalogue in its order, the item's number, the warnings filter. */
export function coreColumns(catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): RowColumn[] {
  return [...catalogue.map(catalogueColumn), ITEM_NUMBER_COLUMN, HAS_WARNINGS_COLUMN];
}
