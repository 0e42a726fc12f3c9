// The one way letters enter the session (drop, pickers, samples): each file is hashed on the page,
// refused if the same bytes are already here, stored in IndexedDB and queued for a parse worker.
// Files are read one at a time, so a drop of thousands never holds all their bytes at once.
import { addEntry, hasFile, markQueued, notify, setIntakePending } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { cancellationCount, enqueueParse } from '../parsing/page/parse-queue.ts';
import { saveBytes } from '../session/session-db.ts';
import { MAX_FILE_BYTES } from '../parsing/protocol.ts';
import type { Candidate } from './letter-candidates.ts';
import { expandCandidates } from './expand-candidates.ts';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function addLetters(sources: readonly Candidate[]): Promise<void> {
  if (sources.length === 0) return;
  setIntakePending(sources.length);
  let pending = sources.length;
  const cancelledAt = cancellationCount();
  try {
    const { letters, skipped } = await expandCandidates(sources);
    setIntakePending(letters.length - pending);
    pending = letters.length;
    const duplicates: string[] = [];
    for (const letter of letters) {
      if (letter.blob.size > MAX_FILE_BYTES) {
        // Refused before a byte is read: a multi-GB file must not be pulled into the tab to be hashed.
        addOversized(letter.name, letter.blob.size);
        setIntakePending(-1);
        pending--;
        continue;
      }
      const bytes = await letter.blob.arrayBuffer();
      const id = await sha256Hex(bytes);
      setIntakePending(-1);
      pending--;
      if (hasFile(id)) {
        duplicates.push(`${letter.name} (same as ${useAppStore.getState().files[id]?.name ?? 'a letter already here'})`);
        continue;
      }
      // Stored before it is queued: the session can always give the source view the original bytes.
      await saveBytes(id, bytes);
      // Cancel pressed while this drop was still being added: keep the file, but do not read it.
      const cancelled = cancellationCount() !== cancelledAt;
      addEntry({
        id,
        name: letter.name,
        size: bytes.byteLength,
        state: cancelled ? 'interrupted' : 'queued',
        message: cancelled ? 'Cancelled before it was read.' : null,
        code: null,
        addedAt: Date.now(),
      });
      if (cancelled) continue;
      markQueued([id]);
      enqueueParse(id, letter.name, letter.blob);
    }
    if (duplicates.length > 0) {
      notify(
        'warning',
        duplicates.length === 1
          ? 'Duplicate not added: this letter is already in the session.'
          : `${duplicates.length} duplicates not added: these letters are already in the session.`,
        duplicates,
      );
    }
    if (skipped.length > 0) {
      notify(
        'info',
        `${skipped.length} ${skipped.length === 1 ? 'file was' : 'files were'} skipped.`,
        skipped.map((s) => `${s.name}: ${s.reason}`),
      );
    }
  } catch (error) {
    notify('error', `Some files could not be added: ${(error as Error).message}`);
  } finally {
    setIntakePending(-pending);
  }
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** A file too big to read: listed (and shown as a row) as failed, under an id made from its name and size. */
function addOversized(name: string, size: number): void {
  const id = `oversized:${size}:${name}`;
  if (hasFile(id)) return;
  const message = `The file is ${megabytes(size)}; letters over ${megabytes(MAX_FILE_BYTES)} are not read.`;
  addEntry({ id, name, size, state: 'failed', message, code: 'too-big', addedAt: Date.now() });
}

/** "Try sample letters": the files listed in public/samples/index.json, fetched from the app itself. */
export async function addSampleLetters(): Promise<void> {
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
  await addLetters(sources);
}
