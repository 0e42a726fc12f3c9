// The app's PoolWorker (see parsing/parse-pool.ts): a module Web Worker running parse.worker.ts, spoken to through comlink.
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { ParseProgress, ParseWorkerApi, WorkerParseJob } from '../protocol.ts';
import type { PoolWorker } from '../parse-pool.ts';

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
  return {
    // Bytes are transferred, not copied: the page does not keep them. A File is sent as a handle.
    parse: (job: WorkerParseJob, onProgress?: (progress: ParseProgress) => void) =>
      remote.parse(job.bytes ? transfer(job, [job.bytes]) : job, onProgress ? proxy(onProgress) : undefined),
    onDeath: (listener) => {
      death = listener;
    },
    terminate: () => worker.terminate(),
  };
}
