import { describe, expect, it } from 'vitest';
import { readLetterRows, type ItemRow } from '../rows/item-rows.ts';
import { fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { caseKeyOf, disagreements, standingCopy, type CaseLetter } from './case-copies.ts';
import { applyReviewAction, EMPTY_REVIEW } from './review-model.ts';

const letter = (fileId: string, problems: number, record = fakeRecord({ caseNumber: 'CM16-0100001' })): CaseLetter<ItemRow> => ({
  fileId,
  file: `${fileId}.pdf`,
  problems,
  rows: readLetterRows({ id: fileId, name: `${fileId}.pdf` }, record),
});

describe('the case key', () => {
  it('is one form of the case number however it is spaced, dashed or cased', () => {
    const key = caseKeyOf('CM16-0246487');
    expect(key).toBe('CM160246487');
    // An en dash, spaces, lower case, a full-width digit (NFKC), a dot: the same case.
    for (const written of ['cm16 – 0246487', ' CM16 0246487 ', 'CM16.0246487', 'CM16-024648７']) expect(caseKeyOf(written)).toBe(key);
    expect(caseKeyOf('CM16-0246488')).not.toBe(key);
  });

  it('is none for a letter without a case number (it is its own case)', () => {
    expect(caseKeyOf(null)).toBeNull();
    expect(caseKeyOf(undefined)).toBeNull();
    expect(caseKeyOf(' – ')).toBeNull();
  });
});

describe('the copy whose values stand', () => {
  it('is the one with fewer problems, the first on a tie, until the reviewer chooses', () => {
    const a = letter('a', 2);
    const b = letter('b', 0);
    const c = letter('c', 0);
    expect(standingCopy([a, b, c], EMPTY_REVIEW)).toBe(b);
    expect(standingCopy([a, c, b], EMPTY_REVIEW)).toBe(c);
  });

  it("is the reviewer's last choice, and a choice clears the other copies' (undone by the history like any review action)", () => {
    const [a, b] = [letter('a', 2), letter('b', 0)];
    const ref = (l: CaseLetter<ItemRow>) => ({ sha256: l.fileId, file: l.file });
    let review = applyReviewAction(EMPTY_REVIEW, { type: 'choose-copy', letter: ref(a), others: [ref(b)], at: '2026-01-01T00:00:00Z' });
    expect(standingCopy([a, b], review)).toBe(a);
    review = applyReviewAction(review, { type: 'choose-copy', letter: ref(b), others: [ref(a)], at: '2026-01-01T00:01:00Z' });
    expect(standingCopy([a, b], review)).toBe(b);
    expect(review.letters.a?.chosen).toBeUndefined();
    expect(review.letters.b?.chosen).toBe('2026-01-01T00:01:00Z');
  });
});

describe('where the copies disagree', () => {
  it('finds nothing when the copies read the same values, spaced or punctuated differently', () => {
    const one = fakeRecord({ caseNumber: 'CM16-0100001', items: [fakeItem('Physical therapy, 2x6', 'Upheld', 'physical therapy')] });
    const two = fakeRecord({ caseNumber: 'CM16 0100001', items: [fakeItem('Physical  therapy 2x6', 'Upheld', 'physical therapy')] });
    expect(disagreements([letter('a', 0, one), letter('b', 0, two)])).toEqual([]);
  });

  it("names each field read differently, with each copy's value: a decision, a date, the number of items", () => {
    const one = fakeRecord({
      caseNumber: 'CM16-0100001',
      items: [fakeItem('MRI of the knee', 'Upheld', 'imaging'), fakeItem('Cane', 'Upheld', 'durable medical equipment')],
    });
    const two = fakeRecord({
      caseNumber: 'CM16-0100001',
      decisionDate: { value: '2016-05-07', spans: [{ start: 0, end: 1 }] },
      items: [fakeItem('MRI of the knee', 'Overturned', 'imaging')],
    });
    const found = disagreements([letter('a', 0, one), letter('b', 0, two)]);
    expect(found.map((d) => [d.field, d.itemIndex, d.values.map((v) => v.value)])).toEqual([
      ['decisionDate', null, ['2016-05-06', '2016-05-07']],
      ['items', null, ['2', '1']],
      ['decision', 0, ['Upheld', 'Overturned']],
      ['necessity', 0, ['not medically necessary', 'medically necessary']],
      // The second item is in one copy only: each of its fields is read by one copy and not the other.
      ...['decision', 'request', 'category', 'necessity', 'rationale'].map((f) => [f, 1, expect.any(Array)]),
    ]);
    expect(found.find((d) => d.field === 'decision')!.message).toBe(
      'The copies disagree on Decision (item 1): “Upheld” in a.pdf, “Overturned” in b.pdf.',
    );
  });
});
