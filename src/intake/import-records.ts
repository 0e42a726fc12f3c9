// Opening a records file (the batch CLI's JSON Lines or JSON): its records become letters of the
// session without their files. A worker (records.worker.ts) streams and checks the file; the page asks
// it for one batch at a time and adds the records through the store's ordinary actions (addEntries,
// then applyParseEvents, as if a parse worker had read them), at most one store update every
// UPDATE_MS, so the table re-derives its rows a few times a second, not per batch. Each letter is
// keyed by its sha256, so a letter already in the session is not added twice; its file dropped later
// is matched to it (add-letters.ts). Cancel terminates the worker: what was opened stays.
import { wrap, type Remote } from 'comlink';
import { addEntries, applyParseEvents, notify, type ParseEvent } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { FileEntry } from '../store/file-entry.ts';
import type { Candidate } from './letter-candidates.ts';
import type { RecordsBatch } from './records-batch.ts';
import type { RecordsWorkerApi } from './records.worker.ts';
import { nextTask } from './task-slices.ts';
import { errorWords } from '../limits/limits.ts';

/** How often at most opened records reach the store (each update re-derives the table's rows). */
const UPDATE_MS = 250;
/** An update of the store may take at most 1 / this of the page's time while a file is opened. */
const UPDATE_COST_RATIO = 4;
/** ...and at least this long per letter in the session (a table of 10,000 letters is updated every 2 s while a file is opened). */
const UPDATE_MS_PER_LETTER = 0.2;
/** How many bad records a notice names (the count says how many there were). */
const BAD_NAMED = 50;

/** How far the records file being opened is, for the progress bar. */
export interface ImportProgress {
  name: string;
  size: number;
  bytesRead: number;
  /** Letters opened so far. */
  letters: number;
}

let progress: ImportProgress | null = null;
const listeners = new Set<() => void>();
function setProgress(next: ImportProgress | null): void {
  progress = next;
  for (const listener of listeners) listener();
}
/** For useSyncExternalStore (app/ProgressBar.tsx). */
export const subscribeImportProgress = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const importProgress = () => progress;

let cancelCurrent: ((discard: boolean) => void) | null = null;
/**
 * Cancel: the file being opened stops where it is; the letters opened from it stay. `discard` (Clear
 * all): the letters not yet in the store are dropped, and nothing is said.
 */
export function cancelImport({ discard = false } = {}): void {
  cancelCurrent?.(discard);
}

/** Records of one file still to reach the store. */
class Pending {
  entries: FileEntry[] = [];
  events: ParseEvent[] = [];
  flushedAt = performance.now();
  /** How long records gather before the next update: UPDATE_MS, or longer as the session grows (see flushTimed). */
  wait = UPDATE_MS;

  add(entry: FileEntry, event: ParseEvent): void {
    this.entries.push(entry);
    this.events.push(event);
  }

  /** Into the store as one parse run: queued, then read, in the same task (no render sees them queued). */
  flush(): void {
    if (this.entries.length > 0) {
      addEntries(this.entries);
      applyParseEvents(this.events);
    }
    this.entries = [];
    this.events = [];
    this.flushedAt = performance.now();
  }

  /**
   * Flushes, and waits for the page to take the update in. Each update costs the page more the more
   * letters it holds (the table re-derives its rows and facets, Insights its numbers, in later tasks
   * too), so the next one waits longer: several times what this one took, and in proportion to the
   * letters there are. The updates then cost in all about what one update of the whole file costs a
   * few times over, not once per batch over a growing table.
   */
  async flushTimed(): Promise<void> {
    const started = performance.now();
    this.flush();
    await nextTask();
    const cost = performance.now() - started;
    this.wait = Math.max(UPDATE_MS, UPDATE_COST_RATIO * cost, UPDATE_MS_PER_LETTER * useAppStore.getState().order.length);
  }
}

