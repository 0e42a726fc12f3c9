// The one pool of parse workers, for the app (Web Workers, parsing/page/parse-worker-client.ts) and
// the CLI (child processes, cli/child-worker.ts; a lone letter in the CLI's own process,
// cli/in-process-worker.ts). Pure scheduling: what a worker is stays behind PoolWorker, so this
// module knows neither the DOM nor Node.
//
// The queue lives here so a huge drop costs only its handles: a task's job is loaded when a worker
// starts on the task before it (one file read ahead per worker, so a worker never waits for a read),
// never earlier. A worker that throws or hangs past the letter's time limit is terminated and
// replaced, and only its own file fails; one that dies under a file fails it at once
// (ReaderStoppedError, "the reader stopped unexpectedly": the app counts these per file, see
// store/reader-stops.ts). A task's AbortSignal cancels it: taken out of the queue, or, when it is
// being read, its worker is terminated (and replaced when next needed).
import type { LetterRecord } from '../extract/record.ts';
import { limitMessages, OCR_PAGE_TIMEOUT_MS } from '../limits/limits.ts';

/** How far a long read (OCR of a scan) is: page `page` of `pages` is being read. */
export interface PoolProgress {
  page: number;
  pages: number;
}

/** What the pool needs from a worker: one job at a time, a way to learn of its death, a way to end it. */
export interface PoolWorker<Job> {
  parse(job: Job, onProgress?: (progress: PoolProgress) => void): Promise<LetterRecord>;
  /** Registers the one listener called when the worker dies on its own (a crash, an exit). */
  onDeath(listener: (reason: string) => void): void;
  terminate(): void;
}

export interface PoolTask<Job> {
  id: string;
  /** Reads the file (or makes the job that names it); called only when a worker is about to be free for it. */
  load(): Promise<Job>;
  /** A long read (OCR) reports each page; every page reported gets the task a fresh page's time. */
  onProgress?: (progress: PoolProgress) => void;
  /** Cancels the task: queued, it leaves the queue; being read, its worker is terminated. */
  signal?: AbortSignal;
}

/** The file failed (time-out, crash, unreadable); the message says why, in the user's words. */
export class TaskFailedError extends Error {}
/** The worker died under the file (a crash, out of memory, an exit): `reason` says how, as far as is known. */
export class ReaderStoppedError extends TaskFailedError {
  constructor(readonly reason: string) {
    super(limitMessages.stoppedUnexpectedly(reason));
  }
}
/** The task's signal was aborted (or the pool disposed) before it finished. */
export class TaskCancelledError extends Error {}

export interface ParsePoolOptions<Job> {
  size: number;
  createWorker: () => PoolWorker<Job>;
  /** Default PARSE_TIMEOUT_MS, chosen by the caller (see limits.ts). */
  timeoutMs: number;
  /** Time each page read by OCR adds to a scan's one time limit (default OCR_PAGE_TIMEOUT_MS). */
  pageTimeoutMs?: number;
  /** A task left the queue and is being read. */
  onStart?: (id: string) => void;
}

interface Pending<Job> {
  task: PoolTask<Job>;
  resolve: (record: LetterRecord) => void;
  reject: (error: Error) => void;
  /** Set while the task runs: fails it with the cancellation that fits how far it got. */
  cancel: (() => void) | null;
}

/** One worker per core (the page's own thread mostly waits), at least 1 and at most 8. */
export function poolSizeFor(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(8, Math.floor(hardwareConcurrency ?? 1) || 1));
}

export class ParsePool<Job> {
  private readonly queue: Pending<Job>[] = [];
  private readonly running = new Set<Pending<Job>>();
  /** One slot per worker; null until the slot is first needed or after its worker was thrown away. */
  private readonly workers: (PoolWorker<Job> | null)[];
  private readonly busy: boolean[];
  /** Fails the task running in a slot when that slot's worker dies. */
  private readonly onSlotDeath: (((reason: string) => void) | null)[];
  /** Queued tasks whose jobs are already being loaded (at most one per worker). */
  private readonly readAhead = new Map<Pending<Job>, Promise<Job>>();

  constructor(private readonly options: ParsePoolOptions<Job>) {
    this.workers = Array.from({ length: Math.max(1, options.size) }, () => null);
    this.busy = this.workers.map(() => false);
    this.onSlotDeath = this.workers.map(() => null);
  }

