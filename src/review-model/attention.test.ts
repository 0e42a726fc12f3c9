import { describe, expect, it } from 'vitest';
import { HEADER_TABLE_2016 } from '../extract/layouts/header-table-2016.ts';
import type { LetterRecord, Problem } from '../extract/record.ts';
import { letterOutcome } from '../extract/record-outcome.ts';
import { fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { letterAttention, type AttentionMark } from './attention.ts';
import { applyReviewAction, EMPTY_REVIEW, type ItemRef, type ReviewAction, type ReviewState } from './review-model.ts';

const AT = '2026-12-08T00:00:00.000Z';
const field = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });
const warning = (field: string | undefined, message: string, code?: string): Problem => ({
  severity: 'warning',
  message,
  ...(field ? { field } : {}),
  ...(code ? { code } : {}),
});

/** A letter of a known layout with every stated field found, three items, and the given problems. */
function letter(problems: Problem[]): LetterRecord {
  return fakeRecord({
    layout: HEADER_TABLE_2016.id,
    caseNumber: 'CM17-0000042',
    priority: field('Standard'),
    dateAssigned: field('2017-01-03'),
    urDenialDate: field('2016-12-01'),
    applicationReceived: field('2016-12-20'),
    diagnoses: { value: null, spans: [] },
    items: [
      fakeItem('Knee brace', 'Upheld', 'durable medical equipment'),
      fakeItem('Gabapentin', 'Overturned', 'medication'),
      fakeItem('MRI', 'Upheld', 'imaging'),
    ].map((i) => ({ ...i, claimsAdministratorGuideline: field('ODG'), reviewerGuideline: field('ODG') })),
    problems,
  });
}

const ref = (index: number, request: string): ItemRef => ({ sha256: 'a', file: 'a.pdf', key: String(index), index, request });
const confirm = (index: number, request: string): ReviewAction => ({
  type: 'set-verdict',
  item: ref(index, request),
  verdict: 'confirmed',
  at: AT,
});
const correct = (index: number | null, request: string, name: 'request' | 'decision' | 'dateOfInjury'): ReviewAction => ({
  type: 'correct',
  letter: { sha256: 'a', file: 'a.pdf' },
  itemKey: index === null ? null : String(index),
  ...(index === null ? {} : { item: ref(index, request) }),
  field: name,
  correction: { asRead: { value: 'x', spans: [] }, corrected: { value: 'y', spans: [] }, typed: true, at: AT },
});
const reviewOf = (...actions: ReviewAction[]): ReviewState => actions.reduce(applyReviewAction, EMPTY_REVIEW);
const rowsOf = (record: LetterRecord, review: ReviewState = EMPTY_REVIEW) => {
  const a = letterAttention(record, review.letters.a);
  return record.items.map((_, i) => a.reasons(i));
};

const ABOUT_ITEM_2 = warning('items[1].decision', 'Decision of item 2 disagrees with its rationale.');
const ABOUT_LETTER = warning('dateOfInjury', 'Date of injury differs between header and summary.', 'cross-check');