/** Opens `source` as a records file; false (and nothing done) when its content is not one. */
export async function importRecords(source: Candidate): Promise<boolean> {
  const worker = new Worker(new URL('./records.worker.ts', import.meta.url), { type: 'module', name: 'imr-lens records' });
  const api: Remote<RecordsWorkerApi> = wrap<RecordsWorkerApi>(worker);
  let cancelled = false;
  let discarded = false;
  const whenCancelled = new Promise<null>((resolve) => {
    cancelCurrent = (discard) => {
      cancelled = true;
      discarded = discard;
      resolve(null);
    };
  });
  const seen = new Set<string>();
  const pending = new Pending();
  const bad: string[] = [];
  let duplicates = 0;
  let otherEngine = 0;
  let opened = 0;
  let broken: string | null = null;
  try {
    if (!(await api.open(source.blob))) return false;
    setProgress({ name: source.name, size: source.blob.size, bytesRead: 0, letters: 0 });
    for (;;) {
      const batch: RecordsBatch | null = await Promise.race([api.next(), whenCancelled]);
      if (!batch || cancelled) break;
      bad.push(...batch.bad);
      broken = batch.broken;
      const { files } = useAppStore.getState();
      const now = Date.now();
      for (const { id, record, otherEngine: other } of batch.records) {
        if (id in files || seen.has(id)) {
          duplicates++;
          continue;
        }
        seen.add(id);
        if (other) otherEngine++;
        const entry: FileEntry = {
          id,
          name: record.file,
          size: 0,
          state: 'queued',
          message: null,
          code: null,
          addedAt: now,
          imported: true,
        };
        pending.add(entry, { kind: 'parsed', id, record });
        opened++;
      }
      setProgress({ name: source.name, size: source.blob.size, bytesRead: batch.bytesRead, letters: opened });
      if (batch.done) break;
      if (performance.now() - pending.flushedAt >= pending.wait) await pending.flushTimed();
      // The next batch is taken in a task of its own.
      else await nextTask();
    }
    if (!discarded) pending.flush();
  } catch (error) {
    pending.flush();
    broken = errorWords(error);
  } finally {
    cancelCurrent = null;
    worker.terminate();
    setProgress(null);
  }
  if (discarded) return true;
  tell(source.name, { opened, bad, duplicates, otherEngine, broken, cancelled });
  return true;
}

function tell(
  name: string,
  {
    opened,
    bad,
    duplicates,
    otherEngine,
    broken,
    cancelled,
  }: { opened: number; bad: string[]; duplicates: number; otherEngine: number; broken: string | null; cancelled: boolean },
): void {
  const letters = (n: number) => (n === 1 ? '1 letter' : `${n.toLocaleString('en-US')} letters`);
  if (cancelled) notify('info', `Opening ${name} was cancelled: the ${letters(opened)} opened before are kept.`);
  else if (broken) notify('error', `${name} could not be read to its end (${broken}): the ${letters(opened)} before that are open.`);
  else if (opened > 0)
    notify('info', `${letters(opened)} opened from the records in ${name}, without their files: add a letter's file to see its pages.`);
  if (bad.length > 0) {
    const named = bad.slice(0, BAD_NAMED);
    if (bad.length > BAD_NAMED) named.push(`and ${bad.length - BAD_NAMED} more`);
    notify(
      'warning',
      `${bad.length === 1 ? '1 record' : `${bad.length} records`} in ${name} could not be opened; the others are open.`,
      named,
    );
  }
  if (duplicates > 0)
    notify(
      'info',
      `${duplicates === 1 ? '1 record was' : `${duplicates} records were`} of letters already in the session, so each is listed once.`,
    );
  if (otherEngine > 0)
    notify(
      'info',
      `${letters(otherEngine)} in ${name} ${otherEngine === 1 ? 'was' : 'were'} read by another version of imr-lens: shown as read then, and read again by this version when ${otherEngine === 1 ? 'its file is' : 'their files are'} added.`,
    );
}
