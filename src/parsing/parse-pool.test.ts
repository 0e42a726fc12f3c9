import { describe, expect, it, vi } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import type { ParseJob } from './protocol.ts';
import {
  ParsePool,
  poolSizeFor,
  ReaderStoppedError,
  TaskCancelledError,
  TaskFailedError,
  type PoolTask,
  type PoolWorker,
} from './parse-pool.ts';

/** A worker whose behaviour is chosen by the job's name: "ok…", "throw…", "hang…", "die…", "once-die…" (dies the first time only), "scan…". */
class FakeWorker implements PoolWorker<ParseJob> {
  static created = 0;
  static diedOnce = new Set<string>();
  static terminatedCount = 0;
  terminated = false;
  private death: ((reason: string) => void) | null = null;
  constructor() {
    FakeWorker.created++;
  }
  parse(job: ParseJob, onProgress?: (progress: { page: number; pages: number }) => void): Promise<LetterRecord> {
    if (this.terminated) return new Promise(() => {});
    if (job.name.startsWith('endless')) {
      // Says "page 1 of 1" every 100 ms and never finishes: each report used to restart the clock.
      const tick = () => this.terminated || (onProgress?.({ page: 1, pages: 1 }), setTimeout(tick, 100));
      tick();
      return new Promise(() => {});
    }
    if (job.name.startsWith('scan')) {
      // A scan of 3 pages read by OCR, each page taking 60 ms: 180 ms in all, more than the file time-out.
      return new Promise((resolve) => {
        let page = 0;
        const next = () => {
          if (this.terminated) return;
          if (page === 3) return resolve({ file: job.name } as LetterRecord);
          onProgress?.({ page: ++page, pages: 3 });
          setTimeout(next, job.name.startsWith('scan-stuck') && page === 2 ? 10_000 : 60);
        };
        next();
      });
    }
    if (job.name.startsWith('throw')) return Promise.reject(new Error('boom'));
    if (job.name.startsWith('hang')) return new Promise(() => {});
    if (job.name.startsWith('once-die') && !FakeWorker.diedOnce.has(job.name)) FakeWorker.diedOnce.add(job.name);
    else if (job.name.startsWith('once-die')) return Promise.resolve({ file: job.name } as LetterRecord);
    if (job.name.startsWith('die') || job.name.startsWith('once-die')) {
      setTimeout(() => this.death?.('out of memory'), 5);
      return new Promise(() => {});
    }
    return new Promise((resolve) => setTimeout(() => resolve({ file: job.name } as LetterRecord), 5));
  }
  onDeath(listener: (reason: string) => void) {
    this.death = listener;
  }
  terminate() {
    if (!this.terminated) FakeWorker.terminatedCount++;
    this.terminated = true;
  }
}

const task = (name: string, load = vi.fn(async () => ({ name, bytes: new ArrayBuffer(1) }) as ParseJob)) =>
  ({ id: name, load }) satisfies PoolTask<ParseJob>;

