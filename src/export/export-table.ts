// "Export CSV" and "Export JSON" for what the user is looking at.
import type { LetterRecord } from '../extract/record.ts';
import type { ReviewTableInstance } from '../table/use-review-table.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { exportFileName } from './file-name.ts';
import { downloadBlob } from './download.ts';

/** Exactly the rows and columns on screen: after filters and search, in sort order, visible columns only. */
export function tableAsCsv(table: ReviewTableInstance): string {
  const columns = table.getVisibleLeafColumns();
  const header = columns.map((c) => (typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id));
  const rows = table.getRowModel().rows.map((row) => columns.map((c) => row.getValue(c.id) as CsvCell));
  return toCsv(header, rows);
}

/** The file is named for the view: its filters, its number of rows and the day. */
export function exportCsv(table: ReviewTableInstance, now = new Date()): void {
  const { columnFilters, globalFilter } = table.state;
  const name = exportFileName(
    { columnFilters, globalFilter: String(globalFilter ?? '') },
    table.getRowModel().rows.length,
    'item',
    'csv',
    now,
  );
  downloadBlob(new Blob([tableAsCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
}

/** The full records (with every span), for the letters that have one, in the order they were added. */
export function exportJson(records: readonly LetterRecord[], now = new Date()): void {
  const json = JSON.stringify(records, null, 2);
  const name = exportFileName({ columnFilters: [], globalFilter: '' }, records.length, 'letter', 'json', now);
  downloadBlob(new Blob([json], { type: 'application/json' }), name);
}
