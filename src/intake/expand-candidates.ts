// Dropped files → letters to read: archives opened (bounded), clutter ignored, anything that is not
// a PDF or text letter, an image or a records file listed as skipped with its reason.
import { isClutter, type Candidate, type Skipped } from './letter-candidates.ts';
import { detectImageFormat, hasPdfMagic, isLetterName, isZipMagic, isZipName, PDF_MAGIC_WITHIN } from '../document/letter-kinds.ts';
import { detectRecordsFormat, RECORDS_HEAD_BYTES } from '../document/readers/records-reader.ts';
import { transfer, wrap } from 'comlink';
import { limitMessages, MAX_ARCHIVE_BYTES } from '../limits/limits.ts';
import type { UnzipResult } from './unzip-letters.ts';
import type { UnzipWorkerApi } from './unzip.worker.ts';

/** One short-lived worker per archive: archives are rare, and terminating frees all it inflated. */
async function unzipInWorker(name: string, blob: Blob): Promise<UnzipResult> {
  const worker = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module', name: 'imr-lens unzip' });
  try {
    const data = await blob.arrayBuffer();
    return await wrap<UnzipWorkerApi>(worker).unzip(name, transfer(data, [data]));
  } finally {
    worker.terminate();
  }
}

export interface Expanded {
  letters: Candidate[];
  /** Files of records (the CLI's JSON Lines or JSON), opened as the letters they describe (import-records.ts). */
  recordFiles: Candidate[];
  skipped: Skipped[];
}

export async function expandCandidates(sources: readonly Candidate[]): Promise<Expanded> {
  const letters: Candidate[] = [];
  const recordFiles: Candidate[] = [];
  const skipped: Skipped[] = [];
  for (const source of sources) {
    if (isClutter(source.name)) continue;
    if (isLetterName(source.name)) {
      letters.push(source);
      continue;
    }
    // Any other name: what it is comes from its bytes (a PDF named .zip is a letter). A .pdf or .txt
    // is not touched here (a drop of thousands waits on no read); its parse worker decides by its bytes.
    const head = new Uint8Array(await source.blob.slice(0, Math.max(PDF_MAGIC_WITHIN + 5, RECORDS_HEAD_BYTES)).arrayBuffer());
    if (hasPdfMagic(head) || detectImageFormat(head)) letters.push(source);
    else if (detectRecordsFormat(head)) recordFiles.push(source);
    else if (isZipName(source.name) || isZipMagic(head)) {
      if (source.blob.size > MAX_ARCHIVE_BYTES) {
        skipped.push({ name: source.name, reason: limitMessages.archiveTooBig() });
        continue;
      }
      const result = await unzipInWorker(source.name, source.blob);
      letters.push(...result.letters.map((l) => ({ name: l.name, blob: new Blob([l.bytes as Uint8Array<ArrayBuffer>]) })));
      skipped.push(...result.skipped);
    } else {
      skipped.push({ name: source.name, reason: limitMessages.notALetter });
    }
  }
  return { letters, recordFiles, skipped };
}
