import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../extract/extract-letter.ts';
import type { LetterRecord } from '../extract/record.ts';
import { jsonOf, recordFromJson } from './record-json.ts';

describe("a record's JSON text, made once by the parse process", () => {
  const record = { file: 'a.pdf', sha256: 'ab', ...emptyExtraction('ok', 'unknown', []) } as unknown as LetterRecord;
  // Keys in another order than JSON.stringify of the parsed record would give, to see which text is written.
  const text = `{"sha256":"ab","file":"a.pdf",${JSON.stringify(record).slice(1).replace('"file":"a.pdf","sha256":"ab",', '')}`;

  it('is written as the parse process made it', () => {
    const parsed = recordFromJson(text);
    expect(parsed.file).toBe('a.pdf');
    expect(jsonOf(parsed)).toBe(text);
  });

  it('is made again once a problem was added (a duplicate marked by the run)', () => {
    const parsed = recordFromJson(text);
    parsed.problems.push({ severity: 'warning', code: 'duplicate', message: 'The same letter as b.pdf (identical bytes).' });
    expect(JSON.parse(jsonOf(parsed))).toEqual(parsed);
    expect(jsonOf(parsed)).toContain('The same letter as b.pdf');
  });

  it('is JSON.stringify for a record made in this process', () => {
    expect(jsonOf(record)).toBe(JSON.stringify(record));
  });
});
