// Every change to the app store, as plain functions (callable from components, workers' callbacks
// and tests alike).
import type { LetterRecord } from '../extract/record.ts';
import { useAppStore, type Notice } from './app-store.ts';
import type { FileEntry, FileState } from './file-entry.ts';
import type { ViewState } from './view-state.ts';

const { setState, getState } = useAppStore;

/** A record's outcome as a file state: failed, needs attention (partial or with warnings), or done. */
export function stateForRecord(record: LetterRecord): { state: FileState; message: string | null; code: string | null } {
  const first = record.problems.find((p) => p.severity === 'error') ?? record.problems[0];
  const state: FileState =
    record.status === 'failed' ? 'failed' : record.status === 'partial' || record.problems.length > 0 ? 'attention' : 'done';
  return { state, message: first?.message ?? null, code: first?.code ?? null };
}

export function addEntry(entry: FileEntry): void {
  setState((s) => ({ files: { ...s.files, [entry.id]: entry }, order: s.order.includes(entry.id) ? s.order : [...s.order, entry.id] }));
}

function patchFile(id: string, patch: Partial<FileEntry>): void {
  setState((s) => (s.files[id] ? { files: { ...s.files, [id]: { ...s.files[id], ...patch } } } : s));
}

export const markReading = (id: string) => patchFile(id, { state: 'reading', message: null, code: null });

export function markQueued(ids: readonly string[]): void {
  setState((s) => {
    const files = { ...s.files };
    for (const id of ids) if (files[id]) files[id] = { ...files[id], state: 'queued', message: null, code: null };
    return { files };
  });
  startOrExtendRun(ids.length);
}

export function recordParsed(id: string, record: LetterRecord): void {
  // A parse that finishes after "Clear all" has nowhere to go.
  if (!getState().files[id]) return;
  setState((s) => ({ records: { ...s.records, [id]: record } }));
  patchFile(id, stateForRecord(record));
  finishOne();
}

export function markFailed(id: string, message: string): void {
  setState((s) => {
    const { [id]: _dropped, ...records } = s.records;
    return { records };
  });
  patchFile(id, { state: 'failed', message, code: 'internal' });
  finishOne();
}

/** Files that will not be read now (Cancel pressed, or the page died while they waited). */
export function markInterrupted(ids: readonly string[], message: string): void {
  setState((s) => {
    const files = { ...s.files };
    for (const id of ids) if (files[id]) files[id] = { ...files[id], state: 'interrupted', message, code: null };
    const run = s.run && { ...s.run, total: Math.max(s.run.done, s.run.total - ids.length) };
    return { files, run: run && run.done >= run.total ? { ...run, finishedAt: run.finishedAt ?? Date.now() } : run };
  });
}

function startOrExtendRun(count: number): void {
  setState((s) => {
    const running = s.run && s.run.finishedAt === null;
    return {
      run: running ? { ...s.run!, total: s.run!.total + count } : { total: count, done: 0, startedAt: Date.now(), finishedAt: null },
    };
  });
}

function finishOne(): void {
  setState((s) => {
    if (!s.run) return s;
    const done = Math.min(s.run.total, s.run.done + 1);
    return { run: { ...s.run, done, finishedAt: done >= s.run.total ? Date.now() : null } };
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

export const selectRow = (id: string | null) => setState({ selectedRowId: id });
export const openRow = (id: string | null) => setState((s) => ({ openRowId: id, selectedRowId: id ?? s.selectedRowId }));
export const setSaveStatus = (saveStatus: 'saved' | 'saving' | 'failed') => setState({ saveStatus });

export function restoreSession(entries: FileEntry[], records: Record<string, LetterRecord>, view: ViewState | null): void {
  // Merged, not replaced: letters dropped while the saved session was still loading are kept.
  setState((s) => ({
    hydrated: true,
    files: { ...Object.fromEntries(entries.map((e) => [e.id, e])), ...s.files },
    order: [...entries.map((e) => e.id).filter((id) => !(id in s.files)), ...s.order],
    records: { ...records, ...s.records },
    view: view ? { ...s.view, ...view } : s.view,
  }));
}

export function resetSession(): void {
  setState({ files: {}, order: [], records: {}, run: null, notices: [], selectedRowId: null, openRowId: null, intakePending: 0 });
}

export const hasFile = (id: string) => id in getState().files;

/** Selection moves (keyboard, clicks); an open source view follows the selection. */
export function moveSelectionTo(id: string | null): void {
  setState((s) => ({ selectedRowId: id, openRowId: s.openRowId !== null ? id : null }));
}
