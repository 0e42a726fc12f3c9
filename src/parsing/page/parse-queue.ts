// The page's side of parsing: one pool of parse workers for the app, fed by intake, reporting into
// the store. Workers are created lazily, so an empty session costs none. What the workers report is
// gathered and applied to the store in one update every EVENT_BATCH_MS, not one update per letter.
import { applyParseEvents, markInterrupted, markQueued, type ParseEvent } from '../../store/actions.ts';
import { useAppStore } from '../../store/app-store.ts';
import { loadBytes } from '../../storage/session-db.ts';
import { SOURCE_UNREADABLE, type WorkerParseJob } from '../protocol.ts';
import { limitMessages, PARSE_TIMEOUT_MS } from '../../limits/limits.ts';
import { createParseWorker } from './parse-worker-client.ts';
import { holdReadingMark } from './reading-marks.ts';
import { ParsePool, poolSizeFor, ReaderStoppedError, TaskCancelledError } from '../parse-pool.ts';

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

let pool: ParsePool<WorkerParseJob> | null = null;
/** The dropped File (or zip entry) per queued id, read only when a worker is free; else the stored bytes. */
const handles = new Map<string, Blob>();

/** A file handed to the pool and not yet settled: how far it got, so Cancel can say what it stopped. */
interface InFlight {
  stage: 'queued' | 'reading' | 'ocr';
  /** A re-parse of a letter that already has a record: cancelled or failed, that record stays. */
  keepRecord: boolean;
  /** Stops this file's parse: taken out of the queue, or its worker terminated (Cancel, Remove). */
  stop: AbortController;
  /** Ends this tab's mark that it is reading the file (reading-marks.ts), once a worker has it. */
  unmark?: () => void;
}
const inFlight = new Map<string, InFlight>();

function getPool(): ParsePool<WorkerParseJob> {
  pool ??= new ParsePool({
    size: poolSizeFor(navigator.hardwareConcurrency),
    createWorker: createParseWorker,
    timeoutMs: PARSE_TIMEOUT_MS,
    onStart: (id) => {
      const entry = inFlight.get(id);
      if (entry) {
        entry.stage = 'reading';
        entry.unmark = holdReadingMark(id);
      }
      report({ kind: 'reading', id });
    },
  });
  return pool;
}

/** The record a re-parse keeps when it cannot finish (cancelled, or its stored copy gone), if there is one. */
const keptRecord = (id: string, entry: InFlight) => (entry.keepRecord ? useAppStore.getState().records[id] : undefined);

/**
 * Queues one file. `keepRecord`: the file already has a record (a re-parse after an engine update);
 * if it cannot be read again (its stored copy gone) or is cancelled, that record stays instead.
 */
export function enqueueParse(id: string, name: string, source?: Blob, password?: string, keepRecord = false): void {
  if (source) handles.set(id, source);
  inFlight.get(id)?.stop.abort(); // read once, with what was asked last (a password)
  const entry: InFlight = { stage: 'queued', keepRecord, stop: new AbortController() };
  inFlight.set(id, entry);
  let sentFile = false;
  getPool()
    .submit({
      id,
      signal: entry.stop.signal,
      onProgress: ({ page, pages }) => {
        entry.stage = 'ocr';
        report({ kind: 'progress', id, message: `OCR page ${page} of ${pages}` });
      },
      load: async () => {
        // The dropped File itself, read by the worker; or, without it, the stored copy.
        const handle = handles.get(id);
        sentFile = !!handle;
        if (handle) return { name, file: handle, password };
        const bytes = await loadBytes(id);
        if (!bytes) throw new Error(limitMessages.storedCopyMissing);
        return { name, bytes, password };
      },
    })
    .then(
      (record) => {
        // The dropped File was moved or deleted since: the stored copy is as good.
        if (sentFile && record.problems[0]?.code === SOURCE_UNREADABLE) {
          handles.delete(id);
          enqueueParse(id, name, undefined, password, keepRecord);
          return;
        }
        report({ kind: 'parsed', id, record: { ...record, file: name } });
      },
      (error: Error) => {
        if (error instanceof TaskCancelledError) return; // Cancel has already said what became of it
        const kept = keptRecord(id, entry);
        if (error instanceof ReaderStoppedError) report({ kind: 'stopped', id, reason: error.reason, kept });
        else report(kept ? { kind: 'parsed', id, record: kept } : { kind: 'failed', id, message: error.message });
      },
    )
    .finally(() => {
      entry.unmark?.();
      if (inFlight.get(id) === entry) inFlight.delete(id);
      if (useAppStore.getState().files[id]?.state !== 'interrupted') handles.delete(id);
    });
}

let cancelCount = 0;
/** Changes on every Cancel, so a drop still being added knows to set the rest of its files aside. */
export const cancellationCount = () => cancelCount;

/**
 * Cancel: every file queued or being read is stopped (a worker in the middle of one is terminated
 * and replaced) and set aside as interrupted, with a message saying how far it got; Resume brings
 * it back. A letter being read again after an engine update keeps the record it had.
 */
export function cancelParsing(): void {
  cancelCount++;
  flushParseEvents();
  const stopped = { queued: [] as string[], reading: [] as string[], ocr: [] as string[] };
  for (const [id, entry] of inFlight) {
    const kept = keptRecord(id, entry);
    if (kept) report({ kind: 'parsed', id, record: kept });
    else stopped[entry.stage].push(id);
  }
  stopAll();
  flushParseEvents();
  markInterrupted(stopped.queued, limitMessages.cancelledBeforeRead);
  if (stopped.reading.length) markInterrupted(stopped.reading, limitMessages.cancelledWhileRead);
  if (stopped.ocr.length) markInterrupted(stopped.ocr, limitMessages.cancelledDuringOcr);
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

function stopAll(): void {
  for (const entry of inFlight.values()) entry.stop.abort();
  inFlight.clear();
}

/** Files removed by the user: their parses stop (a worker reading one is replaced), nothing is reported. */
export function stopParsing(ids: readonly string[]): void {
  for (const id of ids) {
    inFlight.get(id)?.stop.abort();
    inFlight.delete(id);
  }
}

export function resetParsing(): void {
  stopAll();
  pool?.dispose();
  pool = null;
  if (eventTimer !== null) clearTimeout(eventTimer);
  eventTimer = null;
  events = [];
  handles.clear();
}
