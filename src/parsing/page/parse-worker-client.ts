// The app's PoolWorker (see parsing/parse-pool.ts): a module Web Worker running parse.worker.ts, spoken to through comlink.
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { ParseProgress, ParseWorkerApi, WorkerParseJob } from '../protocol.ts';
import type { PoolWorker } from '../parse-pool.ts';
import { limitMessages } from '../../limits/limits.ts';

let workers = 0;

/**
 * Calls `onDeath` the moment the worker ends on its own: it holds a Web Lock for its life, and the
 * page asks for the same lock, which is granted only when the worker's is released. A Web Worker that
 * runs out of memory fires no event; without this its file waited for its time limit.
 */
function watchLife(remote: Remote<ParseWorkerApi>, onDeath: () => void): AbortController {
  const stop = new AbortController();
  if (typeof navigator === 'undefined' || !navigator.locks) return stop;
  const name = `imr-lens parse worker ${crypto.randomUUID?.() ?? `${Date.now()}-${++workers}`}`;
  void remote
    .holdLifeLock(name)
    .then(() => navigator.locks.request(name, { signal: stop.signal }, () => stop.signal.aborted || onDeath()))
    .catch(() => {}); // stopped watching (terminated), or the worker died before it took its lock
  return stop;
}

export function createParseWorker(): PoolWorker<WorkerParseJob> {
  const worker = new Worker(new URL('../worker/parse.worker.ts', import.meta.url), { type: 'module', name: 'imr-lens parse' });
  const remote: Remote<ParseWorkerApi> = wrap<ParseWorkerApi>(worker);
  let death: ((reason: string) => void) | null = null;
  worker.addEventListener('error', (event) => {
    // Handled here (the file is marked failed and the worker replaced), so not also an uncaught page error.
    event.preventDefault();
    death?.(event.message || 'the worker stopped');
  });
  worker.addEventListener('messageerror', () => death?.('a message could not be read'));
  const life = watchLife(remote, () => death?.(limitMessages.workerEnded));
  return {
    // Bytes are transferred, not copied: the page does not keep them. A File is sent as a handle.
    parse: (job: WorkerParseJob, onProgress?: (progress: ParseProgress) => void) =>
      remote.parse(job.bytes ? transfer(job, [job.bytes]) : job, onProgress ? proxy(onProgress) : undefined),
    onDeath: (listener) => {
      death = listener;
    },
    terminate: () => {
      life.abort(); // first: the lock the worker releases as it ends is no death of ours
      worker.terminate();
    },
  };
}