describe('ParsePool', () => {
  it('completes the rest of the queue when workers throw, hang or die, replacing each broken worker', async () => {
    FakeWorker.created = 0;
    FakeWorker.terminatedCount = 0;
    const pool = new ParsePool<ParseJob>({ size: 2, createWorker: () => new FakeWorker(), timeoutMs: 100 });
    const names = ['ok1', 'throw1', 'hang1', 'ok2', 'die1', 'ok3', 'ok4'];
    const results = await Promise.allSettled(names.map((n) => pool.submit(task(n))));
    const summary = results.map((r) => (r.status === 'fulfilled' ? r.value.file : (r.reason as Error).message));
    expect(summary).toEqual([
      'ok1',
      'This file could not be read (boom): it may be damaged.',
      'Reading this file took over 0 s, so it was stopped: it may be damaged or unusually long.',
      'ok2',
      'The reader stopped unexpectedly on this file (out of memory): it may be damaged or too large to read.',
      'ok3',
      'ok4',
    ]);
    results
      .filter((r) => r.status === 'rejected')
      .forEach((r) => expect((r as PromiseRejectedResult).reason).toBeInstanceOf(TaskFailedError));
    expect((results[4] as PromiseRejectedResult).reason).toMatchObject({ reason: 'out of memory' });
    expect((results[4] as PromiseRejectedResult).reason).toBeInstanceOf(ReaderStoppedError);
    // Each broken worker was terminated, and replaced when its slot was next needed.
    expect(FakeWorker.terminatedCount).toBe(3);
    expect(FakeWorker.created).toBeGreaterThanOrEqual(4);
  });

  it('fails a file whose worker died at once, loading it once, and never tries it again by itself', async () => {
    const pool = new ParsePool<ParseJob>({ size: 1, createWorker: () => new FakeWorker(), timeoutMs: 60_000 });
    const load = vi.fn(async () => ({ name: 'once-die-1', bytes: new ArrayBuffer(1) }) as ParseJob);
    await expect(pool.submit(task('once-die-1', load))).rejects.toThrow('The reader stopped unexpectedly on this file (out of memory)');
    expect(load).toHaveBeenCalledTimes(1);
    // Submitted again (the user's Try again), it is read on a fresh worker.
    await expect(pool.submit(task('once-die-1', load))).resolves.toEqual({ file: 'once-die-1' });
  });

  it('reads at most one queued file ahead per worker, while the worker parses the one before', async () => {
    const pool = new ParsePool<ParseJob>({ size: 1, createWorker: () => new FakeWorker(), timeoutMs: 1000 });
    let read = 0;
    let settled = 0;
    let peak = 0;
    const tasks = ['ok-a', 'ok-b', 'ok-c', 'ok-d'].map((name) =>
      task(
        name,
        vi.fn(async () => {
          read++;
          peak = Math.max(peak, read - settled); // files read and not yet parsed
          return { name, bytes: new ArrayBuffer(1) };
        }),
      ),
    );
    const done = tasks.map((t) => pool.submit(t).finally(() => settled++));
    expect(tasks[0]!.load).toHaveBeenCalledTimes(1);
    expect(tasks[1]!.load).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(tasks[1]!.load).toHaveBeenCalledTimes(1));
    await Promise.all(done);
    tasks.forEach((t) => expect(t.load).toHaveBeenCalledTimes(1));
    expect(peak).toBe(2); // the one being parsed and the one read ahead
  });

  it('fails a file whose bytes cannot be read without losing the worker', async () => {
    const pool = new ParsePool<ParseJob>({ size: 1, createWorker: () => new FakeWorker(), timeoutMs: 1000 });
    const bad = pool.submit(
      task(
        'gone',
        vi.fn(async () => Promise.reject(new Error('NotFoundError'))),
      ),
    );
    await expect(bad).rejects.toThrow('The file could not be opened (NotFoundError): remove it and add it again.');
    await expect(pool.submit(task('ok-after'))).resolves.toMatchObject({ file: 'ok-after' });
  });

  it('sizes itself from the cores, between 1 and 8', () => {
    expect(poolSizeFor(undefined)).toBe(1);
    expect(poolSizeFor(1)).toBe(1);
    expect(poolSizeFor(2)).toBe(2);
    expect(poolSizeFor(4)).toBe(4);
    expect(poolSizeFor(64)).toBe(8);
  });

  it('gives a scan one time limit for the whole letter, grown by its pages once, never restarted', async () => {
    // 100 ms + 150 ms for each of 3 pages: 550 ms for the whole letter.
    const pool = new ParsePool<ParseJob>({ size: 3, createWorker: () => new FakeWorker(), timeoutMs: 100, pageTimeoutMs: 150 });
    const seen: string[] = [];
    const scan = pool.submit({ ...task('scan1'), onProgress: ({ page, pages }) => seen.push(`${page}/${pages}`) });
    const stuck = pool.submit(task('scan-stuck'));
    const endless = pool.submit(task('endless'));
    const message = 'Reading this scan took over 1 s, the time allowed for 3 pages, and was stopped at page';
    await Promise.all([
      expect(scan).resolves.toEqual({ file: 'scan1' }),
      expect(stuck).rejects.toThrow(`${message} 2 of 3: the scan may be too large or unclear.`),
      // 100 ms + 150 ms for its one page, however often it reports it.
      expect(endless).rejects.toThrow('Reading this scan took over 0 s, the time allowed for 1 pages, and was stopped at page 1 of 1'),
    ]);
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });
});

