// Runs parse tasks across child processes, one per core, handing the next file to whichever child
// is free. A child that dies takes only its current file with it: that file gets a failed record,
// a fresh child takes its place and the run goes on.
import { fork, type ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import type { LetterRecord } from '../extract/record.ts';
import { failedRecord } from '../parsing/failed-record.ts';
import type { ChildProgress, ChildReply, ChildTask, LetterSource } from './child-protocol.ts';
import { OCR_PAGE_TIMEOUT_MS } from '../parsing/protocol.ts';

// The CLI runs only as built by scripts/build-cli.mjs: this module sits in dist-cli/extract.mjs,
// beside the parse processes' own bundle.
const CHILD = new URL('./extract-child.mjs', import.meta.url);

export interface PoolOptions {
  jobs?: number;
  /** A file taking longer than this is given up on (its child is killed and replaced). */
  timeoutMs?: number;
  onRecord?: (record: LetterRecord, done: number, total: number) => void;
  /** false: records go only to onRecord, and the result is empty (a long run holds none of them). */
  keepRecords?: boolean;
}

export async function parseFiles(sources: (string | LetterSource)[], options: PoolOptions = {}): Promise<LetterRecord[]> {
  const letters = sources.map((s): LetterSource => (typeof s === 'string' ? { name: basename(s), path: s } : s));
  const total = letters.length;
  const results: LetterRecord[] = new Array(total);
  const finished: boolean[] = new Array(total).fill(false);
  if (total === 0) return results;
  if (total === 1) {
    // One letter: parsing it here spares starting a second process, most of a short run's time.
    const { parseSource } = await import('./parse-source.ts');
    const record = await parseSource(letters[0]!);
    options.onRecord?.(record, 1, 1);
    return options.keepRecords === false ? [] : [record];
  }
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), total));
  const timeoutMs = options.timeoutMs ?? 120_000;
  let next = 0;
  let done = 0;

  return new Promise((resolve) => {
    const finish = (index: number, record: LetterRecord) => {
      if (finished[index]) return;
      finished[index] = true;
      if (options.keepRecords !== false) results[index] = record;
      done++;
      options.onRecord?.(record, done, total);
      if (done === total) resolve(options.keepRecords === false ? [] : results);
    };

    const startChild = () => {
      // There is one child per core, so V8's helper threads for garbage collection would only take
      // time from a sibling: collecting on the child's own thread cut the CPU time of a 1,000-letter
      // run by about 6%.
      const execArgv = ['--single-threaded-gc'];
      const child: ChildProcess = fork(CHILD, [], { execArgv, serialization: 'advanced' });
      let current: ChildTask | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const give = () => {
        clearTimeout(timer);
        if (next >= total) {
          current = null;
          child.kill();
          return;
        }
        current = { index: next, ...letters[next]! };
        next++;
        child.send(current);
        timer = setTimeout(() => fail(`Gave up after ${timeoutMs / 1000} s.`), timeoutMs);
      };

      const fail = (reason: string) => {
        const task = current;
        current = null;
        clearTimeout(timer);
        child.removeAllListeners();
        child.kill('SIGKILL');
        if (task) finish(task.index, failedRecord(task.name, '', 'text', `The parser stopped on this file: ${reason}`, 'crash'));
        if (done < total && next < total) startChild();
      };

      child.on('message', (reply: ChildReply | ChildProgress) => {
        if ('progress' in reply) {
          // A scan read by OCR: each page read gets a full page's time (the time-out scales with the pages).
          clearTimeout(timer);
          timer = setTimeout(
            () => fail(`Gave up after ${OCR_PAGE_TIMEOUT_MS / 1000} s on page ${reply.progress.page} (OCR).`),
            OCR_PAGE_TIMEOUT_MS,
          );
          return;
        }
        finish(reply.index, reply.record);
        give();
      });
      child.on('exit', (code, signal) => {
        if (current) fail(`worker exited (${signal ?? code}).`);
      });
      child.on('error', (error) => fail(error.message));
      give();
    };

    for (let i = 0; i < jobs; i++) startChild();
  });
}
