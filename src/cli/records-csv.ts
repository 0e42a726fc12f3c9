// CSV for the CLI: the one CSV schema (rows/csv-schema.ts) over every column of the row core, one row
// per disputed item with its letter's fields beside it, made by the row core's builder
// (rows/core-rows.ts); a letter without items (failed, not a letter) still gets one row so that
// nothing silently disappears. No review was given, so no review column: the same letters give the
// same headers and values as the app's export with every column but the review's shown.
// Written a letter at a time (csvHead, then csvLines per record), so a run's CSV has no size limit.
import type { LetterRecord } from '../extract/record.ts';
import { toCsv, toCsvRows } from '../export/csv.ts';
import { csvTable } from '../rows/csv-schema.ts';
import { CORE_ROWS, coreLetterRows } from '../rows/core-rows.ts';

/** The BOM and the header line (papaparse ends a header without rows with its line end). */
export function csvHead(): string {
  const head = toCsv(csvTable(CORE_ROWS, []).header, []);
  return head.endsWith('\r\n') ? head : head + '\r\n';
}

/** One letter's rows, each ending in CRLF. */
export function csvLines(record: LetterRecord): string {
  const { rows } = csvTable(CORE_ROWS, coreLetterRows({ id: record.sha256, name: record.file }, record));
  return rows.length === 0 ? '' : toCsvRows(rows) + '\r\n';
}

export function recordsToCsv(records: readonly LetterRecord[]): string {
  return csvHead() + records.map(csvLines).join('');
}
