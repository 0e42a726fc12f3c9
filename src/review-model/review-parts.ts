// The review as IndexedDB keeps it: one key per letter (its note and letter-level corrections) and one
// per item mark, so a tab writes only the marks it changed and never overwrites another tab's. Pure:
// the keys of a review, what changed between two reviews, a review from its keys and a review with
// another tab's keys applied.
import type { ItemReview, LetterReview, ReviewState } from './review-model.ts';

const PREFIX = 'review:';
/** A letter's own part of its review: everything but its items. */
export type LetterPart = Omit<LetterReview, 'items'>;
export type ReviewPart = LetterPart | ItemReview;

export const letterPartKey = (sha256: string) => `${PREFIX}${sha256}`;
/** Item keys are `${index}` or `added-${n}`, and a sha256 is hex: neither holds a colon. */
export const itemPartKey = (sha256: string, itemKey: string) => `${PREFIX}${sha256}:${itemKey}`;
export const isReviewPartKey = (key: string) => key.startsWith(PREFIX);

function parseKey(key: string): { sha256: string; itemKey: string | null } {
  const rest = key.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  return colon < 0 ? { sha256: rest, itemKey: null } : { sha256: rest.slice(0, colon), itemKey: rest.slice(colon + 1) };
}

const letterPart = ({ items: _items, ...part }: LetterReview): LetterPart => part;

/** Every key of a review with its value. */
export function reviewParts(state: ReviewState): [string, ReviewPart][] {
  const parts: [string, ReviewPart][] = [];
  for (const [sha256, letter] of Object.entries(state.letters)) {
    parts.push([letterPartKey(sha256), letterPart(letter)]);
    for (const [key, item] of Object.entries(letter.items)) parts.push([itemPartKey(sha256, key), item]);
  }
  return parts;
}

/** The keys to write (with their value) or delete (undefined) to go from `prev` to `next`. */
export function reviewPartChanges(prev: ReviewState, next: ReviewState): [string, ReviewPart | undefined][] {
  const changes: [string, ReviewPart | undefined][] = [];
  for (const sha256 of new Set([...Object.keys(prev.letters), ...Object.keys(next.letters)])) {
    const before = prev.letters[sha256];
    const after = next.letters[sha256];
    if (before === after) continue;
    const ownChanged =
      !before ||
      !after ||
      before.file !== after.file ||
      before.note !== after.note ||
      before.corrections !== after.corrections ||
      before.chosen !== after.chosen;
    if (ownChanged) changes.push([letterPartKey(sha256), after && letterPart(after)]);
    for (const key of new Set([...Object.keys(before?.items ?? {}), ...Object.keys(after?.items ?? {})])) {
      const item = after?.items[key];
      if (before?.items[key] !== item) changes.push([itemPartKey(sha256, key), item]);
    }
  }
  return changes;
}

const emptyLetter = (sha256: string): LetterReview => ({ sha256, file: '', note: '', corrections: {}, items: {} });

/** `state` with these keys put (a value) or deleted (undefined); letters and items not named are untouched. */
export function withReviewParts(state: ReviewState, parts: Iterable<[string, unknown]>): ReviewState {
  const letters = { ...state.letters };
  const touched = new Set<string>();
  const letterOf = (sha256: string) => {
    if (!touched.has(sha256)) {
      touched.add(sha256);
      const current = letters[sha256];
      letters[sha256] = current ? { ...current, items: { ...current.items } } : emptyLetter(sha256);
    }
    return letters[sha256]!;
  };
  for (const [key, value] of parts) {
    const { sha256, itemKey } = parseKey(key);
    if (itemKey === null) {
      if (value === undefined) {
        delete letters[sha256];
        touched.delete(sha256);
      } else letters[sha256] = { ...(value as LetterPart), sha256, items: letterOf(sha256).items };
    } else if (value === undefined) {
      if (letters[sha256]) delete letterOf(sha256).items[itemKey];
    } else letterOf(sha256).items[itemKey] = value as ItemReview;
  }
  return { letters };
}
