// One "needs attention", after the review: the extractor's marks (extract/record-outcome.ts: each
// problem that is not minor, each stated field left empty, on the item or the letter it is about)
// with the reviewer's work laid over them. The table's `!` on a row, `n` (next needing attention),
// the review panel's reasons, the source view's "resolved" and the files panel's Done / Needs
// attention all read this, so they cannot disagree:
// - an item's mark is on that item's row only; a letter's mark on every item's row of the letter;
// - a row stops showing a mark once the reviewer confirms the item (or says it is not an item), or
//   corrects the field the mark names;
// - a mark is resolved when no row shows it any more (a letter's: its field corrected, or every item
//   reviewed), and a letter needs attention exactly while one of its rows shows a mark.
// Another source of attention (a disagreement between letters of one case, say) passes its marks as
// `extra`: they are laid out and resolved by the same rule. Pure: no React, no DOM.
import { FIELD_CATALOGUE } from '../extract/field-catalogue.ts';
import type { LetterRecord } from '../extract/record.ts';
import { attentionMarks, type AttentionMark } from '../extract/record-outcome.ts';
import { matchItems } from './match-items.ts';
import type { ItemReview, LetterReview } from './review-model.ts';

export type { AttentionMark };

/** A mark with whether the review has dealt with it. */
export interface ReviewedMark extends AttentionMark {
  resolved: boolean;
}

export interface LetterAttention {
  /** Every mark, resolved or not, in the order of the letter's problems (then the fields left empty, then `extra`). */
  readonly marks: readonly ReviewedMark[];
  /** What the row of item `index` still shows (the letter's own row, of a letter without items: null); none for an added item. */
  reasons(index: number | null): readonly string[];
  /** Some row still shows a mark. */
  readonly needsAttention: boolean;
}

/** The review's name for a field (its catalogue key), by level and path. */
const KEY_AT = new Map(FIELD_CATALOGUE.filter((e) => e.grounded).map((e) => [`${e.level}:${e.path}`, e.key]));
const corrects = (corrections: object | undefined, level: 'letter' | 'item', path: string | null) => {
  const key = path === null ? undefined : KEY_AT.get(`${level}:${path}`);
  return key !== undefined && corrections !== undefined && key in corrections;
};
/** The reviewer has looked at the item: confirmed it, or said it is none. */
const reviewed = (item: ItemReview | undefined) => item?.verdict === 'confirmed' || item?.verdict === 'not-an-item';

export function letterAttention(
  record: LetterRecord,
  letter: LetterReview | undefined,
  extra: readonly AttentionMark[] = [],
): LetterAttention {
  const items = record.items.length;
  const match = matchItems(
    letter,
    record.items.map((i) => i.request.value),
  );
  const itemReview = (index: number) => match.byIndex.get(index)?.review;
  /** Whether the row of item `index` (null: the letter's own row) still shows `mark`. */
  const shows = (mark: AttentionMark, index: number | null): boolean => {
    if (mark.item === null) {
      if (corrects(letter?.corrections, 'letter', mark.field)) return false;
      return index === null || !reviewed(itemReview(index));
    }
    if (index !== mark.item) return false;
    const review = itemReview(index);
    return !reviewed(review) && !corrects(review?.corrections, 'item', mark.field);
  };
  const rows: (number | null)[] = items === 0 ? [null] : Array.from({ length: items }, (_, i) => i);
  const marks: ReviewedMark[] = [...attentionMarks(record), ...extra].map((mark) => ({
    ...mark,
    resolved: !rows.some((row) => shows(mark, row)),
  }));
  const open = marks.filter((m) => !m.resolved);
  return {
    marks,
    needsAttention: open.length > 0,
    reasons: (index) => {
      if (index !== null && index >= items) return [];
      return open.filter((m) => shows(m, index)).map((m) => m.message);
    },
  };
}

const NO_EXTRA: readonly AttentionMark[] = [];

/**
 * Each letter's attention, kept while its record, its review and its `extra` marks are the same
 * objects (the files panel asks for every letter; a source of extra marks hands the same array while they are unchanged).
 */
const cache = new WeakMap<
  LetterRecord,
  { letter: LetterReview | undefined; extra: readonly AttentionMark[]; attention: LetterAttention }
>();

export function letterAttentionOf(
  record: LetterRecord,
  letter: LetterReview | undefined,
  extra: readonly AttentionMark[] = NO_EXTRA,
): LetterAttention {
  const kept = cache.get(record);
  if (kept && kept.letter === letter && kept.extra === extra) return kept.attention;
  const attention = letterAttention(record, letter, extra);
  cache.set(record, { letter, extra, attention });
  return attention;
}
