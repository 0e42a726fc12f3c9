import { describe, expect, it } from 'vitest';
import type { Item, LetterRecord } from '../extract/record.ts';
import { flattenRows } from './item-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';

const entry = fakeEntry;

describe('flattenRows', () => {
  it('gives one row per item with the letter fields beside it', () => {
    const items: Item[] = [fakeItem('MRI lumbar spine', 'Overturned', 'imaging'), fakeItem('Tramadol 50mg', 'Upheld', 'medication')];
    const records: Record<string, LetterRecord> = { a: fakeRecord({ items, caseNumber: 'CM16-0000001' }) };
    const rows = flattenRows([entry('a', 'done')], records);
    expect(rows.map((r) => [r.id, r.decision, r.request, r.caseNumber])).toEqual([
      ['a:0', 'Overturned', 'MRI lumbar spine', 'CM16-0000001'],
      ['a:1', 'Upheld', 'Tramadol 50mg', 'CM16-0000001'],
    ]);
    expect(rows[0]?.guidelines).toEqual(['MTUS']);
    expect(rows[0]?.searchText).toContain('mri lumbar spine');
  });

  it('keeps a letter without items as one row that says why, and skips failed files and files still pending', () => {
    const records = {
      b: fakeRecord({ items: [], status: 'failed', problems: [{ severity: 'error', message: 'The file is empty.', code: 'empty' }] }),
    };
    const rows = flattenRows(
      [entry('b', 'failed', 'The file is empty.'), entry('c', 'queued'), entry('d', 'failed', 'Worker crashed'), entry('e')],
      records,
    );
    expect(rows.map((r) => [r.id, r.itemIndex, r.note, r.warnings])).toEqual([
      ['e:letter', null, 'No disputed items found in this letter', 0],
    ]);
  });

  it('names the layout of each letter in words, for the column and the facet', () => {
    const items = [fakeItem('TENS unit rental', 'Overturned', 'durable medical equipment')];
    const records = {
      a: fakeRecord({ items, layout: 'maximus-2013-notice' }),
      b: fakeRecord({ items, layout: 'unknown' }),
    };
    const rows = flattenRows([entry('a'), entry('b')], records);
    expect(rows.map((r) => r.layout)).toEqual(['2013, Notice of IMR Determination', 'Not recognised']);
  });
});
