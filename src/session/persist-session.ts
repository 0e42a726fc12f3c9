// Keeps the IndexedDB copy of the session in step with the store, and brings it back at start-up.
// Files that were queued or being read when the page died come back as 'interrupted' (Resume).
// Only what changed is written: a file's entry with its new record (RECORDS_PER_WRITE files to a
// transaction, gathered for SAVE_DELAY_MS: each record is cloned on the page's thread when it is put),
// a review mark, the view; never the whole list, so another tab's work is never overwritten, and each
// save is named to the other tabs (tab-sync.ts). A save that fails is tried again with the next change,
// and until it succeeds the top bar says "Not saved".
import { markInterrupted, notify, resetSession, restoreSession, setSaveStatus } from '../store/actions.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { reparse, resetParsing } from '../parsing/page/parse-queue.ts';
import type { LetterRecord } from '../extract/record.ts';
import {
  clearSession,
  loadSession,
  migrateLegacy,
  saveFiles,
  saveReviewParts,
  saveSchema,
  saveView,
  type FileWrite,
} from '../storage/session-db.ts';
import { reviewStateFromSaved } from '../review-model/review-file.ts';
import { restoreReview } from '../store/review-actions.ts';
import { EMPTY_REVIEW, type ReviewState } from '../review-model/review-model.ts';
import { upgradeRecord } from './upgrade-record.ts';
import { planRestore } from './restore-plan.ts';
import { limitMessages, errorWords } from '../limits/limits.ts';
import { reviewPartChanges } from '../review-model/review-parts.ts';
import { isApplyingOtherTab, startTabSync, tellOtherTabs, type SessionMessage } from './tab-sync.ts';
import { storageFullWords } from './storage-full.ts';

const SAVE_DELAY_MS = 250;
const RECORDS_PER_WRITE = 25;
let writesInFlight = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Files whose entry changed, and those whose record changed too (by file id). */
let dirtyEntries = new Set<string>();
let dirtyRecords = new Set<string>();
/** The review as last written (or being written): the next write is its difference from the present. */
let savedReview: ReviewState = EMPTY_REVIEW;
let viewDirty = false;
/** What could not be saved (file ids, 'review', 'view'): the top bar says "Not saved" until it is. */
const unsaved = new Set<string>();

async function write(what: readonly string[], job: () => Promise<unknown>, retry: () => void, message?: SessionMessage): Promise<void> {
  writesInFlight++;
  setSaveStatus('saving');
  try {
    await job();
    for (const key of what) unsaved.delete(key);
    if (message) tellOtherTabs(message);
  } catch (error) {
    const firstFailure = unsaved.size === 0;
    for (const key of what) unsaved.add(key);
    retry();
    if (firstFailure)
      notify(
        'error',
        storageFullWords(error) ?? `The session could not be saved in this browser (${errorWords(error)}): export your work to keep it.`,
      );
  } finally {
    writeDone();
  }
}

function writeDone(): void {
  if (--writesInFlight === 0 && timer === null) setSaveStatus(unsaved.size > 0 ? 'failed' : 'saved');
}

/**
 * Writes the files that changed, RECORDS_PER_WRITE to a transaction, one transaction after another:
 * each put clones its records on the page's thread, so thousands of letters added at once (a records
 * file opened) are cloned a slice per task, never all in one.
 */
async function flushFiles(state: AppState): Promise<void> {
  const ids = [...dirtyEntries];
  const records = dirtyRecords;
  dirtyEntries = new Set();
  dirtyRecords = new Set();
  const position = new Map(state.order.map((id, i) => [id, i]));
  // Saving until the last slice is written ("Saved" never shows between two slices).
  writesInFlight++;
  try {
    for (let i = 0; i < ids.length; i += RECORDS_PER_WRITE) {
      const slice = ids.slice(i, i + RECORDS_PER_WRITE);
      // Each slice as the store holds it now: a later flush may have written these files already,
      // and must not be overwritten by what they were when this one started.
      const { files: entries, records: current } = useAppStore.getState();
      const files = slice.map((id): FileWrite => {
        const record = records.has(id) ? current[id] : undefined;
        return { id, entry: entries[id] ?? null, position: position.get(id) ?? 0, ...(record ? { record } : {}) };
      });
      const retry = () => {
        for (const id of slice) {
          dirtyEntries.add(id);
          if (records.has(id)) dirtyRecords.add(id);
        }
      };
      await write(slice, () => saveFiles(files), retry, { files: slice });
    }
  } finally {
    writeDone();
  }
}

