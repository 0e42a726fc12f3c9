import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { countFacets } from '../rows/facets.ts';
import { readLetterRows } from '../rows/item-rows.ts';
import { coreColumns } from '../rows/row-columns.ts';
import { rowPipeline } from '../rows/row-pipeline.ts';
import { summarize, summaryLine } from '../rows/summary.ts';
import { fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { HEADER_TABLE_2016 } from '../extract/layouts/header-table-2016.ts';
import { REVIEW_FEATURE, REVIEW_NOTE_FEATURE } from './review-columns.ts';
import { applyReviewAction, EMPTY_REVIEW, type ReviewState } from './review-model.ts';
import { itemRefOf, reviewRows, UNREVIEWED, type ReviewedRow } from './review-rows.ts';

/** A pipeline with the review registered, as the app's has it (pipeline/app-rows.ts). */
const PIPELINE = rowPipeline<ReviewedRow>(coreColumns(), [REVIEW_FEATURE, REVIEW_NOTE_FEATURE]);
const applyReview = reviewRows(PIPELINE);
const flattenRows = (records: Record<string, LetterRecord>) =>
  Object.entries(records).flatMap(([id, record]) =>
    readLetterRows({ id, name: `${id}.pdf` }, record).map((row) => PIPELINE.finish({ ...row, ...UNREVIEWED })),
  );

const records = {
  a: fakeRecord({
    items: [fakeItem('MRI', 'Overturned', 'imaging'), fakeItem('Norco', 'Upheld', 'medication'), fakeItem('Page 3', 'Upheld', 'other')],
  }),
};
const read = flattenRows(records);
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
    expect(rows.map((r) => [r.id, r.values.request, r.values.decision, r.review.status])).toEqual([
      ['a:0', 'MRI', 'Overturned', 'confirmed'],
      ['a:1', 'Norco', 'Overturned', 'corrected'],
      ['a:2', 'Page 3', 'Upheld', 'not-an-item'],
      ['a:added-1', 'Cane', null, 'corrected'],
    ]);
    expect(rows[1]!.review.asRead).toEqual({ decision: 'Upheld' });
    expect(rows[1]!.review.typed).toEqual(['decision']);
    // 3 items count (the one marked "not an item" does not), 2 of the 2 decided ones overturned.
    expect(summaryLine(summarize(PIPELINE, rows))).toBe('3 items in 1 letter, 100.0% overturned');
    expect(Object.fromEntries(countFacets(PIPELINE, rows, [], '').get('reviewStatus')!)).toEqual({
      Confirmed: 1,
      Corrected: 2,
      'Not an item': 1,
    });
    expect(rows[0]!.searchText).toContain('checked twice');
    // The same rows again while nothing changed.
    expect(applyReview(read, records, s)[0]).toBe(rows[0]);
  });

  it('gives each reason a row needs attention once: not again when a problem of the letter names the field', () => {
    const item = { ...fakeItem('MRI', 'Overturned', 'imaging'), decision: { value: null, spans: [] } };
    const layout = HEADER_TABLE_2016.id;
    const said = fakeRecord({
      layout,
      items: [item],
      problems: [{ severity: 'warning', field: 'items[0].decision', message: 'Decision of item 1 not found.' }],
    });
    const silent = fakeRecord({ layout, items: [item] });
    const attention = (r: typeof said) => applyReview(flattenRows({ a: r }), { a: r }, EMPTY_REVIEW)[0]!.attention;
    const aboutDecision = (reasons: readonly string[]) => reasons.filter((m) => m.startsWith('Decision of item 1'));
    expect(aboutDecision(attention(said))).toEqual(['Decision of item 1 not found.']);
    // No problem says it: the stated field left empty is said in the catalogue's words.
    expect(aboutDecision(attention(silent))).toEqual(["Decision of item 1 not found: check the item's heading or outcome sentence."]);
  });
});
