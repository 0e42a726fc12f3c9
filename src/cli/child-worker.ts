// The CLI's PoolWorker (see parsing/parse-pool.ts): one parse process (extract-child.ts), forked
// from the CLI and spoken to over Node's IPC channel. The pool decides what it reads, when it has
// taken too long and when it is replaced; this only carries letters there and records back.
import { fork } from 'node:child_process';
import type { LetterRecord } from '../extract/record.ts';
import type { PoolProgress, PoolWorker } from '../parsing/parse-pool.ts';
import { MAX_PARSE_HEAP_MB } from '../limits/limits.ts';
import type { ChildProgress, ChildReply, ChildTask, LetterSource } from './child-protocol.ts';

// The CLI runs only as built by scripts/build-cli.mjs: this module sits in dist-cli/extract.mjs,
// beside the parse processes' own bundle.
const CHILD = new URL('./extract-child.mjs', import.meta.url);

interface Current {
  index: number;
  resolve: (record: LetterRecord) => void;
  onProgress?: (progress: PoolProgress) => void;
}

/** `script`: the parse process's module (another only in tests). */
export function createChildWorker(script: URL = CHILD): PoolWorker<LetterSource> {
  // There is one child per core, so V8's helper threads for garbage collection would only take time
  // from a sibling: collecting on the child's own thread cut the CPU time of a 1,000-letter run by about 6%.
  // Its heap is bounded (limits.ts): a hostile letter ends its own process, not the machine.
  const child = fork(script, [], {
    execArgv: ['--single-threaded-gc', `--max-old-space-size=${MAX_PARSE_HEAP_MB}`],
    serialization: 'advanced',
  });
  let death: ((reason: string) => void) | null = null;
  let current: Current | null = null;
  let sent = 0;
  let ended = false;
  child.on('message', (reply: ChildReply | ChildProgress) => {
    if (!current || reply.index !== current.index) return; // a late answer to a task given up on
    if ('progress' in reply) return current.onProgress?.(reply.progress);
    const { resolve } = current;
    current = null;
    resolve(reply.record);
  });
  child.on('exit', (code, signal) => ended || death?.(`worker exited (${signal ?? code})`));
  child.on('error', (error) => ended || death?.(error.message));
  return {
    parse: (source, onProgress) =>
      new Promise((resolve) => {
        current = { index: sent++, resolve, onProgress };
        child.send({ ...source, index: current.index } satisfies ChildTask);
      }),
    onDeath: (listener) => {
      death = listener;
    },
    terminate: () => {
      if (ended) return;
      ended = true;
      child.removeAllListeners();
      child.on('error', () => {}); // a kill that cannot be delivered (already gone) is no news
      child.kill('SIGKILL');
    },
  };
}
