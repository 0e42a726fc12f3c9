import { describe, expect, it } from 'vitest';
import { applyReviewAction, EMPTY_REVIEW, type ItemRef, type ReviewState } from './review-model.ts';
import { itemPartKey, letterPartKey, reviewPartChanges, reviewParts, withReviewParts } from './review-parts.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const AT = '2026-03-04T05:06:07.000Z';
const item = (sha256: string, index: number): ItemRef => ({
  sha256,
  file: `${sha256[0]}.pdf`,
  key: String(index),
  index,
  request: `R${index}`,
});
const confirm = (state: ReviewState, sha256: string, index: number) =>
  applyReviewAction(state, { type: 'set-verdict', item: item(sha256, index), verdict: 'confirmed', at: AT });
const note = (state: ReviewState, sha256: string, text: string) =>
  applyReviewAction(state, { type: 'note', letter: { sha256, file: `${sha256[0]}.pdf` }, text, at: AT });

describe('the review kept one key per letter and per item mark', () => {
  it('writes only the mark that changed', () => {
    const before = confirm(confirm(EMPTY_REVIEW, A, 0), B, 1);
    const after = confirm(before, A, 2);
    expect(reviewPartChanges(before, after).map(([key]) => key)).toEqual([itemPartKey(A, '2')]);
    expect(reviewPartChanges(after, after)).toEqual([]);
  });

  it("writes a letter's note under the letter's own key, without its items", () => {
    const before = confirm(EMPTY_REVIEW, A, 0);
    const changes = reviewPartChanges(before, note(before, A, 'call the clinic'));
    expect(changes).toEqual([[letterPartKey(A), expect.objectContaining({ sha256: A, note: 'call the clinic' })]]);
    expect(changes[0]![1]).not.toHaveProperty('items');
  });

  it("writes the choice of a case's copy under each letter's own key, and reads it back", () => {
    const before = confirm(EMPTY_REVIEW, A, 0);
    const chose = (state: ReviewState, sha256: string, other: string) =>
      applyReviewAction(state, {
        type: 'choose-copy',
        letter: { sha256, file: `${sha256[0]}.pdf` },
        others: [{ sha256: other, file: `${other[0]}.pdf` }],
        at: AT,
      });
    const a = chose(before, A, B);
    expect(reviewPartChanges(before, a)).toEqual([[letterPartKey(A), expect.objectContaining({ chosen: AT })]]);
    const b = chose(a, B, A);
    const changes = reviewPartChanges(a, b);
    expect(changes.map(([key]) => key).sort()).toEqual([letterPartKey(A), letterPartKey(B)].sort());
    expect(withReviewParts(a, changes)).toEqual(b);
    expect(b.letters[A]).not.toHaveProperty('chosen');
  });

  it('deletes the keys of a mark undone and of a letter gone', () => {
    const one = confirm(EMPTY_REVIEW, A, 0);
    const two = confirm(one, A, 1);
    expect(reviewPartChanges(two, one)).toEqual([[itemPartKey(A, '1'), undefined]]);
    expect(reviewPartChanges(one, EMPTY_REVIEW)).toEqual([
      [letterPartKey(A), undefined],
      [itemPartKey(A, '0'), undefined],
    ]);
  });

  it('is rebuilt from its keys, whatever their order', () => {
    const state = note(confirm(confirm(EMPTY_REVIEW, A, 0), B, 3), B, 'n');
    expect(withReviewParts(EMPTY_REVIEW, reviewParts(state).reverse())).toEqual(state);
  });

  it("takes another tab's marks without losing this tab's other marks of the same letter", () => {
    const mine = confirm(EMPTY_REVIEW, A, 0);
    const theirs = confirm(EMPTY_REVIEW, A, 5);
    const merged = withReviewParts(mine, reviewPartChanges(EMPTY_REVIEW, theirs));
    expect(Object.keys(merged.letters[A]!.items).sort()).toEqual(['0', '5']);
    // Their undo of that mark deletes it here too, and leaves mine.
    const undone = withReviewParts(
      merged,
      reviewPartChanges(theirs, EMPTY_REVIEW).filter(([key]) => key !== letterPartKey(A)),
    );
    expect(Object.keys(undone.letters[A]!.items)).toEqual(['0']);
    // The state it was applied to is not changed.
    expect(Object.keys(mine.letters[A]!.items)).toEqual(['0']);
  });
});
