// Keeps the IndexedDB copy of the session in step with the store, and brings it back at start-up.
// Files that were queued or being read when the page died come back as 'interrupted' (Resume).
import { markInterrupted, notify, resetSession, restoreSession, setSaveStatus } from '../store/actions.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { PENDING_STATES } from '../store/file-entry.ts';
import { resetParsing } from '../parsing/page/parse-queue.ts';
import { clearSession, loadSession, saveEntries, saveRecord, saveView } from './session-db.ts';

const SAVE_DELAY_MS = 250;
let writesInFlight = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let dirty = { entries: false, view: false };

async function write(job: () => Promise<unknown>): Promise<void> {
  writesInFlight++;
  setSaveStatus('saving');
  try {
    await job();
    if (--writesInFlight === 0 && timer === null) setSaveStatus('saved');
  } catch (error) {
    writesInFlight--;
    setSaveStatus('failed');
    notify('error', `The session could not be saved in this browser: ${(error as Error).message}`);
  }
}

function flush(): void {
  timer = null;
  const { files, order, view } = useAppStore.getState();
  const { entries, view: viewDirty } = dirty;
  dirty = { entries: false, view: false };
  if (entries) void write(() => saveEntries(order.map((id) => files[id]!).filter(Boolean)));
  if (viewDirty) void write(() => saveView(view));
}

function schedule(kind: keyof typeof dirty): void {
  dirty[kind] = true;
  setSaveStatus('saving');
  timer ??= setTimeout(flush, SAVE_DELAY_MS);
}

function onChange(state: AppState, prev: AppState): void {
  if (!state.hydrated) return;
  if (state.files !== prev.files || state.order !== prev.order) schedule('entries');
  if (state.view !== prev.view) schedule('view');
  if (state.records !== prev.records) {
    for (const [id, record] of Object.entries(state.records)) {
      if (prev.records[id] !== record) void write(() => saveRecord(id, record));
    }
  }
}

export async function startSession(): Promise<void> {
  try {
    const saved = await loadSession();
    restoreSession(saved.entries, saved.records, saved.view);
    const interrupted = saved.entries.filter((e) => PENDING_STATES.has(e.state)).map((e) => e.id);
    if (interrupted.length > 0) markInterrupted(interrupted, 'Interrupted: the page closed before this file was read.');
  } catch (error) {
    restoreSession([], {}, null);
    notify('error', `The saved session could not be read: ${(error as Error).message}`);
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
  dirty = { entries: false, view: false };
  await write(clearSession);
}
