import { describe, expect, it } from 'vitest';
import { fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { applyReviewAction, EMPTY_REVIEW } from './review-model.ts';
import { recordWithReview } from './review-export.ts';

const AT = '2026-01-02T03:04:05.000Z';

describe('a record as exported with its review', () => {
  it('gives every item its state, and each corrected field as read and as corrected (spans or typed), and when', () => {
    const record = {
      ...fakeRecord({ items: [fakeItem('MRI', 'Upheld', 'imaging'), fakeItem('PT', 'Upheld', 'physical therapy')] }),
      sha256: 'f'.repeat(64),
    };
    const letter = { sha256: record.sha256, file: 'f.pdf' };
    let s = applyReviewAction(EMPTY_REVIEW, {
      type: 'correct',
      letter,
      itemKey: '1',
      item: { ...letter, key: '1', index: 1, request: 'PT' },
      field: 'request',
      correction: {
        asRead: { value: 'PT', spans: [{ start: 0, end: 2 }] },
        corrected: { value: 'PT x12', spans: [{ start: 0, end: 6 }] },
        typed: false,
        at: AT,
      },
    });
    s = applyReviewAction(s, {
      type: 'correct',
      letter,
      itemKey: null,
      field: 'decisionDate',
      correction: { asRead: { value: '2016-05-06', spans: [] }, corrected: { value: '2016-05-07', spans: [] }, typed: true, at: AT },
    });
    const out = recordWithReview(record, s);
    expect(out.items.map((i) => i.review.state)).toEqual(['unreviewed', 'corrected']);
    expect(out.items[1]!.review.corrections.request).toEqual({
      asRead: { value: 'PT', spans: [{ start: 0, end: 2 }] },
      corrected: { value: 'PT x12', spans: [{ start: 0, end: 6 }], source: 'letter' },
      at: AT,
    });
    expect(out.review.corrections.decisionDate?.corrected).toEqual({ value: '2016-05-07', spans: [], source: 'typed' });
    // The record read is not changed.
    expect(out.items[1]!.request.value).toBe('PT');
  });
});
