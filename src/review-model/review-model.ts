// The reviewer's work, apart from the records: records can be read again by a newer engine, the
// review must survive that. A letter's review is keyed by its sha256 (so it travels to another
// machine); an item's by its index plus the request as read when it was first reviewed (so a re-read
// that moves or renames items still finds it, see match-items.ts). Pure data and pure functions.
import type { Span } from '../extract/record.ts';
import type { FieldName, FieldValue } from './review-fields.ts';

export type ReviewStatus = 'unreviewed' | 'confirmed' | 'corrected' | 'not-an-item';
export const REVIEW_STATUS_LABEL: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  'not-an-item': 'Not an item',
};

export interface Correction {
  /** What the engine read when the correction was made. */
  asRead: { value: FieldValue | null; spans: Span[] };
  /** The reviewer's value: grounded (spans from a selection in the letter) or typed (no spans). */
  corrected: { value: FieldValue; spans: Span[] };
  typed: boolean;
  /** ISO time of the correction. */
  at: string;
}

export interface ItemReview {
  /** Index of the item in the record when it was first reviewed (for an added item, after the read ones). */
  index: number;
  /** The request as the engine read it (null for an item the reviewer added). */
  request: string | null;
  /** Set by the reviewer; 'corrected' is derived from corrections. */
  verdict: 'confirmed' | 'not-an-item' | null;
  corrections: Partial<Record<FieldName, Correction>>;
  note: string;
  /** An item the engine missed, added from its heading in the letter. */
  added: boolean;
  at: string;
}

export interface LetterReview {
  sha256: string;
  /** The file name when reviewed, to report a letter that is missing on import. */
  file: string;
  note: string;
  corrections: Partial<Record<FieldName, Correction>>;
  /** By item key: `${index}` for an item the engine read, `added-${n}` for one the reviewer added. */
  items: Record<string, ItemReview>;
  /** When the reviewer chose this copy's values to stand for its case (review-model/case-copies.ts); absent when not chosen. */
  chosen?: string;
}

export interface ReviewState {
  letters: Record<string, LetterReview>;
}

export const EMPTY_REVIEW: ReviewState = { letters: {} };

/** Which item a review action is about. */
export interface ItemRef {
  sha256: string;
  file: string;
  /** `${index}` or `added-${n}`. */
  key: string;
  index: number;
  /** The request as read (for a read item). */
  request: string | null;
}

export interface LetterRef {
  sha256: string;
  file: string;
}

export type ReviewAction =
  | { type: 'set-verdict'; item: ItemRef; verdict: ItemReview['verdict']; at: string }
  | { type: 'correct'; letter: LetterRef; itemKey: string | null; item?: ItemRef; field: FieldName; correction: Correction }
  | { type: 'revert'; letter: LetterRef; itemKey: string | null; field: FieldName }
  | { type: 'note'; letter: LetterRef; item?: ItemRef; text: string; at: string }
  | { type: 'add-item'; letter: LetterRef; request: { value: string; spans: Span[] }; index: number; at: string }
  | { type: 'remove-added'; letter: LetterRef; key: string }
  /** This copy's values stand for its case; the other copies named are no longer chosen. */
  | { type: 'choose-copy'; letter: LetterRef; others: readonly LetterRef[]; at: string };

export function itemStatus(review: ItemReview | undefined): ReviewStatus {
  if (!review) return 'unreviewed';
  if (review.verdict === 'not-an-item') return 'not-an-item';
  if (Object.keys(review.corrections).length > 0) return 'corrected';
  return review.verdict === 'confirmed' ? 'confirmed' : 'unreviewed';
}

const emptyLetter = (ref: LetterRef): LetterReview => ({ sha256: ref.sha256, file: ref.file, note: '', corrections: {}, items: {} });
const emptyItem = (ref: ItemRef, at: string): ItemReview => ({
  index: ref.index,
  request: ref.request,
  verdict: null,
  corrections: {},
  note: '',
  added: false,
  at,
});

