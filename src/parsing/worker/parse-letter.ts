// Bytes in, LetterRecord out: the whole parse of one file, shared by the app's workers and the CLI.
// A bad file never throws: it becomes a 'failed' record whose problem says what is wrong with it.
import { extractLetter } from '../../extract/extract-letter.ts';
import type { LetterRecord } from '../../extract/record.ts';
import { letterOutcome, statusForOutcome } from '../../extract/record-outcome.ts';
import { LetterLoadError, loadLetter } from '../../document/load-letter.ts';
import { MAX_FILE_BYTES, MAX_PDF_PAGES, SOURCE_UNREADABLE, type ParseJob, type WorkerParseJob } from '../protocol.ts';
import { sha256Hex } from '../../document/sha256.ts';
import { failedRecord } from '../failed-record.ts';
import { ENGINE_VERSION } from '../../extract/engine-version.ts';

export async function parseLetter(job: ParseJob): Promise<LetterRecord> {
  const bytes = new Uint8Array(job.bytes);
  const sha256 = await sha256Hex(bytes);
  if (bytes.length > MAX_FILE_BYTES) {
    return failedRecord(
      job.name,
      sha256,
      'text',
      `The file is ${formatMiB(bytes.length)}; letters over ${formatMiB(MAX_FILE_BYTES)} are not read.`,
      'too-big',
    );
  }
  try {
    const letter = await loadLetter(bytes, { password: job.password, maxPages: MAX_PDF_PAGES });
    const extraction = extractLetter(letter.text, letter.pageStarts);
    if (letter.truncated) {
      extraction.problems.unshift({
        severity: 'warning',
        code: 'truncated',
        message: 'This PDF is cut short (no end-of-file marker): only what could be recovered was read.',
      });
      if (extraction.status !== 'failed') extraction.status = statusForOutcome(letterOutcome(extraction));
    }
    return {
      file: job.name,
      sha256,
      engineVersion: ENGINE_VERSION,
      kind: letter.kind,
      pages: letter.pages,
      text: letter.text,
      pageStarts: letter.pageStarts,
      ...extraction,
    };
  } catch (error) {
    const kind = error instanceof LetterLoadError && error.kind !== 'unknown' ? error.kind : 'text';
    const message = error instanceof Error ? error.message : String(error);
    return failedRecord(job.name, sha256, kind, message, error instanceof LetterLoadError ? error.reason : 'internal');
  }
}

/** A parse worker's job: the bytes, or a File the worker reads itself (one that cannot be read any more says so). */
export async function parseWorkerJob(job: WorkerParseJob): Promise<LetterRecord> {
  if (!job.file) return parseLetter(job);
  let bytes: ArrayBuffer;
  try {
    bytes = await job.file.arrayBuffer();
  } catch (error) {
    const message = `The file could not be read again (${error instanceof Error ? error.message : String(error)}).`;
    return failedRecord(job.name, '', 'text', message, SOURCE_UNREADABLE);
  }
  return parseLetter({ name: job.name, bytes, password: job.password });
}

const formatMiB = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
