import { describe, expect, it } from 'vitest';
import { emptyItem, upgradeRecord } from './upgrade-record.ts';

describe('upgradeRecord: a saved record in the current shape', () => {
  it('fills what an older engine never wrote with null fields, and keeps every value it did write', () => {
    // The shape of a record saved before `layout`, `urDenialDate`, the patient's sex and items' `necessity` existed.
    const old = {
      file: 'a.pdf',
      sha256: 'ab'.repeat(32),
      kind: 'pdf',
      pages: 2,
      text: 'Case Number: CM15-0000001\nKnee brace: Upheld',
      pageStarts: [0, 26],
      status: 'ok',
      problems: [],
      caseNumber: { value: 'CM15-0000001', spans: [{ start: 13, end: 25 }] },
      priority: { value: null, spans: [] },
      dateAssigned: { value: null, spans: [] },
      dateOfInjury: { value: null, spans: [] },
      decisionDate: { value: null, spans: [] },
      applicationReceived: { value: null, spans: [] },
      reviewer: { licensure: { value: ['California'], spans: [{ start: 0, end: 4 }] } },
      patient: { age: { value: 50, spans: [{ start: 0, end: 2 }] } },
      diagnoses: { value: null, spans: [] },
      items: [
        {
          request: { value: 'Knee brace', spans: [{ start: 26, end: 36 }] },
          decision: { value: 'Upheld', spans: [{ start: 38, end: 44 }] },
        },
      ],
    };
    const record = upgradeRecord(old);
    expect(record.layout).toBe('unknown');
    expect(record.urDenialDate).toEqual({ value: null, spans: [] });
    expect(record.caseNumber).toEqual({ value: 'CM15-0000001', spans: [{ start: 13, end: 25 }] });
    expect(record.reviewer.licensure.value).toEqual(['California']);
    expect(record.reviewer.specialties).toEqual({ value: null, spans: [] });
    expect(record.patient).toEqual({ age: { value: 50, spans: [{ start: 0, end: 2 }] }, sex: { value: null, spans: [] } });
    expect(record.items).toHaveLength(1);
    expect(record.items[0]).toEqual({
      ...emptyItem(),
      request: { value: 'Knee brace', spans: [{ start: 26, end: 36 }] },
      decision: { value: 'Upheld', spans: [{ start: 38, end: 44 }] },
    });
    expect(record.engineVersion).toBeUndefined();
  });

  it('turns damaged data into an empty record of the right shape instead of throwing', () => {
    for (const damaged of [
      null,
      'text',
      42,
      [],
      { items: 'nope', problems: [null, 3, { message: 'kept' }], kind: 'docx', status: 'weird' },
    ]) {
      const record = upgradeRecord(damaged);
      expect(Array.isArray(record.items)).toBe(true);
      expect(record.caseNumber).toEqual({ value: null, spans: [] });
      expect(['pdf', 'text']).toContain(record.kind);
      expect(['ok', 'partial', 'failed']).toContain(record.status);
      expect(record.problems.every((p) => typeof p.message === 'string')).toBe(true);
    }
    expect(upgradeRecord({ problems: [null, { message: 'kept', severity: 'warning' }] }).problems).toEqual([
      { message: 'kept', severity: 'warning' },
    ]);
  });

  it('keeps a current record exactly as it is', () => {
    const current = upgradeRecord({});
    expect(upgradeRecord(JSON.parse(JSON.stringify(current)))).toEqual(current);
    // Every kind of letter the readers make stays what it is (a scan's image is drawn from it).
    for (const kind of ['pdf', 'text', 'image'] as const) expect(upgradeRecord({ ...current, kind }).kind).toBe(kind);
  });
});
