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
    // Every value is the reviewed one; a corrected field keeps the value read beside it, the others have none.
    expect(out.items[1]!.request).toEqual({
      value: 'PT x12',
      spans: [{ start: 0, end: 6 }],
      asRead: { value: 'PT', spans: [{ start: 0, end: 1 }] },
    });
    expect(out.decisionDate).toEqual({ value: '2016-05-07', spans: [], asRead: { value: '2016-05-06', spans: [{ start: 0, end: 1 }] } });
    expect(out.items[0]!.request).toEqual({ value: 'MRI', spans: [{ start: 0, end: 1 }] });
    expect('asRead' in out.items[0]!.request).toBe(false);
    // The record read is not changed.
    expect(record.items[1]!.request.value).toBe('PT');
    expect(record.decisionDate.value).toBe('2016-05-06');
  });

  it('gives an added item its values, and marks the problems the review resolved', () => {
    const record = {
      ...fakeRecord({
        items: [fakeItem('MRI', 'Upheld', 'imaging')],
        problems: [{ severity: 'warning', field: 'items[0].request', message: 'Request of item 1 runs on.' }],
      }),
      sha256: 'e'.repeat(64),
    };
    const letter = { sha256: record.sha256, file: 'e.pdf' };
    const request = { value: 'Cane', spans: [{ start: 4, end: 8 }] };
    let s = applyReviewAction(EMPTY_REVIEW, { type: 'add-item', letter, request, index: 1, at: AT });
    expect(recordWithReview(record, s).problems[0]).not.toHaveProperty('resolved');
    s = applyReviewAction(s, {
      type: 'set-verdict',
      item: { ...letter, key: '0', index: 0, request: 'MRI' },
      verdict: 'confirmed',
      at: AT,
    });
    const out = recordWithReview(record, s);
    expect(out.problems[0]).toEqual({ ...record.problems[0], resolved: true });
    expect(out.addedItems).toHaveLength(1);
    expect(out.addedItems[0]!.request).toEqual({ ...request, asRead: { value: null, spans: [] } });
    expect(out.addedItems[0]!.block).toEqual({ start: 4, end: 8 });
    expect(out.addedItems[0]!.review.state).toBe('corrected');
  });
});
