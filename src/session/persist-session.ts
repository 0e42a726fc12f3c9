// Keeps the IndexedDB copy of the session in step with the store, and brings it back at start-up.
// Files that were queued or being read when the page died come back as 'interrupted' (Resume).
// Writes are gathered for SAVE_DELAY_MS: the entries list once, new records RECORDS_PER_WRITE to a
// transaction (each record is cloned on the page's thread when it is put, so a transaction is kept
// small). The review and the view go out in the next task (schedule).
import { markInterrupted, notify, resetSession, restoreSession, setSaveStatus } from '../store/actions.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { reparse, resetParsing } from '../parsing/page/parse-queue.ts';
import type { LetterRecord } from '../extract/record.ts';
import { clearSession, loadSession, saveEntries, saveRecords, saveReview, saveSchema, saveView } from '../storage/session-db.ts';
import { reviewStateFromSaved } from '../review-model/review-file.ts';
import { restoreReview } from '../store/review-actions.ts';
import { upgradeRecord } from './upgrade-record.ts';
import { planRestore } from './restore-plan.ts';
import { limitMessages, errorWords } from '../limits/limits.ts';

const SAVE_DELAY_MS = 250;
const RECORDS_PER_WRITE = 25;
let writesInFlight = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let dirty = { entries: false, view: false, review: false };
/** Records changed since the last flush, by file id. */
let dirtyRecords = new Map<string, LetterRecord>();

async function write(job: () => Promise<unknown>): Promise<void> {
  writesInFlight++;
  setSaveStatus('saving');
  try {
    await job();
    if (--writesInFlight === 0 && timer === null) setSaveStatus('saved');
  } catch (error) {
    writesInFlight--;
    setSaveStatus('failed');
    notify('error', `The session could not be saved in this browser (${errorWords(error)}): export your work to keep it.`);
  }
}

function flush(): void {
  timer = null;
  const { files, order, view, review } = useAppStore.getState();
  const { entries, view: viewDirty, review: reviewDirty } = dirty;
  dirty = { entries: false, view: false, review: false };
  const records = [...dirtyRecords];
  dirtyRecords = new Map();
  // Records before the entries that list them as read, so a reload never finds a 'done' file without its record.
  for (let i = 0; i < records.length; i += RECORDS_PER_WRITE) {
    const slice = records.slice(i, i + RECORDS_PER_WRITE);
    void write(() => saveRecords(slice));
  }
  if (entries) void write(() => saveEntries(order.map((id) => files[id]!).filter(Boolean)));
  if (viewDirty) void write(() => saveView(view));
  if (reviewDirty) void write(() => saveReview(review.present));
}

/**
 * Records and entries are gathered for SAVE_DELAY_MS. The reviewer's work and the view are written
 * in the next task: a write still waiting when the page goes away is lost (the pagehide flush below
 * starts it, but a reload a moment after "Confirm" did not keep it), and they are small.
 */
function schedule(kind: keyof typeof dirty | null): void {
  if (kind) dirty[kind] = true;
  if (useAppStore.getState().saveStatus !== 'saving') setSaveStatus('saving');
  if (kind === 'review' || kind === 'view') {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, 0);
  } else timer ??= setTimeout(flush, SAVE_DELAY_MS);
}

function onChange(state: AppState, prev: AppState): void {
  if (!state.hydrated) return;
  if (state.files !== prev.files || state.order !== prev.order) schedule('entries');
  if (state.view !== prev.view) schedule('view');
  if (state.review.present !== prev.review.present) schedule('review');
  if (state.records !== prev.records) {
    for (const id in state.records) {
      const record = state.records[id]!;
      if (prev.records[id] !== record) dirtyRecords.set(id, record);
    }
    schedule(null);
  }
}

export async function startSession(): Promise<void> {
  try {
    const saved = await loadSession();
    const records: Record<string, LetterRecord> = {};
    for (const id in saved.records) records[id] = upgradeRecord(saved.records[id]);
    const plan = planRestore(saved.entries, saved.records, records);
    restoreSession(plan.entries, records, saved.view);
    restoreReview(reviewStateFromSaved(saved.review));
    if (plan.interrupted.length > 0) markInterrupted(plan.interrupted, limitMessages.closedBeforeRead);
    const stale = plan.reread;
    if (stale.length > 0) {
      reparse(stale);
      notify(
        'info',
        `${stale.length === 1 ? '1 letter was' : `${stale.length} letters were`} read by an earlier version of imr-lens and ${stale.length === 1 ? 'is' : 'are'} being read again.`,
      );
    }
    void write(saveSchema);
  } catch (error) {
    restoreSession([], {}, null);
    notify('error', `The saved session could not be read (${errorWords(error)}), so imr-lens starts empty: add your letters again.`);
  }
  useAppStore.subscribe(onChange);
  // Save what is pending before the tab goes away (best effort; IndexedDB writes usually finish).
  addEventListener('pagehide', () => timer !== null && (clearTimeout(timer), flush()));
}

/** "Clear all" (after the user confirmed): stops parsing and empties the store and IndexedDB. */
export async function clearAll(): Promise<void> {
  resetParsing();
  resetSession();
  if (timer !== null) clearTimeout(timer);
  timer = null;
  dirty = { entries: false, view: false, review: false };
  dirtyRecords = new Map();
  await write(clearSession);
}
