// CSV for the CLI: the app's CSV schema (table/csv-schema.ts) over every column, one row per disputed
// item with its letter's fields beside it, made by the table's own row builder (table/item-rows.ts);
// a letter without items (failed, not a letter) still gets one row so that nothing silently
// disappears. The same letters give the same headers and values as the app's export with every column shown.
import type { LetterRecord } from '../extract/record.ts';
import { toCsv } from '../export/csv.ts';
import { csvTable } from '../table/csv-schema.ts';
import { letterRows } from '../table/item-rows.ts';

export function recordsToCsv(records: readonly LetterRecord[]): string {
  const rows = records.flatMap((record) => letterRows({ id: record.sha256, name: record.file }, record));
  const { header, rows: cells } = csvTable(rows);
  // The app's CSV writer: RFC 4180, BOM, formula-like cells neutralised.
  return toCsv(header, cells) + '\r\n';
}
