// Insights, the summary line and "Most frequent requests" count the reviewed values: a corrected
// request or decision counts as the reviewer left it, an item marked "not an item" not at all.
import { describe, expect, it } from 'vitest';
import { appRows, APP_ROWS } from '../pipeline/app-rows.ts';
import { summarize, summaryLine } from '../rows/summary.ts';
import { applyReviewAction, EMPTY_REVIEW, type ItemRef, type ReviewAction } from '../review-model/review-model.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { computeInsights } from './aggregate.ts';

const AT = '2026-12-08T00:00:00.000Z';
const records = {
  a: fakeRecord({
    items: [
      fakeItem('Physical therapy 2x6', 'Upheld', 'physical therapy'),
      fakeItem('Physical therapy twice a week for six weeks', 'Upheld', 'physical therapy'),
      fakeItem('Shower chair', 'Upheld', 'durable medical equipment'),
    ],
  }),
};
const entries = [fakeEntry('a')];
const letter = { sha256: 'a', file: 'a.pdf' };
const ref = (index: number, request: string): ItemRef => ({ ...letter, key: String(index), index, request });
const correct = (index: number, request: string, field: 'request' | 'decision', value: string): ReviewAction => ({
  type: 'correct',
  letter,
  itemKey: String(index),
  item: ref(index, request),
  field,
  correction: { asRead: { value: null, spans: [] }, corrected: { value, spans: [] }, typed: true, at: AT },
});

const requests = (rows: ReturnType<typeof appRows>) =>
  Object.fromEntries(
    computeInsights(rows)
      .charts.find((c) => c.id === 'requests')!
      .groups.map((g) => [g.value, g.items]),
  );

describe('Insights and the summary count reviewed values', () => {
  it('a corrected request shows in the frequent requests under its new kind; a corrected decision in the rates and the summary', () => {
    const read = appRows(entries, records, EMPTY_REVIEW);
    expect(requests(read)).toEqual({ 'physical therapy': 2, 'shower chair': 1 });
    expect(summaryLine(summarize(APP_ROWS, read))).toBe('3 items in 1 letter, 0.0% overturned');

    let review = applyReviewAction(
      EMPTY_REVIEW,
      correct(1, 'Physical therapy twice a week for six weeks', 'request', 'Aquatic therapy 8 sessions'),
    );
    review = applyReviewAction(review, correct(2, 'Shower chair', 'decision', 'Overturned'));
    const reviewed = appRows(entries, records, review);
    expect(requests(reviewed)).toEqual({ 'physical therapy': 1, 'aquatic therapy': 1, 'shower chair': 1 });
    const insights = computeInsights(reviewed);
    expect([insights.items, insights.decided, insights.overturned]).toEqual([3, 3, 1]);
    expect(summaryLine(summarize(APP_ROWS, reviewed))).toBe('3 items in 1 letter, 33.3% overturned');

    // "Not an item" leaves every count.
    review = applyReviewAction(review, { type: 'set-verdict', item: ref(0, 'Physical therapy 2x6'), verdict: 'not-an-item', at: AT });
    const fewer = appRows(entries, records, review);
    expect(requests(fewer)).toEqual({ 'aquatic therapy': 1, 'shower chair': 1 });
    expect(summaryLine(summarize(APP_ROWS, fewer))).toBe('2 items in 1 letter, 50.0% overturned');
  });
});
