// The session in IndexedDB (its own database, via idb-keyval): one key per file entry, per record, per
// file's original bytes, per letter review and per item mark (review-parts.ts), and the view. Every
// write names only what changed, so two tabs never overwrite each other's work; an entry is written
// with its record in one transaction, so a reload never finds one without the other. Work survives a
// reload or a crash; nothing of it ever leaves the machine.
import { clear, createStore, get, getMany, keys, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import type { LetterRecord } from '../extract/record.ts';
import type { FileEntry } from '../store/file-entry.ts';
import type { ViewState } from '../store/view-state.ts';
import { EMPTY_REVIEW, type ReviewState } from '../review-model/review-model.ts';
import { isReviewPartKey, reviewParts, withReviewParts, type ReviewPart } from '../review-model/review-parts.ts';

let db: UseStore | null = null;
// Created on first use so importing this module (in tests, during SSR) does not open IndexedDB.
const store = () => (db ??= createStore('imr-lens-session', 'session'));

const VIEW = 'view';
const SCHEMA = 'schema';
/** Before schema 4 the entries and the review were each one key, written whole by every tab. */
const LEGACY_ENTRIES = 'entries';
const LEGACY_REVIEW = 'review';

/**
 * The shape of what is saved. 1: sessions before this key existed (records without an engine version).
 * 2: records carry `engineVersion`. 3: the reviewer's work is kept under 'review' (review/review-model.ts;
 * absent in older sessions, which start with an empty review). 4: an `entry:` key per file and a
 * `review:` key per letter and per item mark instead of the whole list and the whole review. A session
 * of an older schema is read through upgradeRecord and its records re-parsed (persist-session.ts); its
 * entries and review are moved to schema 4's keys (migrateLegacy). Raise this when the saved shape
 * changes, and say how to read the older one in loadSession.
 */
export const SESSION_SCHEMA = 4;
export const entryKey = (id: string) => `entry:${id}`;
const recordKey = (id: string) => `record:${id}`;
const bytesKey = (id: string) => `bytes:${id}`;

/** An entry as saved: with its place in the list of the tab that wrote it (entries of one drop share `addedAt`). */
interface SavedEntry {
  entry: FileEntry;
  position: number;
}

export interface SavedSession {
  /** The schema it was written with (1 when it predates the schema key). */
  schema: number;
  entries: FileEntry[];
  /** As stored: of the schema and engine that wrote them, to be brought up to date by upgradeRecord. */
  records: Record<string, unknown>;
  view: ViewState | null;
  /** The review state as saved (read through reviewStateFromSaved). */
  review: unknown;
  /** Entries and review were in the keys of schema 3 or older: migrateLegacy moves them. */
  legacy: boolean;
}

const byPlace = (a: SavedEntry, b: SavedEntry) => a.entry.addedAt - b.entry.addedAt || a.position - b.position;

export async function loadSession(): Promise<SavedSession> {
  const names = (await keys(store())).filter((key): key is string => typeof key === 'string');
  const wanted = names.filter(
    (key) => key.startsWith('entry:') || isReviewPartKey(key) || [VIEW, SCHEMA, LEGACY_ENTRIES, LEGACY_REVIEW].includes(key),
  );
  const values = new Map(wanted.map((key, i) => [key, i] as const));
  const got = await getMany<unknown>(wanted, store());
  const value = (key: string) => (values.has(key) ? got[values.get(key)!] : undefined);

  const saved = wanted.filter((key) => key.startsWith('entry:')).map((key) => value(key) as SavedEntry);
  const legacyEntries = (value(LEGACY_ENTRIES) as FileEntry[] | undefined) ?? [];
  const known = new Set(saved.map((s) => s.entry.id));
  legacyEntries.forEach((entry, position) => known.has(entry.id) || saved.push({ entry, position }));
  const entries = saved.sort(byPlace).map((s) => s.entry);

  const legacyReview = value(LEGACY_REVIEW) as ReviewState | undefined;
  const parts = wanted.filter(isReviewPartKey).map((key) => [key, value(key)] as [string, unknown]);
  const review = parts.length > 0 || !legacyReview ? withReviewParts(legacyReview ?? EMPTY_REVIEW, parts) : legacyReview;

  const stored = await getMany<unknown>(
    entries.map((e) => recordKey(e.id)),
    store(),
  );
  const records: Record<string, unknown> = {};
  entries.forEach((entry, i) => stored[i] && (records[entry.id] = stored[i]));
  const legacy = legacyEntries.length > 0 || legacyReview !== undefined;
  return {
    schema: (value(SCHEMA) as number | undefined) ?? 1,
    entries,
    records,
    view: (value(VIEW) as ViewState | undefined) ?? null,
    review,
    legacy,
  };
}

type Change = [key: string, value: unknown];

/** Puts (a value) and deletes (undefined) in one transaction. */
function writeAll(changes: readonly Change[]): Promise<void> {
  return store()('readwrite', (s) => {
    for (const [key, value] of changes) {
      if (value === undefined) s.delete(key);
      else s.put(value, key);
    }
    return promisifyRequest(s.transaction);
  });
}

export interface FileWrite {
  id: string;
  /** The entry and its place; null when the file is gone. */
  entry: FileEntry | null;
  position: number;
  /** The record to write with it, when it changed. */
  record?: LetterRecord;
}

/** Files' entries with their records, in one transaction; a file gone loses its entry and record. */
export const saveFiles = (files: readonly FileWrite[]) =>
  writeAll(
    files.flatMap(({ id, entry, position, record }): Change[] =>
      entry
        ? [...(record ? [[recordKey(id), record] as Change] : []), [entryKey(id), { entry, position } satisfies SavedEntry]]
        : [
            [entryKey(id), undefined],
            [recordKey(id), undefined],
          ],
    ),
  );

/** The entries and records of these files as saved (another tab wrote them); null for a file gone. */
export async function loadFiles(ids: readonly string[]): Promise<{ id: string; entry: FileEntry | null; record: unknown }[]> {
  const values = await getMany<unknown>(
    ids.flatMap((id) => [entryKey(id), recordKey(id)]),
    store(),
  );
  return ids.map((id, i) => ({ id, entry: (values[2 * i] as SavedEntry | undefined)?.entry ?? null, record: values[2 * i + 1] }));
}

/** Review keys to put (a value) or delete (undefined), in one transaction. */
export const saveReviewParts = (changes: readonly [string, ReviewPart | undefined][]) => writeAll(changes);
export async function loadReviewParts(names: readonly string[]): Promise<[string, unknown][]> {
  const values = await getMany<unknown>([...names], store());
  return names.map((key, i) => [key, values[i]]);
}

/** A session of schema 3 or older: its whole list and whole review become schema 4's keys. */
export const migrateLegacy = (entries: readonly FileEntry[], review: ReviewState) =>
  writeAll([
    ...entries.map((entry, position): Change => [entryKey(entry.id), { entry, position } satisfies SavedEntry]),
    ...reviewParts(review),
    [LEGACY_ENTRIES, undefined],
    [LEGACY_REVIEW, undefined],
  ]);

export const saveSchema = () => set(SCHEMA, SESSION_SCHEMA, store());
export const saveView = (view: ViewState) => set(VIEW, view, store());
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
  await writeAll([
    [entryKey(id), undefined],
    [recordKey(id), undefined],
    [bytesKey(id), undefined],
  ]);
}

export const clearSession = () => clear(store());
