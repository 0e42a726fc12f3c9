// The one way letters enter the session (drop, pickers, samples): each file is hashed on the page,
// refused if the same bytes are already here, stored in IndexedDB and queued for a parse worker. A
// records file (the CLI's output) is opened as the letters it describes (import-records.ts); a letter's
// file added after its record is matched to it by sha256: its bytes are stored, it is not a second letter.
// Files go through in batches (a sliding window: at most BATCH_FILES files or BATCH_BYTES bytes read
// at once), so a drop of thousands never holds all their bytes, costs one IndexedDB transaction and
// one store update per batch rather than per file, and hashes a batch's files concurrently.
import { addEntries, hasFile, notify, setIntakePending } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { FileEntry } from '../store/file-entry.ts';
import { cancellationCount, enqueueParse, reparse } from '../parsing/page/parse-queue.ts';
import { ENGINE_VERSION } from '../extract/engine-version.ts';
import { importRecords } from './import-records.ts';
import { saveBytesMany } from '../storage/session-db.ts';
import { filesNotStoredWords, isStorageFull } from '../session/storage-full.ts';
import { removeFiles } from '../session/remove-files.ts';
import { limitMessages, MAX_FILE_BYTES, errorWords } from '../limits/limits.ts';
import type { Candidate } from './letter-candidates.ts';
import { expandCandidates } from './expand-candidates.ts';
import { sha256Hex } from '../document/sha256.ts';
import { nextTask, taskSlicer } from './task-slices.ts';

/** At most this many files' bytes are held by intake at once... */
export const BATCH_FILES = 32;
/** ...and at most this many bytes (a single file over it is read alone). */
export const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Ids being added by a drop but not yet in the store: a second drop running at the same time (or a
 * later file of the same batch) with the same bytes is a duplicate too.
 */
const claimed = new Map<string, string>();

/**
 * The next batch of letters from `start`: up to BATCH_FILES files and BATCH_BYTES bytes (at least
 * one file). Reading a picked File's size is a synchronous look-up (see task-slices.ts), so the
 * look-ups are spread over slices.
 */
async function nextBatch(letters: readonly Candidate[], start: number, slice: () => Promise<void>): Promise<Candidate[]> {
  const batch: Candidate[] = [];
  let bytes = 0;
  for (let i = start; i < letters.length && batch.length < BATCH_FILES; i++) {
    await slice();
    const size = letters[i]!.blob.size;
    if (batch.length > 0 && bytes + size > BATCH_BYTES) break;
    batch.push(letters[i]!);
    bytes += size;
  }
  return batch;
}

interface ReadLetter {
  letter: Candidate;
  /** Null when the file is over MAX_FILE_BYTES: refused before a byte is read. */
  bytes: ArrayBuffer | null;
  id: string | null;
}

async function readLetter(letter: Candidate): Promise<ReadLetter> {
  // A multi-GB file must not be pulled into the tab to be hashed.
  if (letter.blob.size > MAX_FILE_BYTES) return { letter, bytes: null, id: null };
  const bytes = await letter.blob.arrayBuffer();
  return { letter, bytes, id: await sha256Hex(bytes) };
}

