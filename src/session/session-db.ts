// The session in IndexedDB (its own database, via idb-keyval): file entries, the view (filters,
// sort, search, visible columns), each letter's record and its original bytes. Work survives a
// reload or a crash; nothing of it ever leaves the machine.
import { clear, createStore, del, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { LetterRecord } from '../extract/record.ts';
import type { FileEntry } from '../store/file-entry.ts';
import type { ViewState } from '../store/view-state.ts';

let db: UseStore | null = null;
// Created on first use so importing this module (in tests, during SSR) does not open IndexedDB.
const store = () => (db ??= createStore('imr-lens-session', 'session'));

const ENTRIES = 'entries';
const VIEW = 'view';
const recordKey = (id: string) => `record:${id}`;
const bytesKey = (id: string) => `bytes:${id}`;

export interface SavedSession {
  entries: FileEntry[];
  records: Record<string, LetterRecord>;
  view: ViewState | null;
}

export async function loadSession(): Promise<SavedSession> {
  const [entries = [], view = null] = await getMany<unknown>([ENTRIES, VIEW], store()).then(
    ([e, v]) => [e as FileEntry[] | undefined, v as ViewState | undefined] as const,
  );
  const values = await getMany<LetterRecord | undefined>(
    entries.map((e) => recordKey(e.id)),
    store(),
  );
  const records: Record<string, LetterRecord> = {};
  entries.forEach((entry, i) => {
    const record = values[i];
    if (record) records[entry.id] = record;
  });
  return { entries, records, view: view ?? null };
}

export const saveEntries = (entries: FileEntry[]) => set(ENTRIES, entries, store());
export const saveView = (view: ViewState) => set(VIEW, view, store());
export const saveRecord = (id: string, record: LetterRecord) => set(recordKey(id), record, store());
/** Many records in one transaction. */
export const saveRecords = (items: [string, LetterRecord][]) =>
  setMany(
    items.map(([id, record]) => [recordKey(id), record]),
    store(),
  );
export const saveBytes = (id: string, bytes: ArrayBuffer) => set(bytesKey(id), bytes, store());
/** Many files' bytes in one transaction. */
export const saveBytesMany = (items: [string, ArrayBuffer][]) =>
  setMany(
    items.map(([id, bytes]) => [bytesKey(id), bytes]),
    store(),
  );

export async function loadBytes(id: string): Promise<ArrayBuffer | null> {
  return (await get<ArrayBuffer>(bytesKey(id), store())) ?? null;
}

export async function forgetFile(id: string): Promise<void> {
  await Promise.all([del(recordKey(id), store()), del(bytesKey(id), store())]);
}

export const clearSession = () => clear(store());
