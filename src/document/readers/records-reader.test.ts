import { describe, expect, it } from 'vitest';
import { fakeItem, fakeRecord } from '../../test-support/test-records.ts';
import type { LetterRecord } from '../../extract/record.ts';
import { checkRecord, detectRecordsFormat, readRecordPiece, recordPieces, type RecordPiece, type RecordsFormat } from './records-reader.ts';

const SHA = (n: number) => n.toString(16).padStart(64, '0');
const bytes = (text: string) => new TextEncoder().encode(text);
const record = (n: number, over: Partial<Omit<LetterRecord, 'caseNumber'>> = {}): LetterRecord =>
  fakeRecord({
    file: `dir/letter ${n}.pdf`,
    sha256: SHA(n),
    engineVersion: 'engine-now',
    // Brackets, braces, quotes and a backslash inside strings must not cut an element.
    text: `Case {${n}} "quoted" [brackets] \\ back\nslash é ✓`,
    items: [fakeItem(`MRI [left] knee {${n}}`, 'Upheld', 'imaging')],
    ...over,
  });

/** The text as a stream cut every `size` bytes (a multi-byte character may be split between two chunks). */
function streamOf(text: string, size: number): ReadableStream<Uint8Array> {
  const all = bytes(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= all.length) return controller.close();
      controller.enqueue(all.slice(at, at + size));
      at += size;
    },
  });
}

async function pieces(text: string, format: RecordsFormat, size = 7): Promise<RecordPiece[]> {
  const out: RecordPiece[] = [];
  for await (const piece of recordPieces(streamOf(text, size), format)) out.push(piece);
  return out;
}

const asJsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r) + '\n').join('');
/** As the CLI writes --format json: an array, each record indented by one space. */
const asCliJson = (records: unknown[]) =>
  records.length === 0
    ? '[]\n'
    : '[\n' + records.map((r) => ' ' + JSON.stringify(r, null, 1).replaceAll('\n', '\n ')).join(',\n') + '\n]\n';

describe('telling a records file by its content', () => {
  it('knows JSON Lines and a JSON array of records, with or without a byte order mark or blanks before', () => {
    const line = asJsonl([record(1)]);
    expect(detectRecordsFormat(bytes(line))).toBe('jsonl');
    expect(detectRecordsFormat(bytes(asCliJson([record(1)])))).toBe('json');
    expect(detectRecordsFormat(bytes('\uFEFF\n  ' + line))).toBe('jsonl');
    expect(detectRecordsFormat(bytes(' [ ' + JSON.stringify(record(1)) + ']'))).toBe('json');
  });

  it('takes no letter, and no JSON that is not records, for one', () => {
    expect(detectRecordsFormat(bytes('INDEPENDENT MEDICAL REVIEW\nCase Number: CM16-0000001\nsha256 "sha256"'))).toBeNull();
    expect(detectRecordsFormat(bytes('%PDF-1.7\n{"sha256"}'))).toBeNull();
    expect(detectRecordsFormat(bytes('{"name": "a package", "version": "1.0.0"}\n'))).toBeNull();
    expect(detectRecordsFormat(bytes('[1, 2, "sha256"]'))).toBeNull();
    // A review file (an object over many lines, keyed by sha256) is not JSON Lines.
    expect(detectRecordsFormat(bytes('{\n  "kind": "imr-lens review",\n  "letters": [{ "sha256": "ab" }]\n}\n'))).toBeNull();
    expect(detectRecordsFormat(new Uint8Array())).toBeNull();
  });
});

