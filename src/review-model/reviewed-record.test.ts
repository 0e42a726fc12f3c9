import { describe, expect, it } from 'vitest';
import { fakeItem, fakeRecord } from '../test-support/test-records.ts';
import type { Correction, LetterReview } from './review-model.ts';
import { reviewedRecord } from './reviewed-record.ts';

const AT = '2026-01-02T03:04:05.000Z';
const correction = (value: Correction['corrected']['value'], start: number): Correction => ({
  asRead: { value: null, spans: [] },
  corrected: { value, spans: [{ start, end: start + 2 }] },
  typed: false,
  at: AT,
});

describe('the record as the reviewer left it', () => {
  it("places each correction at its field's path in the catalogue, nested ones included", () => {
    const record = fakeRecord({ items: [fakeItem('MRI', 'Upheld', 'imaging')] });
    const letter: LetterReview = {
      sha256: 'a',
      file: 'a.pdf',
      note: '',
      corrections: { age: correction(52, 3), licensure: correction(['Oregon'], 7), decisionDate: correction('2016-07-08', 9) },
      items: {
        '0': {
          index: 0,
          request: 'MRI',
          verdict: null,
          corrections: { decision: correction('Overturned', 11) },
          note: '',
          added: false,
          at: AT,
        },
      },
    };
    const out = reviewedRecord(record, letter);
    expect(out.patient.age).toEqual({ value: 52, spans: [{ start: 3, end: 5 }] });
    expect(out.patient.sex).toBe(record.patient.sex);
    expect(out.reviewer.licensure.value).toEqual(['Oregon']);
    expect(out.reviewer.specialties).toBe(record.reviewer.specialties);
    expect(out.decisionDate.value).toBe('2016-07-08');
    expect(out.items[0]!.decision.value).toBe('Overturned');
    // Nothing lands where no field is: no `age` or `licensure` at the top of the record.
    expect(Object.keys(out).filter((k) => !(k in record))).toEqual([]);
    // The record read is left as it was.
    expect(record.patient.age.value).toBe(44);
    expect(record.items[0]!.decision.value).toBe('Upheld');
  });

  it('adds the items the reviewer added, every field not found but those corrected', () => {
    const record = fakeRecord({ items: [fakeItem('MRI', 'Upheld', 'imaging')] });
    const letter: LetterReview = {
      sha256: 'a',
      file: 'a.pdf',
      note: '',
      corrections: {},
      items: {
        'added-1': {
          index: 1,
          request: null,
          verdict: null,
          corrections: { request: correction('Cane', 20) },
          note: '',
          added: true,
          at: AT,
        },
      },
    };
    const added = reviewedRecord(record, letter).items[1]!;
    expect(added.request).toEqual({ value: 'Cane', spans: [{ start: 20, end: 22 }] });
    expect(added.block).toEqual({ start: 20, end: 22 });
    expect(added.decision).toEqual({ value: null, spans: [] });
  });
});
