// The app's rows: the row core (rows/) with the features the app registers, the review (its state
// column, its row transform) and Insights (its facets), over the store's letters. The CLI uses the
// core alone (rows/core-rows.ts). Pure: no React, no DOM.
import type { LetterRecord } from '../extract/record.ts';
import { readLetterRows, type ItemRow, type RowFile, type RowRef } from '../rows/item-rows.ts';
import { coreColumns } from '../rows/row-columns.ts';
import { rowPipeline, type RowPipeline } from '../rows/row-pipeline.ts';
import { INSIGHTS_FEATURE, insightsFields, type InsightsRowFields } from '../insights-model/insights-rows.ts';
import { REVIEW_FEATURE, REVIEW_NOTE_FEATURE } from '../review-model/review-columns.ts';
import { ALONE, CASE_FEATURE, caseRows, type CaseRowFields } from '../review-model/case-rows.ts';
import { reviewRows, UNREVIEWED, type ReviewRowFields } from '../review-model/review-rows.ts';
import type { ReviewState } from '../review-model/review-model.ts';
import { FINISHED_STATES, type FileEntry } from '../store/file-entry.ts';

/** A row of the app: the core's, with what the review, the cases and Insights add. */
export type AppRow = ItemRow & ReviewRowFields & CaseRowFields & InsightsRowFields;

export const APP_ROWS: RowPipeline<AppRow> = rowPipeline<AppRow>(coreColumns(), [
  REVIEW_FEATURE,
  CASE_FEATURE,
  INSIGHTS_FEATURE,
  REVIEW_NOTE_FEATURE,
]);

/** The rows of one letter as read, with Insights' fields, before the review is laid over them. */
export function appLetterRows(file: RowFile, record: LetterRecord | undefined): AppRow[] {
  return readLetterRows(file, record).map((row) =>
    APP_ROWS.finish({ ...row, ...UNREVIEWED, ...ALONE, ...insightsFields(record, row.itemIndex) }),
  );
}

/**
 * Each letter's rows, kept while its entry and record objects are the same ones (the store replaces
 * them on every change): a batch of new letters reads only those, not the thousands before them.
 */
const rowsCache = new WeakMap<FileEntry, { record: LetterRecord | undefined; rows: AppRow[] }>();

/** Every finished letter's rows as read, in the order the files were added. */
export function readRows(entries: readonly FileEntry[], records: Readonly<Record<string, LetterRecord>>): AppRow[] {
  const rows: AppRow[] = [];
  for (const entry of entries) {
    // A failed file is no letter: it stays in the files panel with its message, in no row or count.
    if (!FINISHED_STATES.has(entry.state) || entry.state === 'failed') continue;
    const record = records[entry.id];
    const cached = rowsCache.get(entry);
    if (cached && cached.record === record) {
      for (const row of cached.rows) rows.push(row);
      continue;
    }
    const own = appLetterRows(entry, record);
    rowsCache.set(entry, { record, rows: own });
    for (const row of own) rows.push(row);
  }
  return rows;
}

/** The review laid over the rows read (review-model/review-rows.ts). */
export const applyReview: (rows: readonly AppRow[], records: Readonly<Record<string, LetterRecord>>, review: ReviewState) => AppRow[] =
  reviewRows(APP_ROWS);

/** The copies of one case as one (review-model/case-rows.ts), over the reviewed rows. */
export const applyCases: (rows: AppRow[], records: Readonly<Record<string, LetterRecord>>, review: ReviewState) => AppRow[] =
  caseRows(APP_ROWS);

/** The app's rows: the finished letters' rows with the review laid over them, each case once. */
export const appRows = (entries: readonly FileEntry[], records: Readonly<Record<string, LetterRecord>>, review: ReviewState) =>
  applyCases(applyReview(readRows(entries, records), records, review), records, review);

/** What the store keeps of a row to select or open it (an added item by its review key). */
export const rowRefOf = (row: AppRow): RowRef => ({
  id: row.id,
  fileId: row.fileId,
  itemIndex: row.itemIndex,
  addedKey: row.review.added ? row.review.key : null,
});
