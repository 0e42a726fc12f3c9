// The item a row names (its letter, and a read item's index or an added item's key, as the row holds
// them), with the review key its review is kept under: what the review panel acts on.
import type { LetterRecord } from '../extract/record.ts';
import { matchItems } from '../review-model/match-items.ts';
import type { ItemRef, LetterRef, ReviewState } from '../review-model/review-model.ts';
import { itemKeyAt } from '../review-model/review-rows.ts';
import type { RowRef } from '../rows/item-rows.ts';

export interface OpenItem {
  letter: LetterRef;
  item: ItemRef | null;
  /** Index of the item in the reviewed record (added items come after the read ones). */
  shownIndex: number | null;
}

export function openItemOf(row: RowRef, record: LetterRecord, fileName: string, review: ReviewState): OpenItem {
  const letter = { sha256: row.fileId, file: fileName };
  const letterReview = review.letters[letter.sha256];
  const match = matchItems(
    letterReview,
    record.items.map((i) => i.request.value),
  );
  if (row.itemIndex !== null && row.addedKey === null) {
    const index = row.itemIndex;
    const key = itemKeyAt(match, letterReview, index);
    return { letter, item: { ...letter, key, index, request: record.items[index]?.request.value ?? null }, shownIndex: index };
  }
  const added = match.added.findIndex((a) => a.key === row.addedKey);
  if (added >= 0) {
    const { review: r } = match.added[added]!;
    return { letter, item: { ...letter, key: row.addedKey!, index: r.index, request: null }, shownIndex: record.items.length + added };
  }
  return { letter, item: null, shownIndex: null };
}
