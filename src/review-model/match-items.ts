// Which item of a (possibly re-read) record each item review belongs to. An item review remembers the
// index and the request as read when it was first reviewed; a newer engine may split, merge or rename
// items, so: the same index with the same request, else the one item with that request, else the same
// index when the request was never read. What matches nothing is an orphan, reported, not dropped.
import type { ItemReview, LetterReview } from './review-model.ts';

export interface ItemMatch {
  /** Current item index → its review key and review. */
  byIndex: Map<number, { key: string; review: ItemReview }>;
  /** Item reviews (not added ones) that match no current item. */
  orphans: { key: string; review: ItemReview }[];
  /** Items the reviewer added, by key. */
  added: { key: string; review: ItemReview }[];
}

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

export function matchItems(letter: LetterReview | undefined, requests: readonly (string | null)[]): ItemMatch {
  const match: ItemMatch = { byIndex: new Map(), orphans: [], added: [] };
  if (!letter) return match;
  const pending: { key: string; review: ItemReview }[] = [];
  for (const [key, review] of Object.entries(letter.items)) {
    if (review.added) match.added.push({ key, review });
    else pending.push({ key, review });
  }
  match.added.sort((a, b) => a.review.index - b.review.index || a.key.localeCompare(b.key));
  const take = (i: number, entry: { key: string; review: ItemReview }) => match.byIndex.set(i, entry);
  // Pass 1: same index, same request.
  const rest = pending.filter((e) => {
    const i = e.review.index;
    if (i < requests.length && !match.byIndex.has(i) && norm(requests[i] ?? null) === norm(e.review.request)) return !take(i, e);
    return true;
  });
  // Pass 2: the request found at one other index; pass 3: an unread request at the same index.
  for (const e of rest) {
    const wanted = norm(e.review.request);
    const at = wanted ? requests.findIndex((r, i) => !match.byIndex.has(i) && norm(r) === wanted) : -1;
    if (at >= 0) take(at, e);
    else if (!wanted && e.review.index < requests.length && !match.byIndex.has(e.review.index)) take(e.review.index, e);
    else match.orphans.push(e);
  }
  return match;
}
