// What becomes of each saved file when a session is restored, decided apart from IndexedDB and the
// store so it can be tested: which come back as they were, which are set aside as interrupted, and
// which are read again because an older engine made their record.
import { ENGINE_VERSION } from '../extract/engine-version.ts';
import type { LetterRecord } from '../extract/record.ts';
import { stateForRecord } from '../store/actions.ts';
import { PENDING_STATES, type FileEntry } from '../store/file-entry.ts';

export interface RestorePlan {
  /** The entries to restore: a file caught mid-read that already has a record (a re-read after an update) is finished again. */
  entries: FileEntry[];
  /** Queued or being read when the page closed, with nothing read yet: set aside for Resume. */
  interrupted: string[];
  /**
   * Read again from their stored bytes: letters whose record an older engine made, and read letters
   * whose record is missing. A record is kept (shown in the current shape) until its new one comes,
   * and for good if the stored copy is gone. Letters whose record is current are never read again.
   */
  reread: string[];
  /** Of those, the read letters whose record was never saved (not an older engine's). */
  unsaved: string[];
}

/** `stored`: the records as saved (for their engine version); `records`: the same brought to the current shape. */
export function planRestore(
  entries: readonly FileEntry[],
  stored: Record<string, unknown>,
  records: Record<string, LetterRecord>,
  engineVersion = ENGINE_VERSION,
): RestorePlan {
  const interrupted: string[] = [];
  const reread: string[] = [];
  const unsaved: string[] = [];
  const restored = entries.map((entry): FileEntry => {
    const record = records[entry.id];
    const pending = PENDING_STATES.has(entry.state) || entry.state === 'interrupted';
    if (pending && !record) {
      if (entry.state !== 'interrupted') interrupted.push(entry.id);
      return entry;
    }
    const version = (stored[entry.id] as Partial<LetterRecord> | undefined)?.engineVersion;
    // A letter opened from its record (the CLI's output) has no stored bytes to read again: it stays as made.
    if (record && version !== engineVersion && !entry.imported) reread.push(entry.id);
    // A read letter without a record: read it again. A failed file without one failed before any
    // engine read it (too big, timed out, its copy unreadable): it stays as it is, with its message.
    if (!record && (entry.state === 'done' || entry.state === 'attention')) {
      reread.push(entry.id);
      unsaved.push(entry.id);
    }
    return pending && record ? { ...entry, ...stateForRecord(record) } : entry;
  });
  return { entries: restored, interrupted, reread, unsaved };
}
