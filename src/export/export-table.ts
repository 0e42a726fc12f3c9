// "Export CSV" and "Export JSON" for what the user is looking at.
import type { LetterRecord } from '../extract/record.ts';
import type { ReviewTableInstance } from '../table/use-review-table.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { exportFileName } from './file-name.ts';
import { downloadBlob } from './download.ts';
import { recordWithReview } from '../review/review-export.ts';
import type { ReviewState } from '../review/review-model.ts';
import { useAppStore } from '../store/app-store.ts';
import { notify } from '../store/actions.ts';

/** Exactly the rows and columns on screen: after filters and search, in sort order, visible columns only. */
export function tableAsCsv(table: ReviewTableInstance): string {
  const columns = table.getVisibleLeafColumns();
  const rowModel = table.getRowModel().rows;
  // Beside each column the reviewer corrected somewhere, the value as read ("Request (as read)"),
  // and the notes at the end when there are any (review/).
  const corrected = new Set(rowModel.flatMap((row) => Object.keys(row.original.review.asRead)));
  const noted = rowModel.some((row) => row.original.review.note || row.original.review.letterNote);
  const header: string[] = [];
  for (const c of columns) {
    const name = typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id;
    header.push(name);
    if (corrected.has(c.id)) header.push(`${name} (as read)`);
  }
  if (noted) header.push('Item note', 'Letter note');
  const rows = rowModel.map((row) => {
    const cells: CsvCell[] = [];
    const { review } = row.original;
    for (const c of columns) {
      cells.push(row.getValue(c.id) as CsvCell);
      if (corrected.has(c.id)) cells.push(c.id in review.asRead ? review.asRead[c.id] : (row.getValue(c.id) as CsvCell));
    }
    if (noted) cells.push(review.note, review.letterNote);
    return cells;
  });
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

/**
 * The full records (with every span) and their review (review/review-export.ts), for the letters that
 * were read, in the order they were added. A file that failed is no letter: it is left out, and the
 * user told so (it stays in the files panel with its message).
 */
export function exportJson(
  records: readonly LetterRecord[],
  now = new Date(),
  review: ReviewState = useAppStore.getState().review.present,
): void {
  const failed = records.filter((r) => r.status === 'failed').length;
  if (failed > 0)
    notify(
      'info',
      `${failed === 1 ? '1 file that could not be read is' : `${failed} files that could not be read are`} not in the JSON export (see the files panel).`,
    );
  const json = JSON.stringify(
    records.filter((r) => r.status !== 'failed').map((r) => recordWithReview(r, review)),
    null,
    2,
  );
  const name = exportFileName({ columnFilters: [], globalFilter: '' }, records.length - failed, 'letter', 'json', now);
  downloadBlob(new Blob([json], { type: 'application/json' }), name);
}
