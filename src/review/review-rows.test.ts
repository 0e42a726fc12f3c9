import { describe, expect, it } from 'vitest';
import { flattenRows } from '../table/item-rows.ts';
import { countFacets } from '../table/facets.ts';
import { summarize, summaryLine } from '../table/summary.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { applyReviewAction, EMPTY_REVIEW, type ReviewState } from './review-model.ts';
import { applyReview, itemRefOf } from './review-rows.ts';

const records = {
  a: fakeRecord({
    items: [fakeItem('MRI', 'Overturned', 'imaging'), fakeItem('Norco', 'Upheld', 'medication'), fakeItem('Page 3', 'Upheld', 'other')],
  }),
};
const read = flattenRows([fakeEntry('a')], records);
const AT = '2026-01-02T03:04:05.000Z';
const letter = { sha256: 'a', file: 'a.pdf' };

describe('review laid over the rows', () => {
  it('shows corrections with the value as read, leaves "not an item" out of the counts, adds added items', () => {
    let s: ReviewState = EMPTY_REVIEW;
    const first = applyReview(read, records, s);
    expect(first.map((r) => r.review.status)).toEqual(['unreviewed', 'unreviewed', 'unreviewed']);
    s = applyReviewAction(s, { type: 'set-verdict', item: itemRefOf(first[0]!)!, verdict: 'confirmed', at: AT });
    s = applyReviewAction(s, {
      type: 'correct',
      letter,
      itemKey: '1',
      item: itemRefOf(first[1]!)!,
      field: 'decision',
      correction: { asRead: { value: 'Upheld', spans: [] }, corrected: { value: 'Overturned', spans: [] }, typed: true, at: AT },
    });
    s = applyReviewAction(s, { type: 'set-verdict', item: itemRefOf(first[2]!)!, verdict: 'not-an-item', at: AT });
    s = applyReviewAction(s, { type: 'add-item', letter, request: { value: 'Cane', spans: [{ start: 0, end: 4 }] }, index: 3, at: AT });
    s = applyReviewAction(s, { type: 'note', letter, item: itemRefOf(first[0]!)!, text: 'Checked twice', at: AT });
    const rows = applyReview(read, records, s);
    expect(rows.map((r) => [r.id, r.request, r.decision, r.review.status])).toEqual([
      ['a:0', 'MRI', 'Overturned', 'confirmed'],
      ['a:1', 'Norco', 'Overturned', 'corrected'],
      ['a:2', 'Page 3', 'Upheld', 'not-an-item'],
      ['a:added-1', 'Cane', null, 'corrected'],
    ]);
    expect(rows[1]!.review.asRead).toEqual({ decision: 'Upheld' });
    expect(rows[1]!.review.typed).toEqual(['decision']);
    // 3 items count (the one marked "not an item" does not), 2 of the 2 decided ones overturned.
    expect(summaryLine(summarize(rows))).toBe('3 items in 1 letter, 100.0% overturned');
    expect(Object.fromEntries(countFacets(rows, [], '').get('reviewStatus')!)).toEqual({ Confirmed: 1, Corrected: 2, 'Not an item': 1 });
    expect(rows[0]!.searchText).toContain('checked twice');
    // The same rows again while nothing changed.
    expect(applyReview(read, records, s)[0]).toBe(rows[0]);
  });

  it('gives each reason a row needs attention once: not again when a problem of the letter names the field', () => {
    const item = { ...fakeItem('MRI', 'Overturned', 'imaging'), decision: { value: null, spans: [] } };
    const said = fakeRecord({
      items: [item],
      problems: [{ severity: 'warning', field: 'items[0].decision', message: 'Decision of item 1 not found.' }],
    });
    const silent = fakeRecord({ items: [item] });
    const attention = (r: typeof said) => applyReview(flattenRows([fakeEntry('a')], { a: r }), { a: r }, EMPTY_REVIEW)[0]!.attention;
    expect(attention(said)).toEqual(['Decision of item 1 not found.']);
    expect(attention(silent)).toEqual(['No decision read for this item: check its heading.']);
  });
});
