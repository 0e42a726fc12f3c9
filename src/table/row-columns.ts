// The table's columns as values, without React: the review state, every field of the field catalogue
// (extract/field-catalogue.ts) in its order, and the item's number. What a column's value is here is
// what the table shows and sorts (columns.tsx uses these as its accessors) and what both CSV files
// write (table/csv-schema.ts, for the app's export and the CLI), so the three agree by construction.
import { columnIdOf, FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import { REVIEW_STATUS_LABEL } from '../review/review-model.ts';
import { rowValue, type ItemRow } from './item-rows.ts';

/** A cell's value: a text or a number, undefined when the letter did not say. */
export type CellValue = string | number | undefined;

export interface RowColumn {
  id: string;
  header: string;
  /** The catalogue entry the column shows (null for the review state and the item number). */
  entry: CatalogueEntry | null;
  value: (row: ItemRow) => CellValue;
}

const NO_ITEMS = 'No items';

/** A row value as a cell: lists joined by "; ", nothing found as undefined. */
function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.length > 0 ? v.join('; ') : undefined;
  return typeof v === 'number' ? v : String(v);
}

function catalogueColumn(entry: CatalogueEntry): RowColumn {
  const id = columnIdOf(entry);
  const read = (row: ItemRow) => cellOf(rowValue(row, id));
  // A letter without items says so in the decision column, and why in the request column.
  const value =
    entry.key === 'decision'
      ? (row: ItemRow) => read(row) ?? (row.itemIndex === null ? NO_ITEMS : undefined)
      : entry.key === 'request'
        ? (row: ItemRow) => read(row) ?? cellOf(row.note)
        : read;
  return { id, header: entry.label, entry, value };
}

/** Every column, in the default order: the review state first, the item's number last. */
export function rowColumns(catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): RowColumn[] {
  return [
    {
      id: 'reviewStatus',
      header: 'Review',
      entry: null,
      value: (r) => (r.itemIndex === null ? undefined : REVIEW_STATUS_LABEL[r.review.status]),
    },
    ...catalogue.map(catalogueColumn),
    { id: 'item', header: 'Item', entry: null, value: (r) => (r.itemIndex === null ? undefined : r.itemIndex + 1) },
  ];
}

export const ROW_COLUMNS: readonly RowColumn[] = rowColumns();

/** Shown until the user picks: the review state and the catalogue's default columns. */
export const DEFAULT_VISIBLE: ReadonlySet<string> = new Set([
  'reviewStatus',
  ...FIELD_CATALOGUE.filter((e) => e.column.visible).map(columnIdOf),
]);
