// Over the table: how far the review is ("212 of 312 items reviewed, 4 corrected"), confirm-and-next,
// next needing attention, undo and redo, and the review file (export to continue elsewhere, import).
// Keys: c confirms the selected item and moves to the next unreviewed one; n jumps to the next item
// needing attention; Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { revealRow } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { rowRefOf, type AppRow } from '../pipeline/app-rows.ts';
import { downloadBlob } from '../export/download.ts';
import { importReviewText, redoReview, reviewFileText, setVerdict, undoReview } from '../store/review-actions.ts';
import { itemStatus, reviewProgressLine, type ReviewProgress } from '../review-model/review-model.ts';
import { itemRefOf } from '../review-model/review-rows.ts';
import { followNextSelection } from '../table/row-focus.ts';
import { FoldMenu } from '../ui/FoldMenu.tsx';
import { useShortcut } from '../ui/use-shortcut.ts';
import { useWidth } from '../ui/use-width.ts';
import './review.css';

export function reviewProgress(rows: readonly AppRow[]): ReviewProgress {
  const p: ReviewProgress = { items: 0, reviewed: 0, corrected: 0, notItems: 0 };
  for (const row of rows) {
    if (row.itemIndex === null) continue;
    const status = row.review.status;
    if (status === 'not-an-item') {
      p.notItems++;
      continue;
    }
    p.items++;
    if (status !== 'unreviewed') p.reviewed++;
    if (status === 'corrected') p.corrected++;
  }
  return p;
}

/**
 * A row's state as the store has it now: the rows on screen are derived in a deferred render, so a
 * key pressed again before they catch up must not take an item just confirmed for an unreviewed one.
 */
function liveStatus(row: AppRow) {
  if (row.review.key === null) return row.review.status;
  return itemStatus(useAppStore.getState().review.present.letters[row.fileId]?.items[row.review.key]);
}
const unreviewed = (row: AppRow) => row.itemIndex !== null && liveStatus(row) === 'unreviewed';
// The row's marks already follow the review (review-model/attention.ts); the live state covers a confirm the rows have not caught up with.
const needsAttention = (row: AppRow) => row.attention.length > 0 && liveStatus(row) !== 'confirmed' && liveStatus(row) !== 'not-an-item';

/** Selects the row (the open source view follows); the table scrolls to it, takes the focus along and says where it is. */
function goTo(rows: readonly AppRow[], index: number): void {
  const row = rows[index];
  if (!row) return;
  followNextSelection();
  revealRow(rowRefOf(row));
}

/** The next row after the selected one (wrapping) that passes `test`, in the table's order. */
function nextIndex(rows: readonly AppRow[], test: (row: AppRow) => boolean): number {
  const selected = useAppStore.getState().selectedRow?.id;
  const from = rows.findIndex((r) => r.id === selected);
  for (let k = 1; k <= rows.length; k++) {
    const i = (from + k + rows.length) % rows.length;
    if (test(rows[i]!)) return i;
  }
  return -1;
}

export function confirmAndNext(rows: readonly AppRow[]): void {
  const selected = useAppStore.getState().selectedRow?.id;
  const row = rows.find((r) => r.id === selected);
  const ref = row && itemRefOf(row);
  if (ref) setVerdict(ref, 'confirmed');
  const next = nextIndex(rows, (r) => unreviewed(r) && r.id !== selected);
  if (next >= 0) goTo(rows, next);
}

/** `rows`: every row (for the progress); `shown`: the rows on screen, in order (for `c` and `n`). */
export function ReviewBar({ rows, shown }: { rows: readonly AppRow[]; shown: readonly AppRow[] }) {
  const progress = useMemo(() => reviewProgress(rows), [rows]);
  const canUndo = useAppStore((s) => s.review.past.length > 0);
  const canRedo = useAppStore((s) => s.review.future.length > 0);
  const shownRef = useRef<readonly AppRow[]>([]);
  useLayoutEffect(() => {
    shownRef.current = shown;
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const samples = useAppStore((s) => s.order.some((id) => s.files[id]?.sample));

  useShortcut({
    keys: ['c'],
    label: 'Confirm the selected item and go to the next unreviewed one',
    group: 'Review',
    run: () => confirmAndNext(shownRef.current),
  });
  const nextAttention = () => goTo(shownRef.current, nextIndex(shownRef.current, needsAttention));
  useShortcut({ keys: ['n'], label: 'Next item needing attention', group: 'Review', run: nextAttention });
  useShortcut({ keys: ['Ctrl+Z'], label: 'Undo the last review action', group: 'Review', run: () => undoReview() });
  useShortcut({ keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: 'Redo', group: 'Review', run: () => redoReview() });
  // One line: what does not fit folds into "More" (the bar is narrow beside an open letter or zoomed in).
  const bar = useRef<HTMLDivElement>(null);
  const width = useWidth(bar);
  const folded = width > 0 && width < 760;

  const undoRedo = (
    <>
      <button type="button" className="button button-small" onClick={undoReview} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" className="button button-small" onClick={redoReview} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </>
  );
  const reviewFile = (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          downloadBlob(
            new Blob([reviewFileText()], { type: 'application/json' }),
            `imr-lens-review-${new Date().toISOString().slice(0, 10)}.json`,
          )
        }
      >
        Export review
      </button>
      <button type="button" className="button button-small" onClick={() => fileInput.current?.click()}>
        Import review
      </button>
    </>
  );
  const line = reviewProgressLine(progress);
  return (
    <div className={`rv-progress${folded ? ' is-folded' : ''}`} role="toolbar" aria-label="Review" ref={bar}>
      {samples && !folded ? (
        <span
          className="count-chip sample-chip"
          data-testid="sample-label"
          title="Letters bundled with imr-lens to try it; they leave when you add your own"
        >
          Sample letters
        </span>
      ) : null}
      <span className="rv-progress-line" data-testid="review-progress" title={line}>
        {line}
      </span>
      <button
        type="button"
        className="button button-small"
        onClick={() => confirmAndNext(shownRef.current)}
        title="Confirm the selected item and go to the next unreviewed one (c)"
      >
        Confirm &amp; next
      </button>
      <button type="button" className="button button-small" onClick={nextAttention} title="Next item needing attention (n)">
        Next needing attention
      </button>
      {folded ? (
        <FoldMenu label="More" className="button button-small" title="Undo, redo, export or import the review">
          {undoRedo}
          {reviewFile}
        </FoldMenu>
      ) : (
        <>
          {undoRedo}
          {reviewFile}
        </>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-review-input"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) importReviewText(await file.text());
        }}
      />
    </div>
  );
}
