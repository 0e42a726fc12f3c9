// A pool of parse workers on the page's side. The queue lives here so a huge drop costs only its
// File handles: a task's bytes are loaded when a worker starts on the task before it (one file read
// ahead per worker, so a worker never waits for a read), never earlier. A worker that throws,
// hangs past the time limit or dies is terminated and replaced; only its own file fails.
import type { LetterRecord } from '../../extract/record.ts';
import { OCR_PAGE_TIMEOUT_MS, type ParseProgress, type WorkerParseJob } from '../protocol.ts';

/** What the pool needs from a worker; the real one wraps a Web Worker with comlink (parse-worker-client.ts). */
export interface PoolWorker {
  parse(job: WorkerParseJob, onProgress?: (progress: ParseProgress) => void): Promise<LetterRecord>;
  /** Registers the one listener called when the worker dies on its own (an 'error' event). */
  onDeath(listener: (reason: string) => void): void;
  terminate(): void;
}

export interface PoolTask {
  id: string;
  /** Reads the file's bytes; called only when a worker is free for it. */
  load(): Promise<WorkerParseJob>;
  /** A long read (OCR) reports each page; every page reported gets the task a fresh page's time. */
  onProgress?: (progress: ParseProgress) => void;
}

/** An error's own words, to go in brackets after what happened (its final full stop dropped). */
const detail = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
export class TaskFailedError extends Error {}
export class TaskCancelledError extends Error {}

export interface WorkerPoolOptions {
  size: number;
  createWorker: () => PoolWorker;
  timeoutMs: number;
  /** Time each page read by OCR gets (default OCR_PAGE_TIMEOUT_MS): a scan's time-out grows with its pages. */
  pageTimeoutMs?: number;
  /** A task left the queue and is being read. */
  onStart?: (id: string) => void;
}

interface Pending {
  task: PoolTask;
  resolve: (record: LetterRecord) => void;
  reject: (error: Error) => void;
}

/** One worker per core (the page's own thread mostly waits), at least 1 and at most 8. */
export function poolSizeFor(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(8, Math.floor(hardwareConcurrency ?? 1) || 1));
}

export class WorkerPool {
  private readonly queue: Pending[] = [];
  /** One slot per worker; null until the slot is first needed or after its worker was thrown away. */
  private readonly workers: (PoolWorker | null)[];
  private readonly busy: boolean[];
  /** Fails the task running in a slot when that slot's worker dies. */
  private readonly onSlotDeath: (((reason: string) => void) | null)[];
  /** Cancels the long task (one that reported progress) running in a slot; returns its id. */
  private readonly cancelSlot: ((() => string) | null)[];
  /** Queued tasks whose bytes are already being read (at most one per worker). */
  private readonly readAhead = new Map<Pending, Promise<WorkerParseJob>>();

  constructor(private readonly options: WorkerPoolOptions) {
    this.workers = Array.from({ length: Math.max(1, options.size) }, () => null);
    this.busy = this.workers.map(() => false);
    this.onSlotDeath = this.workers.map(() => null);
    this.cancelSlot = this.workers.map(() => null);
  }

  submit(task: PoolTask): Promise<LetterRecord> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stops the tasks being read that have reported progress (scans read by OCR, which take minutes):
   * their workers are terminated and replaced, their promises reject with TaskCancelledError. Returns their ids.
   */
  cancelLongRunning(): string[] {
    const ids: string[] = [];
    for (const [slot, cancel] of this.cancelSlot.entries()) {
      if (!cancel) continue;
      ids.push(cancel());
      this.cancelSlot[slot] = null;
    }
    return ids;
  }

  /** Drops every task not yet started; their promises reject with TaskCancelledError. Returns their ids. */
  cancelQueued(): string[] {
    const dropped = this.queue.splice(0);
    this.readAhead.clear();
    for (const pending of dropped) pending.reject(new TaskCancelledError('Cancelled before it was read.'));
    return dropped.map((p) => p.task.id);
  }

  get queuedCount(): number {
    return this.queue.length;
  }

  dispose(): void {
    this.cancelQueued();
    this.workers.forEach((worker) => worker?.terminate());
    this.workers.fill(null);
  }

  private pump(): void {
    for (let slot = 0; slot < this.workers.length && this.queue.length > 0; slot++) {
      if (this.busy[slot]) continue;
      const pending = this.queue.shift()!;
      this.busy[slot] = true;
      void this.run(slot, pending).finally(() => {
        this.busy[slot] = false;
        this.pump();
      });
    }
  }

  /** Starts reading the next queued file no one reads yet, if fewer than one per worker are read ahead. */
  private readNext(): void {
    if (this.readAhead.size >= this.workers.length) return;
    const next = this.queue.find((pending) => !this.readAhead.has(pending));
    if (!next) return;
    const loading = next.task.load();
    loading.catch(() => {}); // handled when the task runs; a cancelled task's failed read is nobody's business
    this.readAhead.set(next, loading);
  }

  private async run(slot: number, pending: Pending): Promise<void> {
    const { task, resolve, reject } = pending;
    this.options.onStart?.(task.id);
    const loading = this.readAhead.get(pending) ?? task.load();
    this.readAhead.delete(pending);
    let job: WorkerParseJob;
    try {
      job = await loading;
    } catch (error) {
      reject(new TaskFailedError(`The file could not be opened (${detail(error)}): remove it and add it again.`));
      return;
    }
    const worker = this.workerFor(slot);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let extend: (progress: ParseProgress) => void = () => {};
    const failure = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () =>
          fail(
            new TaskFailedError(
              `Reading this file took over ${Math.round(this.options.timeoutMs / 1000)} s, so it was stopped: it may be damaged or unusually long.`,
            ),
          ),
        this.options.timeoutMs,
      );
      this.onSlotDeath[slot] = (reason) => fail(new TaskFailedError(`The reader crashed on this file (${reason}): it may be damaged.`));
      const pageMs = this.options.pageTimeoutMs ?? OCR_PAGE_TIMEOUT_MS;
      extend = (progress) => {
        clearTimeout(timer);
        timer = setTimeout(
          () =>
            fail(
              new TaskFailedError(
                `OCR took over ${Math.round(pageMs / 1000)} s on page ${progress.page} of ${progress.pages}, so it was stopped: the scan may be too large or unclear.`,
              ),
            ),
          pageMs,
        );
        this.cancelSlot[slot] = () => {
          fail(new TaskCancelledError('Cancelled while it was read by OCR.'));
          return task.id;
        };
      };
    });
    try {
      const parsed = worker.parse(job, (progress) => {
        extend(progress);
        task.onProgress?.(progress);
      });
      this.readNext();
      resolve(await Promise.race([parsed, failure]));
    } catch (error) {
      // Whatever went wrong, this worker's state is unknown now: replace it.
      worker.terminate();
      if (this.workers[slot] === worker) this.workers[slot] = null;
      const known = error instanceof TaskFailedError || error instanceof TaskCancelledError;
      reject(known ? error : new TaskFailedError(`This file could not be read (${detail(error)}): it may be damaged.`));
    } finally {
      clearTimeout(timer);
      this.onSlotDeath[slot] = null;
      this.cancelSlot[slot] = null;
    }
  }

  private workerFor(slot: number): PoolWorker {
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