describe('one "needs attention" (extractor marks with the review laid over them)', () => {
  it('a minor note (diagnoses not found, read by OCR) marks no row, and the letter is Done by both the rows and the files panel', () => {
    const record = letter([
      warning('diagnoses', 'Diagnoses not found: check the case summary.'),
      warning(undefined, 'Read by OCR.', 'read-by-ocr'),
    ]);
    expect(rowsOf(record)).toEqual([[], [], []]);
    expect(letterAttention(record, undefined).needsAttention).toBe(false);
    expect(letterOutcome(record)).toBe('done');
  });

  it("an item's warning marks that item's row only; a letter's warning marks every row", () => {
    expect(rowsOf(letter([ABOUT_ITEM_2]))).toEqual([[], [ABOUT_ITEM_2.message], []]);
    expect(rowsOf(letter([ABOUT_LETTER]))).toEqual([[ABOUT_LETTER.message], [ABOUT_LETTER.message], [ABOUT_LETTER.message]]);
    // The number of items is the letter's business, not one item's.
    const count = warning('items', 'The letter speaks of 4 items but 3 were read.');
    expect(rowsOf(letter([count])).every((r) => r.length === 1)).toBe(true);
    // A problem naming an item the letter does not have (cut by a bound) is the letter's.
    expect(rowsOf(letter([warning('items[7].request', 'Far away.')])).every((r) => r.length === 1)).toBe(true);
  });

  it('confirming the item, or correcting the field the warning names, resolves it: it leaves the row and the counts', () => {
    const record = letter([ABOUT_ITEM_2]);
    expect(letterAttention(record, undefined).needsAttention).toBe(true);
    for (const review of [reviewOf(confirm(1, 'Gabapentin')), reviewOf(correct(1, 'Gabapentin', 'decision'))]) {
      const a = letterAttention(record, review.letters.a);
      expect(rowsOf(record, review)).toEqual([[], [], []]);
      expect(a.marks.map((m) => m.resolved)).toEqual([true]);
      expect(a.needsAttention).toBe(false);
    }
    // Another field corrected, or another item confirmed, leaves it.
    for (const review of [reviewOf(correct(1, 'Gabapentin', 'request')), reviewOf(confirm(0, 'Knee brace'))]) {
      expect(rowsOf(record, review)[1]).toEqual([ABOUT_ITEM_2.message]);
      expect(letterAttention(record, review.letters.a).needsAttention).toBe(true);
    }
    // "Not an item" deals with it too.
    const notAnItem = reviewOf({ type: 'set-verdict', item: ref(1, 'Gabapentin'), verdict: 'not-an-item', at: AT });
    expect(letterAttention(record, notAnItem.letters.a).needsAttention).toBe(false);
  });

  it("a letter's warning leaves each row as it is confirmed, and is resolved when every item is, or at once when its field is corrected", () => {
    const record = letter([ABOUT_LETTER]);
    const two = reviewOf(confirm(0, 'Knee brace'), confirm(2, 'MRI'));
    expect(rowsOf(record, two)).toEqual([[], [ABOUT_LETTER.message], []]);
    expect(letterAttention(record, two.letters.a).needsAttention).toBe(true);
    const all = reviewOf(confirm(0, 'Knee brace'), confirm(1, 'Gabapentin'), confirm(2, 'MRI'));
    expect(letterAttention(record, all.letters.a).marks[0]!.resolved).toBe(true);
    const corrected = reviewOf(correct(null, '', 'dateOfInjury'));
    expect(rowsOf(record, corrected)).toEqual([[], [], []]);
    expect(letterAttention(record, corrected.letters.a).needsAttention).toBe(false);
  });

  it('a stated field left empty with no problem saying so is a mark, on its item', () => {
    const record = letter([]);
    record.items[2] = { ...record.items[2]!, rationale: { value: null, spans: [] } };
    expect(rowsOf(record)).toEqual([[], [], ['Rationale of item 3 not found: check the item in the letter.']]);
    expect(letterOutcome(record)).toBe('attention');
  });

  it('takes marks from another source (a disagreement between letters of one case) by the same rule', () => {
    const extra: AttentionMark[] = [
      { message: 'Another letter of this case reads item 1 as Overturned.', item: 0, field: 'decision', problem: null },
    ];
    expect(letterAttention(letter([]), undefined, extra).reasons(0)).toEqual([extra[0]!.message]);
    const review = reviewOf(correct(0, 'Knee brace', 'decision'));
    expect(letterAttention(letter([]), review.letters.a, extra).needsAttention).toBe(false);
  });

  it('needs attention exactly when some row shows a mark, over every way of reviewing three items', () => {
    const record = letter([ABOUT_ITEM_2, ABOUT_LETTER, warning('items[2].request', 'Request of item 3 runs on.')]);
    const requests = ['Knee brace', 'Gabapentin', 'MRI'];
    const steps = (i: number): ReviewAction[][] => [[], [confirm(i, requests[i]!)], [correct(i, requests[i]!, 'request')]];
    for (const a of steps(0))
      for (const b of steps(1))
        for (const c of steps(2))
          for (const letterFix of [[], [correct(null, '', 'dateOfInjury')]]) {
            const review = reviewOf(...a, ...b, ...c, ...letterFix);
            const attention = letterAttention(record, review.letters.a);
            const marked = record.items.some((_, i) => attention.reasons(i).length > 0);
            expect(attention.needsAttention).toBe(marked);
            expect(attention.marks.some((m) => !m.resolved)).toBe(marked);
          }
    // With no review it is the extractor's own outcome.
    expect(letterAttention(record, undefined).needsAttention).toBe(letterOutcome(record) === 'attention');
  });
});
