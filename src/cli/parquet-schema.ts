// The Parquet table of `--format parquet`: the CSV's rows (one per disputed item with its letter's
// fields beside it, table/item-rows.ts) under typed columns worked out from the field catalogue, so a
// field added there is a Parquet column too, typed by its kind. Column names are the catalogue keys in
// snake_case (`decisionDate` → `decision_date`, `drugClass` → `drug_class`): as stable as the keys,
// which saved views and reviews already depend on. Values are the record's own (ISO dates as DATE,
// lists as lists), not the CSV's text cells.
import { columnIdOf, FIELD_CATALOGUE, recordValue, type CatalogueEntry, type ValueKind } from '../extract/field-catalogue.ts';
import type { LetterRecord } from '../extract/record.ts';
import type { ItemRow } from '../rows/item-rows.ts';
import { valuesById } from '../rows/catalogue-values.ts';

/** The SQL type a column reads as (DuckDB's names). */
export type ParquetType = 'VARCHAR' | 'INTEGER' | 'DATE' | 'BOOLEAN' | 'VARCHAR[]';

/** A cell as handed to the writer: DATE as a Date at midnight UTC, lists as arrays; null when the letter did not say. */
export type ParquetCell = string | number | boolean | Date | readonly string[] | null;

export interface ParquetColumn {
  name: string;
  type: ParquetType;
  value: (row: ItemRow, record: LetterRecord) => ParquetCell;
}

/**
 * The type of each kind of value; a kind not named here is text. A new field needs no line here
 * unless it is a new kind of number, date, list or yes/no. 'flag' is the yes/no kind (`compounded`).
 */
const TYPE_OF_KIND: Readonly<Partial<Record<ValueKind | 'flag', ParquetType>>> = {
  date: 'DATE',
  age: 'INTEGER',
  count: 'INTEGER',
  list: 'VARCHAR[]',
  messages: 'VARCHAR[]',
  sources: 'VARCHAR[]',
  flag: 'BOOLEAN',
};

export const parquetTypeOf = (entry: Pick<CatalogueEntry, 'kind'>): ParquetType =>
  TYPE_OF_KIND[entry.kind as keyof typeof TYPE_OF_KIND] ?? 'VARCHAR';

/** `decisionDate` → `decision_date`, `claimsAdministratorGuideline` → `claims_administrator_guideline`. */
export const snakeCase = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cell of the column's type from a row value; a value that is not of the type is null (never a wrong value). */
export function cellOf(type: ParquetType, value: unknown): ParquetCell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'DATE': {
      const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      if (!m) return null;
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return date.toISOString().slice(0, 10) === value ? date : null;
    }
    case 'INTEGER':
      return typeof value === 'number' && Number.isInteger(value) ? value : null;
    case 'BOOLEAN':
      // The table and the CSV show a flag as yes or no (the catalogue's flagText).
      return typeof value === 'boolean' ? value : value === 'yes' ? true : value === 'no' ? false : null;
    case 'VARCHAR[]':
      return Array.isArray(value) ? value.map(String) : [String(value)];
    case 'VARCHAR':
      return Array.isArray(value) ? value.join('; ') : String(value);
  }
}

/** Every column: the catalogue's in its order, then the item's number, the letter's sha256 and why a letter has no items. */
export function parquetColumns(catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): ParquetColumn[] {
  const fields = catalogue.map((entry): ParquetColumn => {
    const type = parquetTypeOf(entry);
    const id = columnIdOf(entry);
    // A yes/no value from the record itself (the row core knows no yes/no kind and would drop it).
    const value =
      type === 'BOOLEAN'
        ? (row: ItemRow, record: LetterRecord) => cellOf(type, recordValue(entry, record, row.itemIndex))
        : (row: ItemRow) => cellOf(type, valuesById(row.values)[id]);
    return { name: snakeCase(entry.key), type, value };
  });
  return [
    ...fields,
    { name: 'item_number', type: 'INTEGER', value: (row) => (row.itemIndex === null ? null : row.itemIndex + 1) },
    { name: 'sha256', type: 'VARCHAR', value: (row) => row.fileId },
    { name: 'note', type: 'VARCHAR', value: (row) => row.note },
  ];
}
