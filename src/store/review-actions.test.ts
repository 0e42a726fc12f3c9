import { beforeEach, describe, expect, it } from 'vitest';
import { resetSession } from './actions.ts';
import { useAppStore } from './app-store.ts';
import { canRedo, canUndo, correctField, redoReview, setVerdict, undoReview } from './review-actions.ts';
import { itemStatus } from '../review-model/review-model.ts';

const SHA = 'd'.repeat(64);
const letter = { sha256: SHA, file: 'd.pdf' };
const item = { ...letter, key: '0', index: 0, request: 'MRI' };
const review = () => useAppStore.getState().review.present.letters[SHA];

describe('review actions on the store', () => {
  beforeEach(resetSession);

  it('confirm, correct, undo and redo; a refused value changes nothing; Clear all empties the review', () => {
    setVerdict(item, 'confirmed');
    expect(itemStatus(review()?.items['0'])).toBe('confirmed');
    expect(correctField(letter, undefined, 'decisionDate', { value: null, spans: [] }, { kind: 'typed', raw: '2016-13-01' })).toMatch(
      /date/,
    );
    expect(correctField(letter, undefined, 'decisionDate', { value: null, spans: [] }, { kind: 'typed', raw: '2016-12-01' })).toBeNull();
    expect(review()?.corrections.decisionDate?.corrected.value).toBe('2016-12-01');
    undoReview();
    expect(review()?.corrections.decisionDate).toBeUndefined();
    expect(canRedo()).toBe(true);
    redoReview();
    expect(review()?.corrections.decisionDate?.typed).toBe(true);
    expect(canUndo()).toBe(true);
    resetSession();
    expect(useAppStore.getState().review.present.letters).toEqual({});
    expect(canUndo()).toBe(false);
  });
});