  submit(task: PoolTask<Job>): Promise<LetterRecord> {
    return new Promise((resolve, reject) => {
      const { signal } = task;
      if (signal?.aborted) return reject(new TaskCancelledError(limitMessages.cancelledBeforeRead));
      const onAbort = () => (pending.cancel ? pending.cancel() : this.dropQueued(pending));
      const settled = () => signal?.removeEventListener('abort', onAbort);
      const pending: Pending<Job> = {
        task,
        resolve: (record) => (settled(), resolve(record)),
        reject: (error) => (settled(), reject(error)),
        cancel: null,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Cancels everything, queued and running, and terminates every worker. */
  dispose(): void {
    for (const pending of this.queue.splice(0)) pending.reject(new TaskCancelledError(limitMessages.cancelledBeforeRead));
    this.readAhead.clear();
    for (const pending of [...this.running]) pending.cancel?.();
    this.workers.forEach((worker) => worker?.terminate());
    this.workers.fill(null);
  }

  private dropQueued(pending: Pending<Job>): void {
    const at = this.queue.indexOf(pending);
    if (at < 0) return;
    this.queue.splice(at, 1);
    this.readAhead.delete(pending);
    pending.reject(new TaskCancelledError(limitMessages.cancelledBeforeRead));
  }

  private pump(): void {
    for (let slot = 0; slot < this.workers.length && this.queue.length > 0; slot++) {
      if (this.busy[slot]) continue;
      const pending = this.queue.shift()!;
      this.busy[slot] = true;
      this.running.add(pending);
      void this.run(slot, pending).finally(() => {
        this.running.delete(pending);
        this.busy[slot] = false;
        this.pump();
      });
    }
  }

  /** Starts loading the next queued job no one loads yet, if fewer than one per worker are read ahead. */
  private readNext(): void {
    if (this.readAhead.size >= this.workers.length) return;
    const next = this.queue.find((pending) => !this.readAhead.has(pending));
    if (!next) return;
    const loading = next.task.load();
    loading.catch(() => {}); // handled when the task runs; a cancelled task's failed read is nobody's business
    this.readAhead.set(next, loading);
  }

  private async run(slot: number, pending: Pending<Job>): Promise<void> {
    const { task, resolve, reject } = pending;
    this.options.onStart?.(task.id);
    let fail: (error: Error) => void = () => {};
    const failure = new Promise<never>((_, reject) => (fail = reject));
    failure.catch(() => {}); // raced below; a failure after the task settled is nobody's business
    let stage: 'loading' | 'parsing' | 'ocr' = 'loading';
    pending.cancel = () => {
      const message = { loading: 'cancelledBeforeRead', parsing: 'cancelledWhileRead', ocr: 'cancelledDuringOcr' } as const;
      fail(new TaskCancelledError(limitMessages[message[stage]]));
    };
    let worker: PoolWorker<Job> | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (loading: Promise<Job>) =>
      Promise.race([
        loading.catch((error: unknown) => {
          throw new TaskFailedError(limitMessages.unreadable(errorText(error)));
        }),
        failure,
      ]);
    try {
      const job = await load(this.readAhead.get(pending) ?? task.load());
      this.readAhead.delete(pending);
      stage = 'parsing';
      // One time limit for the whole letter, from now: set once a scan says how many pages OCR reads,
      // never restarted (not by a page).
      const started = Date.now();
      const { timeoutMs } = this.options;
      const pageMs = this.options.pageTimeoutMs ?? OCR_PAGE_TIMEOUT_MS;
      timer = setTimeout(() => fail(new TaskFailedError(limitMessages.timedOut(timeoutMs))), timeoutMs);
      let scanLimitSet = false;
      let lastPage: PoolProgress = { page: 0, pages: 0 };
      const onProgress = (progress: PoolProgress) => {
        stage = 'ocr';
        if (!scanLimitSet) {
          scanLimitSet = true;
          const limit = timeoutMs + progress.pages * pageMs;
          clearTimeout(timer);
          timer = setTimeout(
            () => fail(new TaskFailedError(limitMessages.ocrTimedOut(limit, lastPage.page, lastPage.pages))),
            Math.max(0, started + limit - Date.now()),
          );
        }
        lastPage = progress;
        task.onProgress?.(progress);
      };
      // A worker that dies under the file fails it at once: trying it again by itself could take down
      // the next worker too (and, in the app, the page); whoever submitted it decides.
      worker = this.workerFor(slot);
      const died = new Promise<{ died: string }>((settle) => (this.onSlotDeath[slot] = (reason) => settle({ died: reason })));
      const parsed = worker.parse(job, onProgress).then((record) => ({ record }));
      this.readNext();
      const outcome = await Promise.race([parsed, died, failure]);
      if ('died' in outcome) throw new ReaderStoppedError(outcome.died);
      resolve(outcome.record);
    } catch (error) {
      // Whatever went wrong while it parsed, this worker's state is unknown now: replace it.
      if (worker) this.dropWorker(slot, worker);
      const known = error instanceof TaskFailedError || error instanceof TaskCancelledError;
      reject(known ? error : new TaskFailedError(limitMessages.parserFailed(errorText(error))));
    } finally {
      clearTimeout(timer);
      this.onSlotDeath[slot] = null;
      pending.cancel = null;
    }
  }

  private dropWorker(slot: number, worker: PoolWorker<Job>): void {
    worker.terminate();
    if (this.workers[slot] === worker) this.workers[slot] = null;
  }

  private workerFor(slot: number): PoolWorker<Job> {
    let worker = this.workers[slot];
    if (!worker) {
      const created = this.options.createWorker();
      // A worker that dies while idle is simply dropped; one that dies mid-task fails that task.
      created.onDeath((reason) => {
        if (this.workers[slot] === created) this.workers[slot] = null;
        created.terminate();
        this.onSlotDeath[slot]?.(reason);
      });
      worker = created;
      this.workers[slot] = worker;
    }
    return worker;
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
