import { describe, expect, it } from 'vitest';
import { applyReviewAction, EMPTY_REVIEW, itemStatus, reviewProgressLine, type ItemRef, type ReviewState } from './review-model.ts';
import { doAction, emptyHistory, redo, undo } from './review-history.ts';
import { makeCorrection, trimSelection } from './make-correction.ts';
import { itemFieldAsRead, validateValue } from './review-fields.ts';
import { fakeItem } from '../test-support/test-records.ts';
import { matchItems } from './match-items.ts';

const SHA = 'a'.repeat(64);
const letter = { sha256: SHA, file: 'one.pdf' };
const item = (index: number, request: string | null): ItemRef => ({ ...letter, key: String(index), index, request });
const AT = '2026-01-02T03:04:05.000Z';
const TEXT = 'Request: MRI of the lumbar spine  : Upheld';

function correctRequest(state: ReviewState): ReviewState {
  const made = makeCorrection(
    'request',
    { value: 'MRI', spans: [{ start: 9, end: 12 }] },
    { kind: 'selection', text: TEXT, span: { start: 8, end: 33 } },
  );
  if (!made.ok) throw new Error(made.message);
  return applyReviewAction(state, {
    type: 'correct',
    letter,
    itemKey: '0',
    item: item(0, 'MRI'),
    field: 'request',
    correction: made.correction,
  });
}

describe('review state of an item', () => {
  it('goes from unreviewed to confirmed, corrected and not an item', () => {
    expect(itemStatus(undefined)).toBe('unreviewed');
    let s = applyReviewAction(EMPTY_REVIEW, { type: 'set-verdict', item: item(0, 'MRI'), verdict: 'confirmed', at: AT });
    expect(itemStatus(s.letters[SHA]!.items['0'])).toBe('confirmed');
    s = correctRequest(s);
    expect(itemStatus(s.letters[SHA]!.items['0'])).toBe('corrected');
    s = applyReviewAction(s, { type: 'set-verdict', item: item(0, 'MRI'), verdict: 'not-an-item', at: AT });
    expect(itemStatus(s.letters[SHA]!.items['0'])).toBe('not-an-item');
    s = applyReviewAction(s, { type: 'set-verdict', item: item(0, 'MRI'), verdict: null, at: AT });
    expect(itemStatus(s.letters[SHA]!.items['0'])).toBe('corrected');
    s = applyReviewAction(s, { type: 'revert', letter, itemKey: '0', field: 'request' });
    expect(itemStatus(s.letters[SHA]!.items['0'])).toBe('unreviewed');
  });

  it('keeps a grounded correction with the trimmed span of the selection and the value as read', () => {
    const s = correctRequest(EMPTY_REVIEW);
    const c = s.letters[SHA]!.items['0']!.corrections.request!;
    expect(c.corrected).toEqual({ value: 'MRI of the lumbar spine', spans: [{ start: 9, end: 32 }] });
    expect(c.asRead).toEqual({ value: 'MRI', spans: [{ start: 9, end: 12 }] });
    expect(c.typed).toBe(false);
    expect(Date.parse(c.at)).not.toBeNaN();
  });

  it('adds an item from a selected heading, and notes on a letter and an item', () => {
    let s = applyReviewAction(EMPTY_REVIEW, {
      type: 'add-item',
      letter,
      request: { value: 'Cane', spans: [{ start: 1, end: 5 }] },
      index: 2,
      at: AT,
    });
    s = applyReviewAction(s, { type: 'note', letter, text: 'check page 2', at: AT });
    s = applyReviewAction(s, { type: 'note', letter, item: item(1, 'PT'), text: 'odd', at: AT });
    const l = s.letters[SHA]!;
    expect(l.items['added-1']).toMatchObject({ added: true, index: 2, verdict: 'confirmed' });
    expect(l.items['added-1']!.corrections.request!.corrected.value).toBe('Cane');
    expect(l.note).toBe('check page 2');
    expect(l.items['1']!.note).toBe('odd');
    expect(applyReviewAction(s, { type: 'remove-added', letter, key: '1' })).toBe(s);
    expect(applyReviewAction(s, { type: 'remove-added', letter, key: 'added-1' }).letters[SHA]!.items['added-1']).toBeUndefined();
  });

  it('says the progress as a line', () => {
    expect(reviewProgressLine({ items: 312, reviewed: 212, corrected: 4, notItems: 0 })).toBe('212 of 312 items reviewed, 4 corrected');
  });
});

