import { describe, expect, it, vi } from 'vitest';
import type { LetterRecord } from '../../extract/record.ts';
import type { ParseJob } from '../protocol.ts';
import { poolSizeFor, TaskCancelledError, TaskFailedError, WorkerPool, type PoolWorker } from './worker-pool.ts';

/** A worker whose behaviour is chosen by the job's name: "ok…", "throw…", "hang…", "die…". */
class FakeWorker implements PoolWorker {
  static created = 0;
  static terminatedCount = 0;
  terminated = false;
  private death: ((reason: string) => void) | null = null;
  constructor() {
    FakeWorker.created++;
  }
  parse(job: ParseJob, onProgress?: (progress: { page: number; pages: number }) => void): Promise<LetterRecord> {
    if (this.terminated) return new Promise(() => {});
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
    if (job.name.startsWith('die')) {
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

const task = (name: string, load = vi.fn(async () => ({ name, bytes: new ArrayBuffer(1) }))) => ({ id: name, load });

describe('WorkerPool', () => {
  it('completes the rest of the queue when workers throw, hang or die, replacing each broken worker', async () => {
    FakeWorker.created = 0;
    FakeWorker.terminatedCount = 0;
    const pool = new WorkerPool({ size: 2, createWorker: () => new FakeWorker(), timeoutMs: 100 });
    const names = ['ok1', 'throw1', 'hang1', 'ok2', 'die1', 'ok3', 'ok4'];
    const results = await Promise.allSettled(names.map((n) => pool.submit(task(n))));
    const summary = results.map((r) => (r.status === 'fulfilled' ? r.value.file : (r.reason as Error).message));
    expect(summary).toEqual([
      'ok1',
      'This file could not be read (boom): it may be damaged.',
      'Reading this file took over 0 s, so it was stopped: it may be damaged or unusually long.',
      'ok2',
      'The reader crashed on this file (out of memory): it may be damaged.',
      'ok3',
      'ok4',
    ]);
    results
      .filter((r) => r.status === 'rejected')
      .forEach((r) => expect((r as PromiseRejectedResult).reason).toBeInstanceOf(TaskFailedError));
    // Each broken worker was terminated, and replaced when its slot was next needed.
    expect(FakeWorker.terminatedCount).toBe(3);
    expect(FakeWorker.created).toBeGreaterThanOrEqual(4);
  });

  it('reads at most one queued file ahead per worker, while the worker parses the one before', async () => {
    const pool = new WorkerPool({ size: 1, createWorker: () => new FakeWorker(), timeoutMs: 1000 });
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

  it('cancel drops what is queued and lets the running file finish', async () => {
    const pool = new WorkerPool({ size: 1, createWorker: () => new FakeWorker(), timeoutMs: 1000 });
    const running = pool.submit(task('ok-run'));
    const queued = pool.submit(task('ok-queued'));
    expect(pool.cancelQueued()).toEqual(['ok-queued']);
    await expect(queued).rejects.toBeInstanceOf(TaskCancelledError);
    await expect(running).resolves.toMatchObject({ file: 'ok-run' });
  });

  it('fails a file whose bytes cannot be read without losing the worker', async () => {
    const pool = new WorkerPool({ size: 1, createWorker: () => new FakeWorker(), timeoutMs: 1000 });
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

  it('gives a scan read by OCR a time-out per page, and Cancel stops a scan being read', async () => {
    const pool = new WorkerPool({ size: 2, createWorker: () => new FakeWorker(), timeoutMs: 100, pageTimeoutMs: 150 });
    const seen: string[] = [];
    const scan = pool.submit({ ...task('scan1'), onProgress: ({ page, pages }) => seen.push(`${page}/${pages}`) });
    const stuck = pool.submit(task('scan-stuck'));
    await expect(scan).resolves.toEqual({ file: 'scan1' });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    await expect(stuck).rejects.toThrow('OCR took over 0 s on page 2 of 3, so it was stopped: the scan may be too large or unclear.');

    const long = pool.submit(task('scan-stuck2'));
    await new Promise((r) => setTimeout(r, 20));
    expect(pool.cancelLongRunning()).toEqual(['scan-stuck2']);
    await expect(long).rejects.toBeInstanceOf(TaskCancelledError);
  });
});
