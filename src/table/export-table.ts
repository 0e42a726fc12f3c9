// "Export CSV" and "Export JSON" for what the user is looking at. The CSV is given as a header and
// rows (table/csv-schema.ts makes them from the table's rows), never the table itself.
import type { LetterRecord } from '../extract/record.ts';
import { toCsv, type CsvTable } from '../export/csv.ts';
import { exportFileName, type ViewFilters } from '../export/file-name.ts';
import { downloadBlob } from '../export/download.ts';
import { recordWithReview } from '../review-model/review-export.ts';
import type { ReviewState } from '../review-model/review-model.ts';
import type { CasesForExport } from '../review-model/case-copies.ts';
import { useAppStore } from '../store/app-store.ts';
import { notify } from '../store/actions.ts';

/** The file is named for the view the rows come from: its filters, its number of rows and the day. */
export function exportCsv({ header, rows }: CsvTable, view: ViewFilters, now = new Date()): void {
  const name = exportFileName(view, rows.length, 'item', 'csv', now);
  downloadBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), name);
}

const NO_CASES: CasesForExport = { leftOut: new Set(), copies: new Map() };

/**
 * The full records (with every span) and their review (review/review-export.ts), for the letters that
 * were read, in the order they were added. A file that failed is no letter: it is left out, and the
 * user told so (it stays in the files panel with its message). A case of several copies is written
 * once, from the copy whose values stand, its `copies` naming every file of the case.
 */
export function exportJson(
  records: readonly LetterRecord[],
  cases: CasesForExport = NO_CASES,
  now = new Date(),
  review: ReviewState = useAppStore.getState().review.present,
): void {
  const failed = records.filter((r) => r.status === 'failed').length;
  if (failed > 0)
    notify(
      'info',
      `${failed === 1 ? '1 file that could not be read is' : `${failed} files that could not be read are`} not in the JSON export (see the files panel).`,
    );
  // A case counts once: its standing copy is written, naming every copy; the others are left out.
  const written = records.filter((r) => r.status !== 'failed' && !cases.leftOut.has(r.sha256));
  const copies = records.length - failed - written.length;
  if (copies > 0)
    notify(
      'info',
      `${copies === 1 ? '1 copy of a case is' : `${copies} copies of cases are`} not in the JSON export: each case is written once, from the copy whose values stand, with its copies named.`,
    );
  const json = JSON.stringify(
    written.map((r) => {
      const own = cases.copies.get(r.sha256);
      const exported = recordWithReview(r, review);
      return own ? { ...exported, copies: own.map((c) => ({ file: c.file, sha256: c.fileId, valuesStand: c.stands })) } : exported;
    }),
    null,
    2,
  );
  const name = exportFileName({ columnFilters: [], globalFilter: '' }, written.length, 'letter', 'json', now);
  downloadBlob(new Blob([json], { type: 'application/json' }), name);
}
