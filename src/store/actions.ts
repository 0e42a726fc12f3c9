// Every change to the app store, as plain functions (callable from components, workers' callbacks
// and tests alike).
import type { LetterRecord } from '../extract/record.ts';
import { letterOutcome, missingFieldsMessage } from '../extract/record-outcome.ts';
import { useAppStore, type Notice, type RunProgress } from './app-store.ts';
import type { FileEntry, FileState } from './file-entry.ts';
import type { ViewState } from './view-state.ts';
import type { RowRef } from '../rows/item-rows.ts';
import { emptyHistory } from '../review-model/review-history.ts';
import { afterReaderStopped } from './reader-stops.ts';

const { setState, getState } = useAppStore;

/**
 * A record's outcome as a file state, by the one rule the extractor and the CLI use (letterOutcome):
 * failed, needs attention or done. A letter that is ok but for a best-effort field (diagnoses) is
 * done and keeps its warning as the message and in the table's Warnings column.
 */
export function stateForRecord(record: LetterRecord): { state: FileState; message: string | null; code: string | null } {
  const first = record.problems.find((p) => p.severity === 'error') ?? record.problems[0];
  const state: FileState = letterOutcome(record);
  const message = first?.message ?? (state === 'attention' ? missingFieldsMessage(record) : null);
  return { state, message, code: first?.code ?? null };
}

/** One file added as it is (its state says whether it waits for a worker: see addEntries to queue). */
export function addEntry(entry: FileEntry): void {
  setState((s) => ({ files: { ...s.files, [entry.id]: entry }, order: entry.id in s.files ? s.order : [...s.order, entry.id] }));
}

/**
 * A batch of new files in one store update: entries added (in order), those to be read queued (the
 * run started or extended), and `intakeDone` files taken off the "adding…" count.
 */
export function addEntries(entries: readonly FileEntry[], intakeDone = 0): void {
  const queued = entries.filter((e) => e.state === 'queued').length;
  setState((s) => {
    const files = { ...s.files };
    const order = s.order.slice();
    for (const entry of entries) {
      if (!(entry.id in files)) order.push(entry.id);
      files[entry.id] = entry;
    }
    return { files, order, run: extendRun(s.run, queued), intakePending: Math.max(0, s.intakePending - intakeDone) };
  });
}

export function markQueued(ids: readonly string[]): void {
  setState((s) => {
    const files = { ...s.files };
    for (const id of ids) if (files[id]) files[id] = { ...files[id], state: 'queued', message: null, code: null };
    return { files, run: extendRun(s.run, ids.length) };
  });
}

/** The current run with `count` more files to read, or a new run when none is going. */
function extendRun(run: RunProgress | null, count: number): RunProgress | null {
  if (count === 0) return run;
  return run && run.finishedAt === null
    ? { ...run, total: run.total + count }
    : { total: count, done: 0, startedAt: Date.now(), finishedAt: null };
}

/** What a parse worker reported about one file; applied in batches (see parsing/page/parse-queue.ts). */
export type ParseEvent =
  | { kind: 'reading'; id: string }
  | { kind: 'parsed'; id: string; record: LetterRecord }
  | { kind: 'failed'; id: string; message: string }
  /** Its reader stopped unexpectedly (`reason`); `kept`: the record it had before this read, which stays. */
  | { kind: 'stopped'; id: string; reason: string; kept?: LetterRecord }
  /** A long read (a scan read by OCR) says how far it is: shown as the file's message while it is read. */
  | { kind: 'progress'; id: string; message: string };

/**
 * Applies what the workers reported since the last batch, in order, as ONE store update: a thousand
 * letters arriving one by one must not re-derive the table a thousand times.
 */
export function applyParseEvents(events: readonly ParseEvent[]): void {
  if (events.length === 0) return;
  setState((s) => {
    let files: Record<string, FileEntry> | null = null;
    let records: Record<string, LetterRecord> | null = null;
    let finished = 0;
    for (const event of events) {
      const current = (files ?? s.files)[event.id];
      // A parse that finishes after "Clear all" has nowhere to go.
      if (!current) continue;
      files ??= { ...s.files };
      if (event.kind === 'reading') {
        files[event.id] = { ...current, state: 'reading', message: null, code: null };
        continue;
      }
      if (event.kind === 'progress') {
        if (current.state === 'reading') files[event.id] = { ...current, message: event.message };
        continue;
      }
      records ??= { ...s.records };
      if (event.kind === 'parsed') {
        records[event.id] = event.record;
        files[event.id] = { ...current, ...stateForRecord(event.record) };
      } else if (event.kind === 'stopped') {
        if (event.kept) records[event.id] = event.kept;
        else delete records[event.id];
        files[event.id] = afterReaderStopped(current, event.reason, event.kept && stateForRecord(event.kept));
      } else {
        delete records[event.id];
        files[event.id] = { ...current, state: 'failed', message: event.message, code: 'internal' };
      }
      finished++;
    }
    if (!files) return s;
    let run = s.run;
    if (run && finished > 0) {
      const done = Math.min(run.total, run.done + finished);
      run = { ...run, done, finishedAt: done >= run.total ? Date.now() : null };
    }
    return { files, records: records ?? s.records, run };
  });
}