function flushReview(present: ReviewState): void {
  const changes = reviewPartChanges(savedReview, present);
  const before = savedReview;
  savedReview = present;
  if (changes.length === 0) return;
  const keys = changes.map(([key]) => key);
  // On failure the next write starts from what was saved before this one.
  void write(
    ['review'],
    () => saveReviewParts(changes),
    () => void (savedReview = before),
    { review: keys },
  );
}

function flush(): void {
  timer = null;
  const state = useAppStore.getState();
  if (dirtyEntries.size > 0) void flushFiles(state);
  if (viewDirty) {
    viewDirty = false;
    void write(
      ['view'],
      () => saveView(state.view),
      () => void (viewDirty = true),
    );
  }
  if (state.review.present !== savedReview) flushReview(state.review.present);
}

/**
 * Records and entries are gathered for SAVE_DELAY_MS. The reviewer's work and the view are written
 * in the next task: a write still waiting when the page goes away is lost (the pagehide flush below
 * starts it, but a reload a moment after "Confirm" did not keep it), and they are small.
 */
function schedule(soon: boolean): void {
  if (useAppStore.getState().saveStatus !== 'saving') setSaveStatus('saving');
  if (soon) {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, 0);
  } else timer ??= setTimeout(flush, SAVE_DELAY_MS);
}

function onChange(state: AppState, prev: AppState): void {
  // Another tab's change, put into the store: that tab saved it.
  if (!state.hydrated || isApplyingOtherTab()) {
    if (state.review.present !== prev.review.present && savedReview === prev.review.present) savedReview = state.review.present;
    return;
  }
  if (state.files !== prev.files || state.records !== prev.records) {
    for (const id in state.files) if (state.files[id] !== prev.files[id]) dirtyEntries.add(id);
    for (const id in prev.files) if (!(id in state.files)) dirtyEntries.add(id);
    for (const id in state.records) {
      if (state.records[id] === prev.records[id]) continue;
      dirtyEntries.add(id);
      dirtyRecords.add(id);
    }
    schedule(false);
  }
  if (state.view !== prev.view) {
    viewDirty = true;
    schedule(true);
  }
  if (state.review.present !== prev.review.present) schedule(true);
}

export async function startSession(): Promise<void> {
  try {
    const saved = await loadSession();
    const records: Record<string, LetterRecord> = {};
    for (const id in saved.records) records[id] = upgradeRecord(saved.records[id]);
    const plan = planRestore(saved.entries, saved.records, records);
    restoreSession(plan.entries, records, saved.view);
    const review = reviewStateFromSaved(saved.review);
    restoreReview(review);
    savedReview = review;
    if (saved.legacy)
      void write(
        ['migration'],
        () => migrateLegacy(plan.entries, review),
        () => undefined,
      );
    if (plan.interrupted.length > 0) markInterrupted(plan.interrupted, limitMessages.closedBeforeRead);
    if (plan.reread.length > 0) reparse(plan.reread);
    const olderEngine = plan.reread.length - plan.unsaved.length;
    if (olderEngine > 0) {
      notify(
        'info',
        `${olderEngine === 1 ? '1 letter was' : `${olderEngine} letters were`} read by an earlier version of imr-lens and ${olderEngine === 1 ? 'is' : 'are'} being read again.`,
      );
    }
    if (plan.unsaved.length > 0) {
      notify(
        'info',
        `${plan.unsaved.length === 1 ? "1 letter's reading was" : `${plan.unsaved.length} letters' readings were`} not saved before the page closed, so ${plan.unsaved.length === 1 ? 'it is' : 'they are'} being read again.`,
      );
    }
    void write(['schema'], saveSchema, () => undefined);
  } catch (error) {
    restoreSession([], {}, null);
    notify('error', `The saved session could not be read (${errorWords(error)}), so imr-lens starts empty: add your letters again.`);
  }
  useAppStore.subscribe(onChange);
  startTabSync();
  // Save what is pending before the tab goes away (best effort; IndexedDB writes usually finish).
  addEventListener('pagehide', () => timer !== null && (clearTimeout(timer), flush()));
}

/** "Clear all" (after the user confirmed): stops parsing and empties the store and IndexedDB, in every tab. */
export async function clearAll(): Promise<void> {
  resetParsing();
  resetSession();
  if (timer !== null) clearTimeout(timer);
  timer = null;
  dirtyEntries = new Set();
  dirtyRecords = new Set();
  viewDirty = false;
  savedReview = useAppStore.getState().review.present;
  unsaved.clear();
  await write([], clearSession, () => undefined, { cleared: true });
}
