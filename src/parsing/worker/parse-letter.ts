// Bytes in, LetterRecord out: the whole parse of one file, shared by the app's workers and the CLI.
// A bad file never throws: it becomes a 'failed' record whose problem says what is wrong with it.
import { extractLetter } from '../../extract/extract-letter.ts';
import type { LetterRecord } from '../../extract/record.ts';
import { letterOutcome, statusForOutcome } from '../../extract/record-outcome.ts';
import { LetterLoadError, loadLetter } from '../../document/load-letter.ts';
import { SOURCE_UNREADABLE, type ParseJob, type WorkerParseJob } from '../protocol.ts';
import { limitMessages, MAX_FILE_BYTES, MAX_PDF_PAGES } from '../../limits/limits.ts';
import { sha256Hex } from '../../document/sha256.ts';
import { failedRecord } from '../failed-record.ts';
import { ENGINE_VERSION } from '../../extract/engine-version.ts';
import type { OcrPlatform } from '../../document/ocr-engine.ts';
import type { OcrProgress } from '../../document/ocr-letter.ts';
import { reviewOcr } from './ocr-review.ts';
import { boundExtraction } from './bound-record.ts';
import { reviewTextLayer } from './text-layer-review.ts';

let ocrPlatform: (() => Promise<OcrPlatform>) | null = null;

/**
 * How this environment gives OCR its canvases and files (the parse worker and the CLI each set theirs,
 * as an import() so the OCR code loads only when a scan appears). Without one, scans are refused.
 */
export function setOcrPlatform(load: (() => Promise<OcrPlatform>) | null): void {
  ocrPlatform = load;
}

export type ParseProgress = OcrProgress;

/** Options for reading a letter the same way in parse and readLayout. */
export function loadOptions(password: string | undefined, onProgress?: (progress: ParseProgress) => void) {
  return { password, maxPages: MAX_PDF_PAGES, ocr: ocrPlatform ? { platform: ocrPlatform, onProgress } : undefined };
}

export async function parseLetter(job: ParseJob, onProgress?: (progress: ParseProgress) => void): Promise<LetterRecord> {
  const bytes = new Uint8Array(job.bytes);
  const sha256 = await sha256Hex(bytes);
  if (bytes.length > MAX_FILE_BYTES) {
    return failedRecord(job.name, sha256, 'text', limitMessages.tooBig(bytes.length), 'too-big');
  }
  try {
    const loaded = await loadLetter(bytes, { ...loadOptions(job.password, onProgress), checkTextLayer: true }, { name: job.name });
    // A text layer not all printed is checked against the page; the letter may then be read from the printed page.
    const { letter, extraction, problems: layerProblems } = reviewTextLayer(loaded, extractLetter(loaded.text));
    boundExtraction(extraction);
    if (letter.truncated) {
      extraction.problems.unshift({
        severity: 'warning',
        code: 'truncated',
        message: 'This PDF is cut short (no end-of-file marker): only what could be recovered was read.',
      });
    }
    extraction.problems.unshift(...layerProblems);
    if ((letter.truncated || layerProblems.length) && extraction.status !== 'failed')
      extraction.status = statusForOutcome(letterOutcome(extraction));
    const record = reviewOcr(
      {
        file: job.name,
        sha256,
        engineVersion: ENGINE_VERSION,
        kind: letter.kind,
        ...(letter.textEngine ? { textEngine: letter.textEngine } : {}),
        pages: letter.pages,
        text: letter.text,
        pageStarts: letter.pageStarts,
        ...extraction,
      },
      letter,
    );
    // A letter read from its printed page says first why (the text layer's own reading is in that problem).
    const mismatch = record.problems.findIndex((p) => p.code === 'text-layer-mismatch');
    if (mismatch > 0) record.problems.unshift(...record.problems.splice(mismatch, 1));
    return record;
  } catch (error) {
    const kind = error instanceof LetterLoadError && error.kind !== 'unknown' ? error.kind : 'text';
    const message = error instanceof Error ? error.message : String(error);
    return failedRecord(job.name, sha256, kind, message, error instanceof LetterLoadError ? error.reason : 'internal');
  }
}

/** A parse worker's job: the bytes, or a File the worker reads itself (one that cannot be read any more says so). */
export async function parseWorkerJob(job: WorkerParseJob, onProgress?: (progress: ParseProgress) => void): Promise<LetterRecord> {
  if (!job.file) return parseLetter(job, onProgress);
  let bytes: ArrayBuffer;
  try {
    bytes = await job.file.arrayBuffer();
  } catch (error) {
    const message = `The file could not be read again (${error instanceof Error ? error.message : String(error)}).`;
    return failedRecord(job.name, '', 'text', message, SOURCE_UNREADABLE);
  }
  return parseLetter({ name: job.name, bytes, password: job.password }, onProgress);
}
