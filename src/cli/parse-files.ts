// The CLI's letters through the one parse pool (parsing/parse-pool.ts): a parse process per core
// (cli/child-worker.ts), a lone letter too, so it has the same limits and crash isolation as a batch.
// A child that dies or hangs takes only its current file with it: that file gets a failed record
// (with the file's sha256, so --resume does not read it again), a fresh child takes its place and
// the run goes on. The signal (Ctrl-C) stops the run: what is being
// read is abandoned (its child killed), and what was read is kept.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { sha256Hex } from '../document/sha256.ts';
import type { LetterRecord } from '../extract/record.ts';
import { failedRecord } from '../parsing/failed-record.ts';
import { PARSE_TIMEOUT_MS } from '../limits/limits.ts';
import { ParsePool, TaskCancelledError } from '../parsing/parse-pool.ts';
import type { LetterSource } from './child-protocol.ts';
import { createChildWorker } from './child-worker.ts';

export interface ParseFilesOptions {
  jobs?: number;
  /** A file taking longer than this is given up on (its child is killed and replaced). Default PARSE_TIMEOUT_MS. */
  timeoutMs?: number;
  /** `index`: the letter's place in the sources given (records arrive in the order letters finish). */
  onRecord?: (record: LetterRecord, done: number, total: number, index: number) => void;
  /** false: records go only to onRecord, and the result holds none (a long run keeps none of them). */
  keepRecords?: boolean;
  /** Aborted: no more letters are started and those being read are abandoned. */
  signal?: AbortSignal;
  /** The parse process's module (another only in tests: see child-worker.ts). */
  childScript?: URL;
}

export interface ParsedFiles {
  /** In the order the letters were given (those not read left out). */
  records: LetterRecord[];
  /** Letters not read because the signal was aborted. */
  unread: number;
}

export async function parseFiles(sources: (string | LetterSource)[], options: ParseFilesOptions = {}): Promise<ParsedFiles> {
  const letters = sources.map((s): LetterSource => (typeof s === 'string' ? { name: basename(s), path: s } : s));
  const total = letters.length;
  const results: (LetterRecord | undefined)[] = new Array(total);
  if (total === 0) return { records: [], unread: 0 };
  const size = Math.max(1, Math.min(options.jobs ?? availableParallelism(), total));
  const pool = new ParsePool<LetterSource>({
    size,
    createWorker: () => createChildWorker(options.childScript),
    timeoutMs: options.timeoutMs ?? PARSE_TIMEOUT_MS,
  });
  let next = 0;
  let done = 0;
  let unread = 0;

  const readOne = async (index: number) => {
    const letter = letters[index]!;
    let record: LetterRecord;
    try {
      record = await pool.submit({ id: String(index), load: async () => letter, signal: options.signal });
    } catch (error) {
      if (error instanceof TaskCancelledError) return void unread++;
      record = failedRecord(letter.name, await sourceSha256(letter), 'text', (error as Error).message, 'crash');
    }
    if (options.keepRecords !== false) results[index] = record;
    options.onRecord?.(record, ++done, total, index);
  };
  // Two tasks per worker in the pool at a time (one read, one waiting), not a million promises at once.
  const feed = async () => {
    while (next < total) await readOne(next++);
  };
  try {
    await Promise.all(Array.from({ length: Math.min(total, size * 2) }, feed));
  } finally {
    pool.dispose();
  }
  return { records: results.filter((r): r is LetterRecord => r !== undefined), unread };
}

/** The sha256 of a letter whose parse process did not answer ('' when it cannot be read either). */
export async function sourceSha256(source: LetterSource): Promise<string> {
  try {
    return await sha256Hex(source.bytes ?? new Uint8Array(await readFile(source.path!)));
  } catch {
    return '';
  }
}