describe('validation of values', () => {
  it.each([
    ['decisionDate', '2016-02-29', '2016-02-29'],
    ['decisionDate', 'March 3, 2015', '2015-03-03'],
    ['decision', 'overturned', 'Overturned'],
    ['category', 'Imaging', 'imaging'],
    ['drugClass', 'Muscle Relaxant', 'muscle relaxant'],
    ['drugClass', 'nsaid', 'NSAID'],
    ['compounded', 'Yes', 'yes'],
    ['age', '47', 47],
    ['specialties', 'Orthopedic Surgery; Pain Medicine', ['Orthopedic Surgery', 'Pain Medicine']],
  ] as const)('%s %s is %j', (field, raw, value) => {
    expect(validateValue(field, raw)).toEqual({ ok: true, value });
  });
  it.each([
    ['decisionDate', '2015-02-29'],
    ['decisionDate', 'soon'],
    ['decision', 'Denied'],
    ['category', 'massage chairs'],
    ['drugClass', 'painkiller'],
    ['compounded', 'true'],
    ['age', '300'],
    ['request', '   '],
  ] as const)('%s %j is refused with a message', (field, raw) => {
    const v = validateValue(field, raw);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.message.length).toBeGreaterThan(5);
  });
  it('a compounded flag as read is shown as the table shows it, yes or no', () => {
    const item = fakeItem('Ketoprofen cream', 'Upheld', 'medication', 'x', { drugClass: 'topical analgesic', compounded: true });
    expect(itemFieldAsRead(item, 'compounded').value).toBe('yes');
    expect(itemFieldAsRead(item, 'drugClass').value).toBe('topical analgesic');
  });
  it('a typed value has no spans; a blank selection is refused', () => {
    const typed = makeCorrection('decisionDate', { value: null, spans: [] }, { kind: 'typed', raw: '2016-01-05' });
    expect(typed.ok && typed.correction).toMatchObject({ typed: true, corrected: { value: '2016-01-05', spans: [] } });
    expect(makeCorrection('request', { value: null, spans: [] }, { kind: 'selection', text: 'a   b', span: { start: 1, end: 4 } }).ok).toBe(
      false,
    );
    expect(trimSelection(' ab ', { start: 0, end: 4 })).toEqual({ start: 1, end: 3 });
  });
});

describe('undo and redo', () => {
  it('walk back and forth through the actions, and a new action drops the redo', () => {
    let h = emptyHistory();
    h = doAction(h, { type: 'set-verdict', item: item(0, 'MRI'), verdict: 'confirmed', at: AT });
    h = doAction(h, { type: 'set-verdict', item: item(1, 'PT'), verdict: 'confirmed', at: AT });
    const two = h.present;
    h = undo(h);
    expect(h.present.letters[SHA]!.items['1']).toBeUndefined();
    expect(itemStatus(h.present.letters[SHA]!.items['0'])).toBe('confirmed');
    h = redo(h);
    expect(h.present).toBe(two);
    h = undo(undo(h));
    expect(h.present).toBe(EMPTY_REVIEW);
    expect(undo(h)).toBe(h);
    h = doAction(redo(h), { type: 'note', letter, text: 'x', at: AT });
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });
  it('an action that changes nothing is not a step', () => {
    const h = emptyHistory();
    expect(doAction(h, { type: 'revert', letter, itemKey: '0', field: 'request' })).toBe(h);
  });
});

describe('items found again after a re-read', () => {
  it('by index and request, by request elsewhere, and orphans reported', () => {
    let s = EMPTY_REVIEW;
    for (const [i, r] of [
      [0, 'MRI'],
      [1, 'PT x6'],
      [2, 'Cane'],
    ] as const)
      s = applyReviewAction(s, { type: 'set-verdict', item: item(i, r), verdict: 'confirmed', at: AT });
    // A newer engine finds a new item first and no longer reads "Cane".
    const m = matchItems(s.letters[SHA], ['Tramadol', 'MRI', 'PT  x6']);
    expect(m.byIndex.get(1)?.key).toBe('0');
    expect(m.byIndex.get(2)?.key).toBe('1');
    expect(m.byIndex.has(0)).toBe(false);
    expect(m.orphans.map((o) => o.review.request)).toEqual(['Cane']);
  });
});
