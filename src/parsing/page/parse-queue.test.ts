import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntries, recordParsed, resetSession } from '../../store/actions.ts';
import { useAppStore } from '../../store/app-store.ts';
import { fakeRecord } from '../../test-support/test-records.ts';
import { SOURCE_UNREADABLE, type WorkerParseJob } from '../protocol.ts';
import { failedRecord } from '../failed-record.ts';
import type { FileEntry } from '../../store/file-entry.ts';

const fake = vi.hoisted(() => ({ jobs: [] as string[], terminated: 0, missingBytes: new Set<string>() }));
vi.mock('./parse-worker-client.ts', () => ({
  // A worker that cannot read any File it is given (moved or deleted since the drop) but reads bytes;
  // a letter whose name starts with "hang" never finishes.
  createParseWorker: () => ({
    parse: async (job: WorkerParseJob) => {
      fake.jobs.push(job.file ? 'file' : 'bytes');
      if (job.name.startsWith('hang')) return new Promise(() => {});
      return job.file ? failedRecord(job.name, '', 'text', 'gone', SOURCE_UNREADABLE) : fakeRecord({ file: job.name });
    },
    onDeath: () => {},
    terminate: () => fake.terminated++,
  }),
}));
vi.mock('../../storage/session-db.ts', () => ({
  loadBytes: async (id: string) => (fake.missingBytes.has(id) ? null : new TextEncoder().encode('stored copy').buffer),
}));

const { cancelParsing, enqueueParse, reparse, resetParsing, stopParsing } = await import('./parse-queue.ts');

const entry = (id: string): FileEntry => ({ id, name: `${id}.pdf`, size: 1, state: 'queued', message: null, code: null, addedAt: 0 });
const file = (id: string) => useAppStore.getState().files[id];

describe('parse queue', () => {
  beforeEach(() => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    resetParsing();
    resetSession();
    useAppStore.setState({ hydrated: true });
    fake.jobs.length = 0;
    fake.terminated = 0;
    fake.missingBytes.clear();
  });

  it('hands workers the dropped File, and the stored copy when that File cannot be read any more', async () => {
    addEntries([entry('a')]);
    enqueueParse('a', 'a.pdf', new Blob(['dropped']));
    await vi.waitFor(() => expect(file('a')?.state).toBe('done'), { timeout: 3000 });
    expect(fake.jobs).toEqual(['file', 'bytes']);
    expect(useAppStore.getState().run).toMatchObject({ total: 1, done: 1 });
  });

  it('a letter read again whose stored copy is gone keeps its record, as it was', async () => {
    addEntries([entry('old'), entry('fresh')]);
    const kept = fakeRecord({ file: 'old.pdf', engineVersion: 'engine-before' });
    recordParsed('old', kept);
    recordParsed('fresh', fakeRecord({ file: 'fresh.pdf', engineVersion: 'engine-before' }));
    fake.missingBytes.add('old');
    reparse(['old', 'fresh']);
    await vi.waitFor(() => expect(useAppStore.getState().run?.finishedAt).not.toBeNull(), { timeout: 3000 });
    expect(file('old')).toMatchObject({ state: 'done' });
    expect(useAppStore.getState().records.old).toBe(kept);
    expect(useAppStore.getState().records.fresh?.engineVersion).not.toBe('engine-before'); // read again
    expect(fake.jobs).toEqual(['bytes']);
  });

  it('Cancel stops what waits and what is being read (its worker terminated); a re-read keeps its record', async () => {
    addEntries([entry('hang-a'), entry('hang-b'), entry('waiting')]);
    const kept = fakeRecord({ file: 'hang-old.pdf', engineVersion: 'engine-before' });
    addEntries([entry('hang-old')]);
    recordParsed('hang-old', kept);
    for (const id of ['hang-a', 'hang-b', 'waiting']) enqueueParse(id, `${id}.pdf`);
    reparse(['hang-old']);
    // Two workers: both hanging letters are being read, the others wait.
    await vi.waitFor(() => expect(fake.jobs).toHaveLength(2), { timeout: 3000 });
    await vi.waitFor(() => expect(file('hang-b')?.state).toBe('reading'), { timeout: 3000 });
    cancelParsing();
    expect(file('hang-a')).toMatchObject({ state: 'interrupted', message: 'Cancelled while it was read: Resume reads it again.' });
    expect(file('hang-b')).toMatchObject({ state: 'interrupted', message: 'Cancelled while it was read: Resume reads it again.' });
    expect(file('waiting')).toMatchObject({ state: 'interrupted', message: 'Cancelled before it was read: Resume reads it.' });
    expect(file('hang-old')?.state).toBe('done');
    expect(useAppStore.getState().records['hang-old']).toBe(kept);
    await vi.waitFor(() => expect(fake.terminated).toBe(2));
    expect(useAppStore.getState().run?.finishedAt).not.toBeNull();
  });

  it('a file removed while it is read stops there (its worker terminated); the others are read', async () => {
    addEntries([entry('hang-removed'), entry('next')]);
    enqueueParse('hang-removed', 'hang-removed.pdf');
    enqueueParse('next', 'next.pdf');
    await vi.waitFor(() => expect(fake.jobs).toHaveLength(2), { timeout: 3000 });
    stopParsing(['hang-removed']);
    await vi.waitFor(() => expect(fake.terminated).toBe(1));
    await vi.waitFor(() => expect(file('next')?.state).toBe('done'), { timeout: 3000 });
    expect(file('hang-removed')?.state).toBe('reading'); // nothing reported for it (the store entry is removed by the caller)
  });
});