export const recordParsed = (id: string, record: LetterRecord) => applyParseEvents([{ kind: 'parsed', id, record }]);
export const markFailed = (id: string, message: string) => applyParseEvents([{ kind: 'failed', id, message }]);

/** Files that will not be read now (Cancel pressed, or the page died while they waited). */
export function markInterrupted(ids: readonly string[], message: string): void {
  setState((s) => {
    const files = { ...s.files };
    for (const id of ids) if (files[id]) files[id] = { ...files[id], state: 'interrupted', message, code: null };
    const run = s.run && { ...s.run, total: Math.max(s.run.done, s.run.total - ids.length) };
    return { files, run: run && run.done >= run.total ? { ...run, finishedAt: run.finishedAt ?? Date.now() } : run };
  });
}

export const setIntakePending = (delta: number) => setState((s) => ({ intakePending: Math.max(0, s.intakePending + delta) }));

let nextNoticeId = 1;
export function notify(tone: Notice['tone'], text: string, details: string[] = []): void {
  const notice = { id: nextNoticeId++, tone, text, details };
  // Keep the newest few; older ones stay in the files panel's states anyway.
  setState((s) => ({ notices: [...s.notices, notice].slice(-5) }));
}
export const dismissNotice = (id: number) => setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));

export function setView(patch: Partial<ViewState>): void {
  setState((s) => ({ view: { ...s.view, ...patch } }));
}

export const showMainView = (mainView: ViewState['mainView']) => setView({ mainView });

/** Insights' click on a bar: the table filtered to that one value of the facet (other facets kept), shown. */
export function filterToFacetValue(columnId: string, value: string): void {
  setState((s) => ({
    view: {
      ...s.view,
      mainView: 'table',
      columnFilters: [...s.view.columnFilters.filter((f) => f.id !== columnId), { id: columnId, value: [value] }],
    },
  }));
}

export const selectRow = (row: RowRef | null) => setState({ selectedRow: row });
export const openRow = (row: RowRef | null) => setState((s) => ({ openedRow: row, selectedRow: row ?? s.selectedRow }));
export const setSaveStatus = (saveStatus: 'saved' | 'saving' | 'failed') => {
  if (getState().saveStatus !== saveStatus) setState({ saveStatus });
};

export function restoreSession(entries: FileEntry[], records: Record<string, LetterRecord>, view: ViewState | null): void {
  // Merged, not replaced: letters dropped while the saved session was still loading are kept.
  setState((s) => ({
    hydrated: true,
    files: { ...Object.fromEntries(entries.map((e) => [e.id, e])), ...s.files },
    order: [...entries.map((e) => e.id).filter((id) => !(id in s.files)), ...s.order],
    records: { ...records, ...s.records },
    // Columns added since the view was saved keep their default visibility.
    view: view ? { ...s.view, ...view, columnVisibility: { ...s.view.columnVisibility, ...view.columnVisibility } } : s.view,
  }));
}

export function resetSession(): void {
  setState({
    files: {},
    order: [],
    records: {},
    run: null,
    notices: [],
    selectedRow: null,
    openedRow: null,
    intakePending: 0,
    review: emptyHistory(),
  });
}

export const hasFile = (id: string) => id in getState().files;

/** Selection moves (keyboard, clicks); an open source view follows the selection. */
export function moveSelectionTo(row: RowRef | null): void {
  setState((s) => ({ selectedRow: row, openedRow: s.openedRow !== null ? row : null }));
}

/** The selection moves to a row that may be far off screen: the table scrolls it into view (ReviewTable.tsx). */
export function revealRow(row: RowRef): void {
  setState((s) => ({ selectedRow: row, openedRow: s.openedRow !== null ? row : null, revealSelected: s.revealSelected + 1 }));
}

/** Files the user removed: gone from the files, the rows and every count (their review is kept, keyed by sha256). */
export function removeEntries(ids: readonly string[]): void {
  const gone = new Set(ids);
  setState((s) => {
    const files = { ...s.files };
    const records = { ...s.records };
    for (const id of gone) {
      delete files[id];
      delete records[id];
    }
    const openGone = s.openedRow !== null && gone.has(s.openedRow.fileId);
    const selectedGone = s.selectedRow !== null && gone.has(s.selectedRow.fileId);
    return {
      files,
      records,
      order: s.order.filter((id) => !gone.has(id)),
      openedRow: openGone ? null : s.openedRow,
      selectedRow: selectedGone ? null : s.selectedRow,
    };
  });
}

/**
 * Files another tab added, read or removed (session/tab-sync.ts): taken as that tab saved them. A file
 * new here goes to the end of the list.
 */
export function applyOtherTabFiles(files: readonly { id: string; entry: FileEntry | null; record: LetterRecord | null }[]): void {
  const gone = files.filter((f) => !f.entry).map((f) => f.id);
  if (gone.length > 0) removeEntries(gone);
  const present = files.filter((f) => f.entry);
  if (present.length === 0) return;
  setState((s) => {
    const entries = { ...s.files };
    const records = { ...s.records };
    const added: string[] = [];
    for (const { id, entry, record } of present) {
      if (!(id in entries)) added.push(id);
      entries[id] = entry!;
      if (record) records[id] = record;
    }
    return { files: entries, records, order: added.length > 0 ? [...s.order, ...added] : s.order };
  });
}
