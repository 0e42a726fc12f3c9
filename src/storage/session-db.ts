// The session in IndexedDB (its own database, via idb-keyval): file entries, the view (filters,
// sort, search, visible columns), each letter's record and its original bytes. Work survives a
// reload or a crash; nothing of it ever leaves the machine.
import { clear, createStore, del, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { LetterRecord } from '../extract/record.ts';
import type { FileEntry } from '../store/file-entry.ts';
import type { ViewState } from '../store/view-state.ts';
import type { ReviewState } from '../review-model/review-model.ts';

let db: UseStore | null = null;
// Created on first use so importing this module (in tests, during SSR) does not open IndexedDB.
const store = () => (db ??= createStore('imr-lens-session', 'session'));

const ENTRIES = 'entries';
const VIEW = 'view';
const SCHEMA = 'schema';
const REVIEW = 'review';

/**
 * The shape of what is saved. 1: sessions before this key existed (records without an engine version).
 * 2: records carry `engineVersion`. 3: the reviewer's work is kept under 'review' (review/review-model.ts;
 * absent in older sessions, which start with an empty review). A session of an older schema is read through upgradeRecord and its
 * records re-parsed (persist-session.ts); raise this when the saved shape changes, and say how to read
 * the older one in loadSession.
 */
export const SESSION_SCHEMA = 3;
const recordKey = (id: string) => `record:${id}`;
const bytesKey = (id: string) => `bytes:${id}`;

export interface SavedSession {
  /** The schema it was written with (1 when it predates the schema key). */
  schema: number;
  entries: FileEntry[];
  /** As stored: of the schema and engine that wrote them, to be brought up to date by upgradeRecord. */
  records: Record<string, unknown>;
  view: ViewState | null;
  /** The review state as saved (read through reviewStateFromSaved), null before schema 3. */
  review: unknown;
}

export async function loadSession(): Promise<SavedSession> {
  const [entries = [], view = null, schema = 1, review = null] = await getMany<unknown>([ENTRIES, VIEW, SCHEMA, REVIEW], store()).then(
    ([e, v, s, r]) => [e as FileEntry[] | undefined, v as ViewState | undefined, s as number | undefined, r] as const,
  );
  const values = await getMany<unknown>(
    entries.map((e) => recordKey(e.id)),
    store(),
  );
  const records: Record<string, unknown> = {};
  entries.forEach((entry, i) => {
    const record = values[i];
    if (record) records[entry.id] = record;
  });
  return { schema, entries, records, view: view ?? null, review };
}

export const saveSchema = () => set(SCHEMA, SESSION_SCHEMA, store());
export const saveEntries = (entries: FileEntry[]) => set(ENTRIES, entries, store());
export const saveView = (view: ViewState) => set(VIEW, view, store());
export const saveReview = (review: ReviewState) => set(REVIEW, review, store());
/** Many records in one transaction. */
export const saveRecords = (items: [string, LetterRecord][]) =>
  setMany(
    items.map(([id, record]) => [recordKey(id), record]),
    store(),
  );
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
