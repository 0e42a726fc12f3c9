import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-5', `'-5`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['line one\nline two', `'line one\nline two`],
    ['MRI of the lumbar spine', 'MRI of the lumbar spine'],
    ['', ''],
    ['a-b', 'a-b'],
  ])('%j → %j', (input, expected) => expect(neutraliseCell(input)).toBe(expected));
});

describe('toCsv', () => {
  it('writes a BOM, CRLF rows and RFC 4180 quoting that papaparse reads back', () => {
    const csv = toCsv(
      ['Decision', 'Request', 'Age'],
      [
        ['Overturned', 'Norco, 10/325 "as needed"', 44],
        ['Upheld', '=cmd|calc', null],
        ['Upheld', ['ODG', 'MTUS'], 51],
      ],
    );
    expect(csv.startsWith('\uFEFFDecision,Request,Age\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['Decision', 'Request', 'Age'],
      ['Overturned', 'Norco, 10/325 "as needed"', '44'],
      ['Upheld', "'=cmd|calc", ''],
      ['Upheld', 'ODG; MTUS', '51'],
    ]);
  });
});
