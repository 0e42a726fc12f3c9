import { describe, expect, it } from 'vitest';
import { failedRecord } from '../parsing/failed-record.ts';
import type { LetterRecord } from '../extract/record.ts';
import { recordsToCsv } from './records-csv.ts';
import { recordWriter, type Format } from './record-output.ts';

const record = (file: string, text = '') =>
  ({ ...failedRecord(file, 'ab'.repeat(32), 'text', `Could not read ${file}.`), text }) as LetterRecord;

function written(format: Format, records: LetterRecord[], order: number[], earlier: LetterRecord[] = []): string {
  let out = '';
  const writer = recordWriter(format, (text) => (out += text), earlier);
  for (const i of order) writer.write(records[i]!, i);
  writer.close();
  return out;
}

describe('recordWriter', () => {
  const records = ['a.pdf', 'dir/b.pdf', 'c "quoted"\n.txt', '=cmd.txt'].map((f) => record(f, 'line one\nline two'));

  it('writes, a record at a time, exactly what one JSON text of them all would be, in the order named', () => {
    expect(written('json', records, [2, 0, 3, 1])).toBe(JSON.stringify(records, null, 1) + '\n');
    expect(written('json', [], [])).toBe('[]\n');
    expect(written('json', records.slice(2), [0, 1], records.slice(0, 2))).toBe(JSON.stringify(records, null, 1) + '\n');
  });

  it('writes CSV as the whole-file writer does, and JSON Lines in the order letters finish', () => {
    expect(written('csv', records, [3, 2, 1, 0])).toBe(recordsToCsv(records));
    expect(written('jsonl', records, [1, 0, 2, 3])).toBe([1, 0, 2, 3].map((i) => JSON.stringify(records[i]) + '\n').join(''));
  });

  it('writes a letter that never came (Ctrl-C) as a gap, keeping the others', () => {
    expect(JSON.parse(written('json', records, [3, 0, 2]))).toEqual([records[0], records[2], records[3]]);
  });

  it('writes an output far past the longest string JavaScript can hold (512 MB), a piece at a time', () => {
    const big = record('big.txt', 'x'.repeat(8 * 1024 * 1024)); // 8 MB of text a record
    let bytes = 0;
    let pieces = 0;
    let head = '';
    let tail = '';
    const writer = recordWriter('json', (text) => {
      bytes += text.length;
      pieces++;
      if (head.length < 10) head += text.slice(0, 10);
      tail = (tail + text).slice(-4);
    });
    const count = 66; // 528 MB
    for (let i = 0; i < count; i++) writer.write(big, i);
    writer.close();
    expect(bytes).toBeGreaterThan(2 ** 29);
    expect(pieces).toBe(count + 1);
    expect(head.startsWith('[\n {')).toBe(true);
    expect(tail).toBe('}\n]\n');
  });
});
