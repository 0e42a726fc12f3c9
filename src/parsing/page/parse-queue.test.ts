import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntries, resetSession } from '../../store/actions.ts';
import { useAppStore } from '../../store/app-store.ts';
import { fakeRecord } from '../../test-support/test-records.ts';
import { SOURCE_UNREADABLE, type WorkerParseJob } from '../protocol.ts';
import { failedRecord } from '../failed-record.ts';

const jobs = vi.hoisted(() => [] as string[]);
vi.mock('./parse-worker-client.ts', () => ({
  // A worker that cannot read any File it is given (moved or deleted since the drop) but reads bytes.
  createParseWorker: () => ({
    parse: async (job: WorkerParseJob) => {
      jobs.push(job.file ? 'file' : 'bytes');
      return job.file ? failedRecord(job.name, '', 'text', 'gone', SOURCE_UNREADABLE) : fakeRecord({ file: job.name });
    },
    onDeath: () => {},
    terminate: () => {},
  }),
}));
vi.mock('../../session/session-db.ts', () => ({ loadBytes: async () => new TextEncoder().encode('stored copy').buffer }));

const { enqueueParse, resetParsing } = await import('./parse-queue.ts');

describe('parse queue', () => {
  beforeEach(() => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    resetParsing();
    resetSession();
    useAppStore.setState({ hydrated: true });
    jobs.length = 0;
  });

  it('hands workers the dropped File, and the stored copy when that File cannot be read any more', async () => {
    addEntries([{ id: 'a', name: 'a.pdf', size: 1, state: 'queued', message: null, code: null, addedAt: 0 }]);
    enqueueParse('a', 'a.pdf', new Blob(['dropped']));
    await vi.waitFor(() => expect(useAppStore.getState().files.a?.state).toBe('done'), { timeout: 3000 });
    expect(jobs).toEqual(['file', 'bytes']);
    expect(useAppStore.getState().run).toMatchObject({ total: 1, done: 1 });
  });
});
