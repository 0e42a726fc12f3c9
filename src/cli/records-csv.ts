// CSV for the CLI: the one CSV schema (rows/csv-schema.ts) over every column of the row core, one row
// per disputed item with its letter's fields beside it, made by the row core's builder
// (rows/core-rows.ts); a letter without items (failed, not a letter) still gets one row so that
// nothing silently disappears. No review was given, so no review column: the same letters give the
// same headers and values as the app's export with every column but the review's shown.
import type { LetterRecord } from '../extract/record.ts';
import { toCsv } from '../export/csv.ts';
import { csvTable } from '../rows/csv-schema.ts';
import { CORE_ROWS, coreLetterRows } from '../rows/core-rows.ts';

export function recordsToCsv(records: readonly LetterRecord[]): string {
  const rows = records.flatMap((record) => coreLetterRows({ id: record.sha256, name: record.file }, record));
  const { header, rows: cells } = csvTable(CORE_ROWS, rows);
  // The app's CSV writer: RFC 4180, BOM, formula-like cells neutralised.
  return toCsv(header, cells) + '\r\n';
}
