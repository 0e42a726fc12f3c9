// The proof that a new input type is one reader module (document/letter-reader.ts: `accepts` by the
// file's first bytes, `read` to canonical text and page starts) listed in LETTER_READERS: a reader
// added to the real list, ahead of the text reader that takes anything, is the one the app's workers
// and the CLI (both parse through parseLetter) use for its files, and the record is read from its
// text. Without it, the same file is read as plain text, markup and all, and this test fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LETTER_READERS, type LetterReader } from '../../document/load-letter.ts';
import { parseLetter } from './parse-letter.ts';

/** A reader of Rich Text letters, cut to what this test needs: paragraphs become lines, control words go. */
const RTF_READER: LetterReader = {
  kind: 'text',
  accepts: (_name, head) => new TextDecoder().decode(head.subarray(0, 5)) === '{\\rtf',
  read: async (bytes) => {
    const text = new TextDecoder()
      .decode(bytes)
      .replace(/\\par\b ?/g, '\n')
      .replace(/\\[a-z]+-?\d* ?/g, '')
      .replace(/[{}]/g, '');
    return { kind: 'text', pages: 1, text, pageStarts: [0], pieces: [], pageSizes: [], truncated: false };
  },
};
// Its line in the list: before the text reader, which accepts every file.
(LETTER_READERS as LetterReader[]).splice(LETTER_READERS.length - 1, 0, RTF_READER);

const letter = readFileSync(new URL('../../extract/fixtures/header-table-letter.txt', import.meta.url), 'utf8');
const rtf = `{\\rtf1\\ansi\\deff0 ${letter.split('\n').join('\\par ')}}`;

describe('a reader added to LETTER_READERS', () => {
  it('reads its files for the parse workers and the CLI, and the record comes from its text', async () => {
    const record = await parseLetter({ name: 'letter.rtf', bytes: new TextEncoder().encode(rtf).buffer });
    expect(record.text).not.toMatch(/\\par|\\rtf|[{}]/);
    expect(record.text.trim()).toBe(letter.trim());
    expect(record.status).toBe('ok');
    expect(record.caseNumber.value).toBe('CM15-0123456');
    expect(record.items.map((i) => i.decision.value)).toContain('Overturned');
  });
});
