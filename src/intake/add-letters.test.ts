import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntries, applyParseEvents, resetSession } from '../store/actions.ts';
import { sha256Hex } from '../document/sha256.ts';
import { ENGINE_VERSION } from '../extract/engine-version.ts';
import { fakeRecord } from '../test-support/test-records.ts';
import { useAppStore } from '../store/app-store.ts';

const queue = vi.hoisted(() => ({ cancellations: 0, enqueued: [] as string[], reparsed: [] as string[] }));
vi.mock('../parsing/page/parse-queue.ts', () => ({
  cancellationCount: () => queue.cancellations,
  enqueueParse: (_id: string, name: string) => queue.enqueued.push(name),
  reparse: (ids: string[]) => queue.reparsed.push(...ids),
}));
const stored = vi.hoisted(() => ({ ids: [] as string[], batches: [] as number[], onSave: () => {} }));
vi.mock('../storage/session-db.ts', () => ({
  saveBytesMany: async (items: [string, ArrayBuffer][]) => {
    stored.batches.push(items.length);
    for (const [id] of items) stored.ids.push(id);
    stored.onSave();
  },
}));

const { addLetters, BATCH_FILES } = await import('./add-letters.ts');
const letter = (name: string, text: string) => ({ name, blob: new Blob([text]) });

