import { describe, expect, it } from 'vitest';
import { applyReviewAction, EMPTY_REVIEW, type ReviewState } from './review-model.ts';
import { importReview, parseReviewFile, ReviewFileError, reviewStateFromSaved, reviewToFile } from './review-file.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const AT = '2026-01-02T03:04:05.000Z';

function reviewed(): ReviewState {
  let s = EMPTY_REVIEW;
  s = applyReviewAction(s, {
    type: 'set-verdict',
    item: { sha256: A, file: 'a.pdf', key: '0', index: 0, request: 'MRI' },
    verdict: 'confirmed',
    at: AT,
  });
  s = applyReviewAction(s, {
    type: 'correct',
    letter: { sha256: A, file: 'a.pdf' },
    itemKey: null,
    field: 'decisionDate',
    correction: { asRead: { value: null, spans: [] }, corrected: { value: '2016-01-05', spans: [] }, typed: true, at: AT },
  });
  s = applyReviewAction(s, { type: 'note', letter: { sha256: B, file: 'b.txt' }, text: 'second opinion', at: AT });
  // A letter whose review is back to nothing is not exported.
  s = applyReviewAction(s, {
    type: 'set-verdict',
    item: { sha256: 'c'.repeat(64), file: 'c.pdf', key: '0', index: 0, request: 'X' },
    verdict: null,
    at: AT,
  });
  return s;
}

describe('review file', () => {
  it('round-trips through JSON text and restores every state, correction and note', () => {
    const state = reviewed();
    const text = JSON.stringify(reviewToFile(state, new Date(AT)));
    const file = parseReviewFile(text);
    expect(file.letters.map((l) => l.sha256).sort()).toEqual([A, B]);
    const report = importReview(EMPTY_REVIEW, file, [
      { sha256: A, file: 'a.pdf', requests: ['MRI'] },
      { sha256: B, file: 'b.txt', requests: [] },
    ]);
    expect(report.missing).toEqual([]);
    expect(report.state.letters[A]).toEqual(state.letters[A]);
    expect(report.state.letters[B]).toEqual(state.letters[B]);
  });

  it('reports a letter that is missing and keeps its review; reports items that match nothing', () => {
    const file = parseReviewFile(JSON.stringify(reviewToFile(reviewed())));
    const report = importReview(EMPTY_REVIEW, file, [{ sha256: A, file: 'renamed.pdf', requests: ['Something else'] }]);
    expect(report.missing).toEqual([{ sha256: B, file: 'b.txt' }]);
    expect(report.state.letters[B]?.note).toBe('second opinion');
    expect(report.unmatchedItems).toEqual([{ file: 'renamed.pdf', request: 'MRI', index: 0 }]);
  });

  it('refuses what is not a review with a message', () => {
    expect(() => parseReviewFile('nope')).toThrow(ReviewFileError);
    expect(() => parseReviewFile('{"records":[]}')).toThrow(/not an imr-lens review/);
    expect(() => parseReviewFile('{"format":"imr-lens-review","version":99,"letters":[]}')).toThrow(/newer/);
  });
});

describe('review kept in the session', () => {
  it('an older session without review data starts with an empty review; a saved one is read back', () => {
    expect(reviewStateFromSaved(undefined)).toEqual({ letters: {} });
    expect(reviewStateFromSaved(null)).toEqual({ letters: {} });
    expect(reviewStateFromSaved({ letters: { x: { sha256: 'nope' } } })).toEqual({ letters: {} });
    const state = reviewed();
    expect(reviewStateFromSaved(structuredClone(state))).toEqual(state);
  });
});

describe("a case's chosen copy in the review file", () => {
  it('is written, read back and restored from a saved session', () => {
    const state = applyReviewAction(EMPTY_REVIEW, {
      type: 'choose-copy',
      letter: { sha256: A, file: 'a-scan.png' },
      others: [{ sha256: B, file: 'a.pdf' }],
      at: AT,
    });
    const file = parseReviewFile(JSON.stringify(reviewToFile(state)));
    expect(file.letters).toEqual([expect.objectContaining({ sha256: A, chosen: AT })]);
    expect(reviewStateFromSaved(state).letters[A]?.chosen).toBe(AT);
  });
});