describe('cutting a records file into records, streamed', () => {
  const records = [record(1), record(2), record(3)];

  for (const size of [1, 3, 7, 64, 100_000]) {
    it(`gives each JSON line and each element of a JSON array as it was written (chunks of ${size} bytes)`, async () => {
      const lines = await pieces(asJsonl(records), 'jsonl', size);
      expect(lines.map((p) => p.where)).toEqual(['line 1', 'line 2', 'line 3']);
      expect(lines.map((p) => JSON.parse(p.text) as unknown)).toEqual(records);
      const elements = await pieces(asCliJson(records), 'json', size);
      expect(elements.map((p) => p.where)).toEqual(['record 1', 'record 2', 'record 3']);
      expect(elements.map((p) => JSON.parse(p.text) as unknown)).toEqual(records);
    });
  }

  it('skips blank lines (CRLF too) but counts them, and gives a last line without its line end', async () => {
    const text = `${JSON.stringify(records[0])}\r\n\r\n${JSON.stringify(records[1])}\n${JSON.stringify(records[2])}`;
    const got = await pieces(text, 'jsonl');
    expect(got.map((p) => p.where)).toEqual(['line 1', 'line 3', 'line 4']);
    expect(JSON.parse(got[2]!.text)).toEqual(records[2]);
  });

  it('gives an empty array no records, and a JSON array cut short its last element as it is', async () => {
    expect(await pieces('[]\n', 'json')).toEqual([]);
    const cut = asCliJson(records).slice(0, -40);
    const got = await pieces(cut, 'json');
    expect(got.map((p) => p.where)).toEqual(['record 1', 'record 2', 'record 3']);
    expect(readRecordPiece(got[2]!)).toEqual({ ok: false, reason: 'it is not valid JSON (cut short or damaged)' });
  });

  it('stops at an array that is not closed, or at what follows its end, saying so', async () => {
    await expect(pieces(asCliJson(records).replace(/\]\s*$/, ''), 'json')).rejects.toThrow('cut short');
    await expect(pieces(asCliJson(records) + '{"more": 1}', 'json')).rejects.toThrow('after the end');
  });

  it('counts the bytes read for the progress bar', async () => {
    const text = asJsonl(records);
    let read = 0;
    for await (const _ of recordPieces(streamOf(text, 10), 'jsonl', (n) => (read = n)));
    expect(read).toBe(bytes(text).length);
  });
});

describe('checking each record', () => {
  it('takes a record of the right shape, keyed by its sha256, and says whether another engine made it', () => {
    expect(checkRecord(record(1), 'engine-now')).toEqual({ ok: true, record: record(1), id: SHA(1), otherEngine: false });
    expect(checkRecord(record(1), 'engine-later')).toMatchObject({ ok: true, otherEngine: true });
    const { engineVersion: _v, ...unversioned } = record(1);
    expect(checkRecord(unversioned, 'engine-now')).toMatchObject({ ok: true, otherEngine: true });
  });

  it('keys a failed record without a sha256 (a file that could not be read) by its name', () => {
    const failed = record(1, { sha256: '', status: 'failed', items: [] });
    expect(checkRecord(failed)).toMatchObject({ ok: true, id: 'failed:dir/letter 1.pdf' });
  });

  it.each([
    ['a list', [], 'it is not a record'],
    ['no file name', record(1, { file: '' }), 'it names no file'],
    ['a short sha256', record(1, { sha256: 'abc' }), 'its sha256 is not one'],
    ['no sha256 on a read letter', record(1, { sha256: '' }), 'it has no sha256'],
    ['an unknown kind', { ...record(1), kind: 'docx' }, 'its kind is not pdf, text or image'],
    ['no text', { ...record(1), text: null }, 'it has no text'],
    ['an unknown status', { ...record(1), status: 'fine' }, 'its status'],
    ['items without decisions', { ...record(1), items: [{ request: { value: 'x', spans: [] } }] }, 'its items'],
    ['a span past the text', record(1, { decisionDate: { value: '2016-01-01', spans: [{ start: 0, end: 10_000 }] } }), 'outside its text'],
    [
      'a span of an item past the text',
      {
        ...record(1),
        items: [fakeItem('x', 'Upheld', 'imaging')].map((i) => ({
          ...i,
          block: i.block,
          rationale: { value: 'r', spans: [{ start: 5, end: 2 }] },
        })),
      },
      'outside its text',
    ],
  ])('refuses %s, saying why', (_what, value, reason) => {
    const checked = checkRecord(value);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toContain(reason);
  });

  it('names a line that is not JSON', () => {
    expect(readRecordPiece({ where: 'line 2', text: '{"file": "a.pdf", "sha' })).toEqual({
      ok: false,
      reason: 'it is not valid JSON (cut short or damaged)',
    });
  });
});
