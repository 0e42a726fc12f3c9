// Table cells for the review: the state with the "needs attention" marker (reasons on hover), and a
// corrected value shown with the value the engine read. The app registers them with the table
// (REVIEW_CELLS): the review's column names the 'review-state' cell kind (review-model/review-columns.ts).
import type { ReactNode } from 'react';
import type { ReviewedRow } from '../review-model/review-rows.ts';
import { REVIEW_STATUS_LABEL, type ReviewStatus } from '../review-model/review-model.ts';
import './review.css';

const STATUS_MARK: Record<ReviewStatus, string> = { unreviewed: '○', confirmed: '✓', corrected: '✎', 'not-an-item': '⊘' };

export function ReviewStateCell({ row }: { row: ReviewedRow }) {
  const { status } = row.review;
  const attention = row.attention.length > 0;
  return (
    <span className="rv-state-cell">
      {attention ? (
        <span
          className="rv-attention"
          title={`Needs attention:\n${row.attention.join('\n')}`}
          aria-label={`Needs attention: ${row.attention.join('; ')}`}
          data-testid="attention-marker"
        >
          !
        </span>
      ) : (
        <span className="rv-attention-none" aria-hidden />
      )}
      {row.itemIndex === null ? null : (
        // A compact mark (the column stays narrow); its words on hover and for screen readers.
        <span className={`rv-state rv-state-${status}`} data-review={status} title={REVIEW_STATUS_LABEL[status]}>
          <span aria-hidden>{STATUS_MARK[status]}</span>
          <span className="sr-only">{REVIEW_STATUS_LABEL[status]}</span>
        </span>
      )}
      {row.review.note || row.review.letterNote ? (
        <span className="rv-note-mark" title={[row.review.note, row.review.letterNote].filter(Boolean).join('\n')} aria-label="Has a note">
          ¶
        </span>
      ) : null}
    </span>
  );
}

/** The cell's own content, or, when the reviewer corrected this column's value, the correction over the value as read. */
export function withCorrection(row: ReviewedRow, columnId: string, shown: ReactNode): ReactNode {
  const asRead = row.review.asRead[columnId];
  if (asRead === undefined) return shown;
  const typed = row.review.typed.includes(columnId);
  return (
    <span
      className="rv-corrected"
      title={`Corrected${typed ? ' (typed)' : ''}; read as: ${asRead || '(nothing)'}`}
      data-corrected={columnId}
    >
      <ins>{shown}</ins> <del className="rv-as-read">{asRead || '—'}</del>
    </span>
  );
}

/** What the review draws in the table: its state cell, and corrected values over the values as read. */
export const REVIEW_CELLS = {
  kinds: { 'review-state': (row: ReviewedRow) => <ReviewStateCell row={row} /> },
  decorate: withCorrection,
};
