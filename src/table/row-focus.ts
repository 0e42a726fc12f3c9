// Keyboard review keeps its place: a move made from the keyboard (↑/↓, j/k, Home/End, c, n) asks the
// table to take the focus to the newly selected row once it is drawn, scrolled into view below the
// sticky header, and to say where it is in the live region. A click needs none of that.
import { REVIEW_STATUS_LABEL } from '../review-model/review-model.ts';
import type { AppRow as ItemRow } from '../pipeline/app-rows.ts';

let follow = false;

/** The next selection change came from the keyboard: focus, reveal and announce it. */
export function followNextSelection(): void {
  follow = true;
}

/** Whether the selection change being handled asked to be followed (and clears the request). */
export function takeFollowRequest(): boolean {
  const asked = follow;
  follow = false;
  return asked;
}

/** "Item 14 of 122: MRI of the lumbar spine, Upheld, unreviewed". */
export function describeRow(row: ItemRow, index: number, total: number): string {
  const { request, decision: read, file } = row.values as { request?: string | null; decision?: string | null; file?: string | null };
  const what = request ?? (row.itemIndex === null ? `${file}, no item read` : 'request not read');
  const decision = read ? `, ${read}` : '';
  const state = row.itemIndex === null ? '' : `, ${REVIEW_STATUS_LABEL[row.review.status].toLowerCase()}`;
  return `Item ${index + 1} of ${total}: ${what}${decision}${state}`;
}