function withLetter(state: ReviewState, ref: LetterRef, change: (letter: LetterReview) => LetterReview): ReviewState {
  const letter = change(state.letters[ref.sha256] ?? emptyLetter(ref));
  return { letters: { ...state.letters, [ref.sha256]: letter } };
}

function withItem(state: ReviewState, ref: ItemRef, at: string, change: (item: ItemReview) => ItemReview): ReviewState {
  return withLetter(state, ref, (letter) => ({
    ...letter,
    items: { ...letter.items, [ref.key]: change(letter.items[ref.key] ?? emptyItem(ref, at)) },
  }));
}

const without = <T extends object>(obj: T, key: string): T => {
  const copy = { ...obj } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
};

/** The state after one action. The same state object when the action changes nothing. */
export function applyReviewAction(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'set-verdict':
      return withItem(state, action.item, action.at, (item) => ({ ...item, verdict: action.verdict, at: action.at }));
    case 'correct': {
      const { correction, field } = action;
      if (action.itemKey === null)
        return withLetter(state, action.letter, (l) => ({ ...l, corrections: { ...l.corrections, [field]: correction } }));
      const ref = action.item ?? itemRefOf(state, action.letter, action.itemKey);
      if (!ref) return state;
      return withItem(state, ref, correction.at, (item) => ({
        ...item,
        // Correcting an item says it is one.
        verdict: item.verdict === 'not-an-item' ? null : item.verdict,
        corrections: { ...item.corrections, [field]: correction },
        at: correction.at,
      }));
    }
    case 'revert': {
      const letter = state.letters[action.letter.sha256];
      if (!letter) return state;
      if (action.itemKey === null)
        return withLetter(state, action.letter, (l) => ({ ...l, corrections: without(l.corrections, action.field) }));
      const item = letter.items[action.itemKey];
      if (!item) return state;
      return withLetter(state, action.letter, (l) => ({
        ...l,
        items: { ...l.items, [action.itemKey!]: { ...item, corrections: without(item.corrections, action.field) } },
      }));
    }
    case 'note':
      if (action.item) return withItem(state, action.item, action.at, (item) => ({ ...item, note: action.text }));
      return withLetter(state, action.letter, (l) => ({ ...l, note: action.text }));
    case 'add-item': {
      return withLetter(state, action.letter, (l) => {
        const key = nextAddedKey(l);
        const item: ItemReview = {
          index: action.index,
          request: null,
          verdict: 'confirmed',
          corrections: { request: { asRead: { value: null, spans: [] }, corrected: action.request, typed: false, at: action.at } },
          note: '',
          added: true,
          at: action.at,
        };
        return { ...l, items: { ...l.items, [key]: item } };
      });
    }
    case 'remove-added': {
      const letter = state.letters[action.letter.sha256];
      if (!letter?.items[action.key]?.added) return state;
      return withLetter(state, action.letter, (l) => ({ ...l, items: without(l.items, action.key) }));
    }
    case 'choose-copy': {
      let next = withLetter(state, action.letter, (l) => ({ ...l, chosen: action.at }));
      for (const other of action.others)
        if (next.letters[other.sha256]?.chosen !== undefined) next = withLetter(next, other, (l) => without(l, 'chosen'));
      return next;
    }
  }
}

function itemRefOf(state: ReviewState, letter: LetterRef, key: string): ItemRef | null {
  const item = state.letters[letter.sha256]?.items[key];
  return item ? { ...letter, key, index: item.index, request: item.request } : null;
}

export function nextAddedKey(letter: LetterReview): string {
  let n = 1;
  while (`added-${n}` in letter.items) n++;
  return `added-${n}`;
}

/** Counts for the progress line: items reviewed (any state but unreviewed) and corrected. */
export interface ReviewProgress {
  items: number;
  reviewed: number;
  corrected: number;
  notItems: number;
}

export function reviewProgressLine(p: ReviewProgress): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const tail = p.notItems > 0 ? `, ${fmt(p.notItems)} not ${p.notItems === 1 ? 'an item' : 'items'}` : '';
  return `${fmt(p.reviewed)} of ${fmt(p.items)} items reviewed, ${fmt(p.corrected)} corrected${tail}`;
}
