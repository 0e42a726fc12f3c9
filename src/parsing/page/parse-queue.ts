// The page's side of parsing: one pool of parse workers for the app, fed by intake, reporting into
// the store. Workers are created lazily, so an empty session costs none. What the workers report is
// gathered and applied to the store in one update every EVENT_BATCH_MS, not one update per letter.
import { applyParseEvents, markInterrupted, markQueued, type ParseEvent } from '../../store/actions.ts';
import { useAppStore } from '../../store/app-store.ts';
import { loadBytes } from '../../session/session-db.ts';
import { SOURCE_UNREADABLE } from '../protocol.ts';
import { createParseWorker } from './parse-worker-client.ts';
import { poolSizeFor, TaskCancelledError, WorkerPool } from './worker-pool.ts';

/** A letter is a few pages; one that takes longer than this is stuck (or a hostile file). */
export const PARSE_TIMEOUT_MS = 60_000;

/** How long workers' reports gather before they reach the store (and the table re-derives its rows). */
export const EVENT_BATCH_MS = 150;

let events: ParseEvent[] = [];
let eventTimer: ReturnType<typeof setTimeout> | null = null;

function report(event: ParseEvent): void {
  events.push(event);
  eventTimer ??= setTimeout(flushParseEvents, EVENT_BATCH_MS);
}

/** Applies every report gathered so far (also called before anything else changes file states). */
export function flushParseEvents(): void {
  if (eventTimer !== null) clearTimeout(eventTimer);
  eventTimer = null;
  const batch = events;
  events = [];
  applyParseEvents(batch);
}

let pool: WorkerPool | null = null;
/** The dropped File (or zip entry) per queued id, read only when a worker is free; else the stored bytes. */
const handles = new Map<string, Blob>();

function getPool(): WorkerPool {
  pool ??= new WorkerPool({
    size: poolSizeFor(navigator.hardwareConcurrency),
    createWorker: createParseWorker,
    timeoutMs: PARSE_TIMEOUT_MS,
    onStart: (id) => report({ kind: 'reading', id }),
  });
  return pool;
}

/**
 * Queues one file. `keepRecord`: the file already has a record (a re-parse after an engine update);
 * if it cannot be read again (its stored copy gone), that record stays instead of a failure.
 */
export function enqueueParse(id: string, name: string, source?: Blob, password?: string, keepRecord = false): void {
  if (source) handles.set(id, source);
  let sentFile = false;
  getPool()
    .submit({
      id,
      onProgress: ({ page, pages }) => report({ kind: 'progress', id, message: `OCR page ${page} of ${pages}` }),
      load: async () => {
        // The dropped File itself, read by the worker; or, without it, the stored copy.
        const handle = handles.get(id);
        sentFile = !!handle;
        if (handle) return { name, file: handle, password };
        const bytes = await loadBytes(id);
        if (!bytes) throw new Error('its stored copy is gone from this browser');
        return { name, bytes, password };
      },
    })
    .then(
      (record) => {
        // The dropped File was moved or deleted since: the stored copy is as good.
        if (sentFile && record.problems[0]?.code === SOURCE_UNREADABLE) {
          handles.delete(id);
          enqueueParse(id, name, undefined, password);
          return;
        }
        report({ kind: 'parsed', id, record: { ...record, file: name } });
      },
      (error: Error) => {
        if (error instanceof TaskCancelledError) return;
        const kept = keepRecord ? useAppStore.getState().records[id] : undefined;
        report(kept ? { kind: 'parsed', id, record: kept } : { kind: 'failed', id, message: error.message });
      },
    )
    .finally(() => {
      if (useAppStore.getState().files[id]?.state !== 'interrupted') handles.delete(id);
    });
}

let cancelCount = 0;
/** Changes on every Cancel, so a drop still being added knows to set the rest of its files aside. */
export const cancellationCount = () => cancelCount;

/**
 * Cancel: files not yet started, and scans being read by OCR (minutes each), are set aside as
 * interrupted (Resume brings them back). Other files being read finish: they take a moment.
 */
export function cancelQueued(): void {
  cancelCount++;
  flushParseEvents();
  const ids = pool?.cancelQueued() ?? [];
  const scans = pool?.cancelLongRunning() ?? [];
  markInterrupted(ids, 'Cancelled before it was read: Resume reads it.');
  if (scans.length) markInterrupted(scans, 'Cancelled while OCR read it: Resume reads it again.');
}

/** Re-queues files: interrupted ones (Resume), or one PDF with the password the user typed. */
export function requeue(ids: readonly string[], password?: string): void {
  flushParseEvents();
  const { files } = useAppStore.getState();
  const known = ids.filter((id) => files[id]);
  markQueued(known);
  for (const id of known) enqueueParse(id, files[id]!.name, undefined, password);
}

/** Reads finished letters again from their stored bytes (their records were made by an older engine). */
export function reparse(ids: readonly string[]): void {
  const { files } = useAppStore.getState();
  const known = ids.filter((id) => files[id]);
  markQueued(known);
  for (const id of known) enqueueParse(id, files[id]!.name, undefined, undefined, true);
}

export function resetParsing(): void {
  pool?.dispose();
  pool = null;
  if (eventTimer !== null) clearTimeout(eventTimer);
  eventTimer = null;
  events = [];
  handles.clear();
}
