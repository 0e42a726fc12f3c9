// "Export CSV" and "Export JSON" for what the user is looking at. The CSV is given as a header and
// rows (table/csv-schema.ts makes them from the table's rows), never the table itself.
import type { LetterRecord } from '../extract/record.ts';
import { toCsv, type CsvTable } from '../export/csv.ts';
import { exportFileName, type ViewFilters } from '../export/file-name.ts';
import { downloadBlob } from '../export/download.ts';
import { recordWithReview } from '../review-model/review-export.ts';
import type { ReviewState } from '../review-model/review-model.ts';
import { useAppStore } from '../store/app-store.ts';
import { notify } from '../store/actions.ts';

/** The file is named for the view the rows come from: its filters, its number of rows and the day. */
export function exportCsv({ header, rows }: CsvTable, view: ViewFilters, now = new Date()): void {
  const name = exportFileName(view, rows.length, 'item', 'csv', now);
  downloadBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), name);
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
