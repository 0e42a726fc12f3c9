// The one contract between the page and the parse workers (used through comlink on both sides).
import type { LetterRecord } from '../extract/record.ts';
import type { LoadedLetter } from '../document/load-letter.ts';

export interface ParseJob {
  /** The file's name (a path inside a zip or a dropped folder is fine). */
  name: string;
  /** The file's bytes; transferred to the worker, not copied. */
  bytes: ArrayBuffer;
  /** For a PDF protected by a real password, the one the user typed. */
  password?: string;
}

/**
 * What the page sends a parse worker: the bytes (the stored copy), or the dropped File itself, which
 * the worker reads (so the page's thread neither reads it nor copies its bytes).
 */
export type WorkerParseJob = Omit<ParseJob, 'bytes'> & ({ bytes: ArrayBuffer; file?: undefined } | { file: Blob; bytes?: undefined });

/** Problem code of the record a worker returns when the File it was given can no longer be read (moved, deleted). */
export const SOURCE_UNREADABLE = 'source-unreadable';

/** How far a long read (OCR of a scan) is: page `page` of `pages` is being read. Sent through comlink's proxy(). */
export interface ParseProgress {
  page: number;
  pages: number;
}

export interface ParseWorkerApi {
  /**
   * Never rejects for a bad file: a file that cannot be read comes back as a 'failed' record (one
   * whose File could not be read has the problem code SOURCE_UNREADABLE: the page then sends the stored copy).
   */
  parse(job: WorkerParseJob, onProgress?: (progress: ParseProgress) => void): Promise<LetterRecord>;
  /**
   * The canonical text of a letter with its map back to page positions, for the source view's
   * highlights. Recomputed on demand (it is deterministic) rather than kept for every letter.
   */
  readLayout(job: ParseJob): Promise<LoadedLetter>;
  /**
   * Takes the Web Lock `name` and holds it for the worker's life; resolves once it is held. A worker
   * that dies (out of memory, a crash) says nothing, but its locks are released: the page waiting on
   * the same lock learns of the death at once (parse-worker-client.ts), not at the file's time limit.
   */
  holdLifeLock(name: string): Promise<void>;
}