export async function addLetters(sources: readonly Candidate[], { sample = false } = {}): Promise<void> {
  // The user's own letters and the sample letters never mix: the samples make way, and the user is told.
  if (!sample) {
    const samples = Object.values(useAppStore.getState().files)
      .filter((e) => e.sample)
      .map((e) => e.id);
    if (samples.length > 0 && sources.length > 0) {
      removeFiles(samples);
      notify('info', 'The sample letters were removed so that they do not mix with your letters.');
    }
  }
  if (sources.length === 0) return;
  setIntakePending(sources.length);
  let pending = sources.length;
  const cancelledAt = cancellationCount();
  const mine: string[] = [];
  const notStored: string[] = [];
  try {
    const { letters, recordFiles, skipped } = await expandCandidates(sources);
    setIntakePending(letters.length + recordFiles.length - pending);
    pending = letters.length + recordFiles.length;
    // Records first: a letter's file dropped with them is then matched to its record, not read again.
    for (const file of recordFiles) {
      if (!(await importRecords(file))) skipped.push({ name: file.name, reason: limitMessages.notALetter });
      setIntakePending(-1);
      pending--;
    }
    const duplicates: string[] = [];
    /** Entries of letters opened from records whose files came in this drop; and those whose bytes were stored. */
    const attached: FileEntry[] = [];
    const matched: string[] = [];
    const slice = taskSlicer();
    for (let start = 0; start < letters.length;) {
      const batch = await nextBatch(letters, start, slice);
      start += batch.length;
      // Read and hashed concurrently; starting a read is a round trip to the browser too, so the
      // reads are started in slices.
      const reads: Promise<ReadLetter>[] = [];
      for (const letter of batch) {
        await slice();
        const read = readLetter(letter);
        // Handled by Promise.all below; until it is reached, a failed read must not count as unhandled.
        read.catch(() => {});
        reads.push(read);
      }
      const read = await Promise.all(reads);
      const fresh: { letter: Candidate; bytes: ArrayBuffer; id: string }[] = [];
      const oversized: FileEntry[] = [];
      for (const { letter, bytes, id } of read) {
        if (!bytes || !id) {
          const entry = oversizedEntry(letter.name, letter.blob.size);
          if (!hasFile(entry.id) && !oversized.some((e) => e.id === entry.id)) oversized.push(entry);
          continue;
        }
        const existing = useAppStore.getState().files[id];
        // The file of a letter opened from its record: its bytes are kept now, so its pages can be drawn.
        if (existing?.imported && !attached.some((e) => e.id === id)) {
          const { imported: _imported, ...entry } = existing;
          attached.push({ ...entry, size: bytes.byteLength });
          claimed.set(id, letter.name);
          mine.push(id);
          fresh.push({ letter, bytes, id });
          continue;
        }
        const known = existing?.name ?? claimed.get(id);
        if (known !== undefined) {
          duplicates.push(letter.name === known ? `${letter.name} (already added)` : `${letter.name} (same as ${known})`);
          continue;
        }
        claimed.set(id, letter.name);
        mine.push(id);
        fresh.push({ letter, bytes, id });
      }
      // Stored before they are queued: the session can always give the source view the original bytes.
      // A batch the storage has no room for is not added, and its files are named.
      if (fresh.length > 0 && !(await storeBytes(fresh))) {
        notStored.push(...fresh.map(({ letter }) => letter.name));
        for (const { id } of fresh) claimed.delete(id);
        fresh.length = 0;
      }
      // Cancel pressed while this drop was still being added: keep the files, but do not read them.
      const cancelled = cancellationCount() !== cancelledAt;
      const now = Date.now();
      const attaching = new Set(attached.map((e) => e.id));
      const entries: FileEntry[] = fresh
        .filter(({ id }) => !attaching.has(id))
        .map(({ letter, bytes, id }) => ({
          id,
          name: letter.name,
          size: bytes.byteLength,
          state: cancelled ? 'interrupted' : 'queued',
          message: cancelled ? limitMessages.cancelledBeforeRead : null,
          code: null,
          addedAt: now,
          ...(sample ? { sample: true } : {}),
        }));
      const nowAttached = attached.filter((e) => fresh.some((f) => f.id === e.id));
      addEntries([...oversized, ...entries, ...nowAttached], batch.length);
      matched.push(...nowAttached.map((e) => e.name));
      pending -= batch.length;
      for (const { id } of fresh) claimed.delete(id);
      if (!cancelled) for (const { letter, id } of fresh) if (!attaching.has(id)) enqueueParse(id, letter.name, letter.blob);
      // A record another engine made is read again now that its letter's bytes are here.
      const records = useAppStore.getState().records;
      const stale = nowAttached.filter((e) => records[e.id]?.engineVersion !== ENGINE_VERSION).map((e) => e.id);
      if (stale.length > 0 && !cancelled) reparse(stale);
      // The store update above re-rendered the page; the next batch starts in a task of its own.
      await nextTask();
    }
    if (duplicates.length > 0) {
      notify(
        'warning',
        duplicates.length === 1
          ? 'Duplicate not added: this letter is already in the session, so it is listed once.'
          : `${duplicates.length} duplicates not added: these letters are already in the session, so each is listed once.`,
        duplicates,
      );
    }
    if (matched.length > 0)
      notify(
        'info',
        `${matched.length === 1 ? '1 file was' : `${matched.length} files were`} matched to letters opened from their records: their pages are shown now.`,
        matched,
      );
    if (notStored.length > 0) notify('error', filesNotStoredWords(notStored.length), notStored);
    if (skipped.length > 0) {
      notify(
        'info',
        `${skipped.length} ${skipped.length === 1 ? 'file was' : 'files were'} skipped; the list says why.`,
        skipped.map((s) => `${s.name}: ${s.reason}`),
      );
    }
  } catch (error) {
    notify('error', `Some files could not be added (${errorWords(error)}): add them again.`);
  } finally {
    for (const id of mine) claimed.delete(id);
    setIntakePending(-pending);
  }
}

/** Stores a batch's bytes; false when the browser's storage is full (any other failure is thrown). */
async function storeBytes(fresh: readonly { id: string; bytes: ArrayBuffer }[]): Promise<boolean> {
  try {
    await saveBytesMany(fresh.map(({ id, bytes }) => [id, bytes]));
    return true;
  } catch (error) {
    if (isStorageFull(error)) return false;
    throw error;
  }
}

/** A file too big to read: listed (and shown as a row) as failed, under an id made from its name and size. */
function oversizedEntry(name: string, size: number): FileEntry {
  const message = limitMessages.tooBig(size);
  return { id: `oversized:${size}:${name}`, name, size, state: 'failed', message, code: 'too-big', addedAt: Date.now() };
}

/** "Try sample letters": the files listed in public/samples/index.json, fetched from the app itself. */
export async function addSampleLetters(): Promise<void> {
  if (Object.values(useAppStore.getState().files).some((e) => !e.sample)) {
    notify(
      'info',
      'The sample letters open only in an empty session, so they never mix with your letters: export your work and Clear all to try them.',
    );
    return;
  }
  const base = new URL('samples/', document.baseURI);
  let names: unknown;
  try {
    const response = await fetch(new URL('index.json', base));
    names = response.ok ? await response.json() : null;
  } catch {
    names = null;
  }
  if (!Array.isArray(names) || names.length === 0) {
    notify('warning', 'No sample letters are bundled with this build.');
    return;
  }
  const sources: Candidate[] = [];
  for (const name of names.filter((n): n is string => typeof n === 'string' && !n.includes('..'))) {
    const response = await fetch(new URL(name, base));
    if (response.ok) sources.push({ name, blob: await response.blob() });
  }
  await addLetters(sources, { sample: true });
}
