import { describe, expect, it } from 'vitest';
import type { Item, LetterRecord } from '../extract/record.ts';
import { coreRows, fakeItem, fakeRecord } from '../test-support/test-records.ts';

describe('the rows of a letter', () => {
  it('gives one row per item with the letter fields beside it, typed from the catalogue', () => {
    const items: Item[] = [fakeItem('MRI lumbar spine', 'Overturned', 'imaging'), fakeItem('Tramadol 50mg', 'Upheld', 'medication')];
    const records: Record<string, LetterRecord> = { a: fakeRecord({ items, caseNumber: 'CM16-0000001' }) };
    const rows = coreRows(records);
    expect(rows.map((r) => [r.id, r.values.decision, r.values.request, r.values.caseNumber])).toEqual([
      ['a:0', 'Overturned', 'MRI lumbar spine', 'CM16-0000001'],
      ['a:1', 'Upheld', 'Tramadol 50mg', 'CM16-0000001'],
    ]);
    expect(rows[0]?.values.guidelines).toEqual(['MTUS']);
    expect(rows[0]?.searchText).toContain('mri lumbar spine');
  });

  it('keeps a letter without items as one row that says why', () => {
    const records = {
      b: fakeRecord({ items: [], status: 'failed', problems: [{ severity: 'error', message: 'The file is empty.', code: 'empty' }] }),
      e: undefined,
    };
    expect(coreRows(records).map((r) => [r.id, r.itemIndex, r.note, r.values.warnings])).toEqual([
      ['b:letter', null, 'Not read: The file is empty.', 1],
      ['e:letter', null, 'No disputed items found in this letter', 0],
    ]);
  });

  it('names the layout of each letter in words, for the column and the facet', () => {
    const items = [fakeItem('TENS unit rental', 'Overturned', 'durable medical equipment')];
    const records = {
      a: fakeRecord({ items, layout: 'maximus-2013-notice' }),
      b: fakeRecord({ items, layout: 'unknown' }),
    };
    expect(coreRows(records).map((r) => r.values.layout)).toEqual(['2013, Notice of IMR Determination', 'Not recognised']);
  });

  it('reads a value that is not of its kind (a damaged or older record) as not found', () => {
    const item = { ...fakeItem('MRI', 'Upheld', 'imaging'), decision: { value: 'Maybe', spans: [] } } as unknown as Item;
    const rows = coreRows({
      a: fakeRecord({
        items: [item],
        patient: { age: { value: 'forty' as unknown as number, spans: [] }, sex: { value: null, spans: [] } },
      }),
    });
    expect([rows[0]!.values.decision, rows[0]!.values.age]).toEqual([null, null]);
  });
});
