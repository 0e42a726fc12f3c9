import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntries, markInterrupted, resetSession, setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { setVerdict } from '../store/review-actions.ts';
import { fakeEntry } from '../test-support/test-records.ts';

vi.mock('../parsing/page/parse-queue.ts', () => ({ reparse: () => {}, resetParsing: () => {} }));
const db = vi.hoisted(() => ({
  loadSession: async () => ({ schema: 4, entries: [], records: {}, view: null, review: null, legacy: false }),
  saveFiles: vi.fn(async (_files: unknown) => {}),
  saveReviewParts: vi.fn(async (_changes: unknown) => {}),
  saveView: vi.fn(async () => {}),
  saveSchema: vi.fn(async () => {}),
  migrateLegacy: vi.fn(async () => {}),
  clearSession: vi.fn(async () => {}),
}));
vi.mock('../storage/session-db.ts', () => db);
const told = vi.hoisted(() => [] as unknown[]);
vi.mock('./tab-sync.ts', () => ({ isApplyingOtherTab: () => false, startTabSync: () => {}, tellOtherTabs: (m: unknown) => told.push(m) }));
vi.stubGlobal('addEventListener', () => {});

const { startSession } = await import('./persist-session.ts');
const SHA = 'c'.repeat(64);
const confirm = (index: number) => setVerdict({ sha256: SHA, file: 'c.pdf', key: String(index), index, request: `R${index}` }, 'confirmed');
const savedIds = (call: unknown[]) => (call[0] as { id: string }[]).map((f) => f.id);

describe('the session in IndexedDB', () => {
  beforeAll(async () => {
    vi.useFakeTimers();
    await startSession();
  });
  beforeEach(async () => {
    resetSession();
    await vi.runAllTimersAsync();
    told.length = 0;
    for (const fn of Object.values(db)) if (vi.isMockFunction(fn)) fn.mockClear();
  });
  afterAll(() => vi.useRealTimers());

  it('writes only the files that changed, and tells the other tabs which', async () => {
    addEntries([fakeEntry('a', 'queued'), fakeEntry('b', 'queued')]);
    await vi.runAllTimersAsync();
    expect(db.saveFiles.mock.calls.map(savedIds)).toEqual([['a', 'b']]);
    markInterrupted(['b'], 'stopped');
    await vi.runAllTimersAsync();
    expect(db.saveFiles.mock.calls.map(savedIds)).toEqual([['a', 'b'], ['b']]);
    expect(told).toEqual([{ files: ['a', 'b'] }, { files: ['b'] }]);
  });

  it('writes only the mark that changed', async () => {
    confirm(0);
    await vi.runAllTimersAsync();
    confirm(1);
    await vi.runAllTimersAsync();
    const keys = db.saveReviewParts.mock.calls.map((call) => (call[0] as [string][]).map(([key]) => key));
    expect(keys.at(-1)).toEqual([`review:${SHA}:1`]);
    expect(told.at(-1)).toEqual({ review: [`review:${SHA}:1`] });
  });

  it('says "Not saved" from a failed save until that save is made again, and says the storage is full', async () => {
    db.saveReviewParts.mockRejectedValueOnce(new DOMException('', 'QuotaExceededError'));
    confirm(0);
    await vi.runAllTimersAsync();
    expect(useAppStore.getState().saveStatus).toBe('failed');
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/^This browser's storage is full/)]);
    // The next change writes the view and the mark again; only then is all saved.
    setView({ globalFilter: 'knee' });
    await vi.runAllTimersAsync();
    expect(db.saveReviewParts).toHaveBeenCalledTimes(2);
    expect(db.saveReviewParts.mock.calls[1]).toEqual(db.saveReviewParts.mock.calls[0]);
    expect(useAppStore.getState().saveStatus).toBe('saved');
  });

  it('keeps "Not saved" while a save still fails, even when another succeeds', async () => {
    db.saveFiles.mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    addEntries([fakeEntry('a', 'queued')]);
    await vi.runAllTimersAsync();
    setView({ globalFilter: 'knee' });
    await vi.runAllTimersAsync();
    expect(db.saveView).toHaveBeenCalled();
    expect(useAppStore.getState().saveStatus).toBe('failed');
    db.saveFiles.mockReset();
    db.saveFiles.mockResolvedValue(undefined);
    setView({ globalFilter: 'hip' });
    await vi.runAllTimersAsync();
    expect(useAppStore.getState().saveStatus).toBe('saved');
  });
});
