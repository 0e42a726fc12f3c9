// The record of a file that could not be read: no text, no fields, one error that says why.
// Apart from parse-letter.ts so that code which only reports failures (the CLI's parent process)
// does not load pdf.js.
import { emptyExtraction } from '../extract/extract-letter.ts';
import type { LetterRecord } from '../extract/record.ts';
import { ENGINE_VERSION } from '../extract/engine-version.ts';
import type { LetterKind } from '../document/load-letter.ts';

export function failedRecord(file: string, sha256: string, kind: LetterKind, message: string, reason = 'unreadable'): LetterRecord {
  return {
    file,
    sha256,
    engineVersion: ENGINE_VERSION,
    kind,
    pages: 0,
    text: '',
    pageStarts: [0],
    ...emptyExtraction('failed', 'unknown', [{ severity: 'error', message, code: reason }]),
  };
}