describe('addLetters', () => {
  beforeEach(() => {
    resetSession();
    queue.cancellations = 0;
    queue.enqueued = [];
    queue.reparsed = [];
    stored.ids = [];
    stored.batches = [];
    stored.onSave = () => {};
  });

  it('stores and queues each new letter, refuses the same bytes twice and says so', async () => {
    await addLetters([
      letter('a.txt', 'letter A'),
      letter('b.txt', 'letter B'),
      letter('copy-of-a.txt', 'letter A'),
      letter('photo.jpg', 'x'),
    ]);
    expect(queue.enqueued).toEqual(['a.txt', 'b.txt']);
    expect(stored.ids).toHaveLength(2);
    const { notices, order, files } = useAppStore.getState();
    expect(order.map((id) => files[id]?.name)).toEqual(['a.txt', 'b.txt']);
    expect(notices.map((n) => [n.text, n.details])).toEqual([
      ['Duplicate not added: this letter is already in the session, so it is listed once.', ['copy-of-a.txt (same as a.txt)']],
      ['1 file was skipped; the list says why.', ['photo.jpg: not a PDF or text letter']],
    ]);
  });

  it("matches a letter's file to its record opened from the CLI's output: its bytes stored, no second letter, read again only if another engine made the record", async () => {
    const opened = async (name: string, text: string, engineVersion: string) => {
      const id = await sha256Hex(new TextEncoder().encode(text));
      addEntries([{ id, name, size: 0, state: 'queued', message: null, code: null, addedAt: 1, imported: true }]);
      applyParseEvents([{ kind: 'parsed', id, record: fakeRecord({ file: name, sha256: id, engineVersion }) }]);
      return id;
    };
    const current = await opened('dir/a.txt', 'letter A', ENGINE_VERSION);
    const older = await opened('dir/b.txt', 'letter B', 'an-older-engine');
    await addLetters([letter('a.txt', 'letter A'), letter('b.txt', 'letter B'), letter('again-a.txt', 'letter A')]);
    expect(queue.enqueued).toEqual([]);
    expect(queue.reparsed).toEqual([older]);
    expect(stored.ids).toEqual([current, older]);
    const { notices, order, files } = useAppStore.getState();
    expect(order).toEqual([current, older]);
    expect(files[current]).toMatchObject({ name: 'dir/a.txt', size: 8, state: 'done' });
    expect(files[current]!.imported).toBeUndefined();
    expect(notices.map((n) => [n.text, n.details])).toEqual([
      ['Duplicate not added: this letter is already in the session, so it is listed once.', ['again-a.txt (same as dir/a.txt)']],
      ['2 files were matched to letters opened from their records: their pages are shown now.', ['dir/a.txt', 'dir/b.txt']],
    ]);
  });

  it('names the files the storage had no room for, says it is full and what frees it, and adds none of them', async () => {
    stored.onSave = () => {
      throw new DOMException('', 'QuotaExceededError');
    };
    await addLetters([letter('a.txt', 'letter A'), letter('b.txt', 'letter B')]);
    expect(queue.enqueued).toEqual([]);
    const { notices, order } = useAppStore.getState();
    expect(order).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.tone).toBe('error');
    expect(notices[0]!.text).toMatch(/storage is full: 2 files were not added/);
    expect(notices[0]!.text).toMatch(/remove letters you no longer need .*Clear all/);
    expect(notices[0]!.details).toEqual(['a.txt', 'b.txt']);
  });

  it('reads a big drop in bounded batches, one write per batch, and finds duplicates across batches', async () => {
    let read = 0;
    let peakHeld = 0;
    const counted = (name: string, text: string) => {
      const blob = new Blob([text]);
      return {
        name,
        blob: {
          size: blob.size,
          arrayBuffer: async () => {
            read++;
            // Files read but not yet stored are what intake holds (the two duplicates come last).
            peakHeld = Math.max(peakHeld, read - stored.ids.length);
            return blob.arrayBuffer();
          },
        } as unknown as Blob,
      };
    };
    const letters = Array.from({ length: 200 }, (_, n) => counted(`${n}.txt`, `letter ${n}`));
    letters.push(counted('again-7.txt', 'letter 7'), counted('again-150.txt', 'letter 150'));
    await addLetters(letters);
    expect(stored.ids).toHaveLength(200);
    expect(new Set(stored.ids).size).toBe(200);
    expect(stored.batches.every((n) => n <= BATCH_FILES)).toBe(true);
    expect(stored.batches.length).toBeLessThan(10);
    expect(peakHeld).toBeLessThanOrEqual(BATCH_FILES);
    expect(queue.enqueued).toHaveLength(200);
    const { notices, order, intakePending } = useAppStore.getState();
    expect(order).toHaveLength(200);
    expect(intakePending).toBe(0);
    expect(notices[0]?.details).toEqual(['again-7.txt (same as 7.txt)', 'again-150.txt (same as 150.txt)']);
  });

  it('refuses a file over the size limit without reading it, and lists it as failed', async () => {
    const arrayBuffer = vi.fn();
    const huge = { size: 3 * 1024 ** 3, arrayBuffer, slice: vi.fn() } as unknown as Blob;
    await addLetters([{ name: 'scan.pdf', blob: huge }]);
    expect(arrayBuffer).not.toHaveBeenCalled();
    const [entry] = Object.values(useAppStore.getState().files);
    expect(entry).toMatchObject({ name: 'scan.pdf', state: 'failed', message: 'The file is 3072 MB; letters over 50 MB are not read.' });
    expect(queue.enqueued).toEqual([]);
  });

  it('Cancel pressed while a drop is still being added sets the rest of it aside as interrupted', async () => {
    stored.onSave = () => {
      if (stored.batches.length === 1) queue.cancellations++; // the user presses Cancel while the first batch is stored
    };
    await addLetters([letter('1.txt', 'one'), letter('2.txt', 'two'), letter('3.txt', 'three')]);
    expect(queue.enqueued).toEqual([]);
    const { order, files } = useAppStore.getState();
    expect(order.map((id) => files[id]?.state)).toEqual(['interrupted', 'interrupted', 'interrupted']);
    expect(useAppStore.getState().intakePending).toBe(0);
  });

  it('spreads slow first touches of picked files (size, starting a read) over tasks', async () => {
    // Each touch stands for a synchronous round trip to the browser under load: 3 ms.
    let task = 0;
    const ticker = setInterval(() => task++, 0);
    const touches: number[] = [];
    const touch = () => {
      touches.push(task);
      const start = performance.now();
      while (performance.now() - start < 3);
    };
    const slow = (name: string) => {
      const blob = new Blob([name]);
      return {
        name,
        blob: {
          get size() {
            touch();
            return blob.size;
          },
          arrayBuffer: () => {
            touch();
            return blob.arrayBuffer();
          },
        } as unknown as Blob,
      };
    };
    try {
      await addLetters(Array.from({ length: 12 }, (_, n) => slow(`${n}.txt`)));
    } finally {
      clearInterval(ticker);
    }
    expect(queue.enqueued).toHaveLength(12);
    const perTask = new Map<number, number>();
    for (const t of touches) perTask.set(t, (perTask.get(t) ?? 0) + 1);
    // An 8 ms slice holds at most four 3 ms touches (the fourth starts before the budget is spent).
    expect(Math.max(...perTask.values())).toBeLessThanOrEqual(4);
  });

  it('a file that cannot be read says so, with no unhandled rejection while the other reads start', async () => {
    const unreadable = {
      name: 'gone.txt',
      blob: { size: 10, arrayBuffer: () => Promise.reject(new Error('the file was moved')) } as unknown as Blob,
    };
    const slowToStart = (name: string) => {
      const blob = new Blob([name]);
      return {
        name,
        blob: {
          size: blob.size,
          arrayBuffer: () => {
            const start = performance.now();
            while (performance.now() - start < 10); // the read of `gone.txt` fails meanwhile, in another task
            return blob.arrayBuffer();
          },
        } as unknown as Blob,
      };
    };
    await addLetters([unreadable, slowToStart('a.txt'), slowToStart('b.txt')]);
    const { notices, intakePending } = useAppStore.getState();
    expect(notices.map((n) => n.text)).toEqual(['Some files could not be added (the file was moved): add them again.']);
    expect(intakePending).toBe(0);
  });
});
