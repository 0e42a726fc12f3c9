// What the review registers into a row pipeline (rows/row-pipeline.ts): its column (the review state,
// first: a facet, a sort, the notes and values as read for the search, drawn as the review-state cell),
// the notes for the CSV, the rows it takes out of the counts ("not an item") and the values as read
// the CSV writes beside corrected ones.
import type { RowColumn } from '../rows/row-columns.ts';
import type { RowFeature } from '../rows/row-pipeline.ts';
import { REVIEW_STATUS_LABEL } from './review-model.ts';
import type { ReviewedRow } from './review-rows.ts';

const stateOf = (r: ReviewedRow) => (r.itemIndex === null ? undefined : REVIEW_STATUS_LABEL[r.review.status]);

const REVIEW_STATE_COLUMN: RowColumn<ReviewedRow> = {
  id: 'reviewStatus',
  header: 'Review',
  value: stateOf,
  sortValue: stateOf,
  facet: {
    label: 'Review',
    sidebar: 'always',
    inAddress: true,
    values: (r) => (r.itemIndex === null ? [] : [REVIEW_STATUS_LABEL[r.review.status]]),
  },
  dateRange: null,
  // The notes are searchable, and so are the values as read of what was corrected.
  search: (r) => [r.review.note, r.review.letterNote, ...Object.values(r.review.asRead)],
  cell: 'review-state',
  csv: 'always',
  width: 64,
  visible: true,
  entry: null,
};

const noteColumn = (id: string, header: string, read: (r: ReviewedRow) => string): RowColumn<ReviewedRow> => ({
  id,
  header,
  value: (r) => read(r) || undefined,
  sortValue: null,
  facet: null,
  dateRange: null,
  search: null,
  cell: null,
  csv: 'when-any',
  width: 200,
  visible: false,
  entry: null,
});

/** The review's state first; its notes at the end of the CSV, when there are any. */
export const REVIEW_FEATURE: RowFeature<ReviewedRow> = {
  id: 'review',
  placement: 'first',
  columns: [REVIEW_STATE_COLUMN],
  countsAsItem: (r) => r.review.status !== 'not-an-item',
  asRead: (r) => r.review.asRead,
};

/** The notes, written after every other column of the CSV when some row has one. */
export const REVIEW_NOTE_FEATURE: RowFeature<ReviewedRow> = {
  id: 'review-notes',
  placement: 'last',
  columns: [noteColumn('itemNote', 'Item note', (r) => r.review.note), noteColumn('letterNote', 'Letter note', (r) => r.review.letterNote)],
};
