// The item a row id names (`<sha256>:<index>`, `<sha256>:added-<n>` or `<sha256>:letter`), with the
// review key its review is kept under: what the review panel acts on.
import type { LetterRecord } from '../extract/record.ts';
import { matchItems } from './match-items.ts';
import type { ItemRef, LetterRef, ReviewState } from './review-model.ts';
import { itemKeyAt } from './review-rows.ts';

export interface OpenItem {
  letter: LetterRef;
  item: ItemRef | null;
  /** Index of the item in the reviewed record (added items come after the read ones). */
  shownIndex: number | null;
}

export function openItemOf(rowId: string, record: LetterRecord, fileName: string, review: ReviewState): OpenItem {
  const [sha256, part = 'letter'] = rowId.split(':');
  const letter = { sha256: sha256!, file: fileName };
  const letterReview = review.letters[letter.sha256];
  const match = matchItems(
    letterReview,
    record.items.map((i) => i.request.value),
  );
  if (/^\d+$/.test(part)) {
    const index = Number(part);
    const key = itemKeyAt(match, letterReview, index);
    return { letter, item: { ...letter, key, index, request: record.items[index]?.request.value ?? null }, shownIndex: index };
  }
  const added = match.added.findIndex((a) => a.key === part);
  if (added >= 0) {
    const { review: r } = match.added[added]!;
    return { letter, item: { ...letter, key: part, index: r.index, request: null }, shownIndex: record.items.length + added };
  }
  return { letter, item: null, shownIndex: null };
}
