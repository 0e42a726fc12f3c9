// The child-process PoolWorker against a stand-in parse process (the real one is the built
// extract-child.mjs, run by the CLI tests): records and OCR progress come back, a child that dies
// is reported to the pool, terminate kills it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { ParsePool, TaskCancelledError } from '../parsing/parse-pool.ts';
import type { LetterSource } from './child-protocol.ts';
import { createChildWorker } from './child-worker.ts';

// Answers "ok…" with a record (after one progress report for "scan…"), dies on "die…", never answers "hang…".
const STAND_IN = `
process.on('message', (task) => {
  if (task.name.startsWith('die')) process.exit(3);
  if (task.name.startsWith('hang')) return;
  if (task.name.startsWith('scan')) process.send({ index: task.index, progress: { page: 1, pages: 1 } });
  process.send({ index: task.index, record: { file: task.name, pid: process.pid } });
});
process.on('disconnect', () => process.exit(0));
`;

describe('the CLI parse process as a PoolWorker', () => {
  const script = join(mkdtempSync(join(tmpdir(), 'imr-lens-child-')), 'stand-in.mjs');
  writeFileSync(script, STAND_IN);
  const pool = (onStart?: (id: string) => void) =>
    new ParsePool<LetterSource>({ size: 1, createWorker: () => createChildWorker(pathToFileURL(script)), timeoutMs: 30_000, onStart });
  const task = (name: string, signal?: AbortSignal) => ({ id: name, load: async () => ({ name }), signal });
  const pid = (record: LetterRecord) => (record as LetterRecord & { pid: number }).pid;

  it('reads letter after letter in one child, passes OCR progress on, and replaces a child that dies', async () => {
    const parse = pool();
    const progress: number[] = [];
    const first = await parse.submit(task('ok-1'));
    const scan = await parse.submit({ ...task('scan-2'), onProgress: ({ page }) => progress.push(page) });
    expect([first.file, scan.file, progress]).toEqual(['ok-1', 'scan-2', [1]]);
    expect(pid(scan)).toBe(pid(first));
    await expect(parse.submit(task('die-3'))).rejects.toThrow('The reader stopped unexpectedly on this file (worker exited (3))');
    const after = await parse.submit(task('ok-4'));
    expect(pid(after)).not.toBe(pid(first));
    parse.dispose();
  });

  it('kills the child reading a letter that is cancelled, and goes on in a fresh one', async () => {
    const stop = new AbortController();
    // Cancelled once it is in the child's hands (its job is loaded at once and sent before the next task).
    const parse = pool((id) => id === 'hang-2' && setTimeout(() => stop.abort()));
    const first = await parse.submit(task('ok-1'));
    const hanging = parse.submit(task('hang-2', stop.signal));
    const next = parse.submit(task('ok-3'));
    await expect(hanging).rejects.toBeInstanceOf(TaskCancelledError);
    const fresh = await next;
    expect(pid(fresh)).not.toBe(pid(first));
    await vi.waitFor(() => expect(() => process.kill(pid(first), 0)).toThrow()); // the first child is gone
    parse.dispose();
  });
});