describe('ParsePool cancel (AbortSignal)', () => {
  const fresh = (size: number) => {
    FakeWorker.created = 0;
    FakeWorker.terminatedCount = 0;
    return new ParsePool<ParseJob>({ size, createWorker: () => new FakeWorker(), timeoutMs: 60_000 });
  };
  const settle = async (promises: Promise<LetterRecord>[]) =>
    (await Promise.allSettled(promises)).map((r) => (r.status === 'fulfilled' ? r.value.file : (r.reason as Error).message));

  it('a task cancelled before it is submitted is never read and never reaches a worker', async () => {
    const pool = fresh(1);
    const controller = new AbortController();
    controller.abort();
    const cancelled = task('ok-never');
    await expect(pool.submit({ ...cancelled, signal: controller.signal })).rejects.toBeInstanceOf(TaskCancelledError);
    expect(cancelled.load).not.toHaveBeenCalled();
    expect(FakeWorker.created).toBe(0);
  });

  it('cancelling a queued task takes it out of the queue; the others still finish', async () => {
    const pool = fresh(1);
    const controller = new AbortController();
    const queued = task('ok-queued');
    const results = settle([
      pool.submit(task('ok-first')),
      pool.submit({ ...queued, signal: controller.signal }),
      pool.submit(task('ok-last')),
    ]);
    controller.abort();
    expect(await results).toEqual(['ok-first', 'Cancelled before it was read: Resume reads it.', 'ok-last']);
    expect(queued.load).not.toHaveBeenCalled();
    expect(FakeWorker.terminatedCount).toBe(0);
  });

  it('cancelling a task being parsed terminates its worker; a fresh worker reads the rest', async () => {
    const pool = fresh(1);
    const controller = new AbortController();
    const parses = vi.spyOn(FakeWorker.prototype, 'parse');
    const hang = pool.submit({ ...task('hang-running'), signal: controller.signal });
    const rest = [pool.submit(task('ok-after1')), pool.submit(task('ok-after2'))];
    await vi.waitFor(() => expect(parses).toHaveBeenCalledTimes(1)); // the hanging file is being parsed
    controller.abort();
    await expect(hang).rejects.toThrow(new TaskCancelledError('Cancelled while it was read: Resume reads it again.'));
    expect(await settle(rest)).toEqual(['ok-after1', 'ok-after2']);
    expect(FakeWorker.terminatedCount).toBe(1);
    expect(FakeWorker.created).toBe(2);
    parses.mockRestore();
  });

  it('one signal for a whole run cancels what runs and what waits; a scan being read by OCR says so', async () => {
    const pool = fresh(2);
    const run = new AbortController();
    const progress: string[] = [];
    const scan = pool.submit({
      ...task('scan-stuck'),
      signal: run.signal,
      onProgress: ({ page, pages }) => progress.push(`${page}/${pages}`),
    });
    const hang = pool.submit({ ...task('hang1'), signal: run.signal });
    const waiting = pool.submit({ ...task('ok-waiting'), signal: run.signal });
    await vi.waitFor(() => expect(progress).toContain('2/3'));
    run.abort();
    expect(await settle([scan, hang, waiting])).toEqual([
      'Cancelled while OCR read it: Resume reads it again.',
      'Cancelled while it was read: Resume reads it again.',
      'Cancelled before it was read: Resume reads it.',
    ]);
    expect(FakeWorker.terminatedCount).toBe(2);
    // The next run, with its own signal, is read by fresh workers.
    const next = new AbortController();
    expect(await settle(['ok-n1', 'ok-n2', 'ok-n3'].map((n) => pool.submit({ ...task(n), signal: next.signal })))).toEqual([
      'ok-n1',
      'ok-n2',
      'ok-n3',
    ]);
  });

  it('a signal aborted after its task finished changes nothing', async () => {
    const pool = fresh(1);
    const controller = new AbortController();
    await expect(pool.submit({ ...task('ok-done'), signal: controller.signal })).resolves.toMatchObject({ file: 'ok-done' });
    controller.abort();
    await expect(pool.submit(task('ok-next'))).resolves.toMatchObject({ file: 'ok-next' });
    expect(FakeWorker.terminatedCount).toBe(0);
  });
});
