// A file under which a reader stopped unexpectedly (its Web Worker died, or the page itself did): it
// fails at once, its count of stops kept on its entry (and so with the session). Once it is tried again
// by the user and stops a reader a second time, it is failed for good: not by Resume, not after a
// reload, not after an update is it read again by itself, so a letter that takes a tab down cannot do
// it over and over.
import { limitMessages, MAX_READER_STOPS } from '../limits/limits.ts';
import type { FileEntry } from './file-entry.ts';

/** The file stopped a reader as often as is allowed: it is never read again unless the user adds it anew. */
export const stoppedForGood = (entry: FileEntry) => (entry.readerStops ?? 0) >= MAX_READER_STOPS;

/** The file can be tried once more (a button in the files panel). */
export const mayTryAgain = (entry: FileEntry) => entry.state === 'failed' && entry.code === READER_STOPPED && !stoppedForGood(entry);

/** The problem code of a file failed because its reader stopped. */
export const READER_STOPPED = 'reader-stopped';

/**
 * The entry after a reader stopped under it (`reason`: how, as far as is known). `keptState`: the state
 * of the record the file already had (it was being read again after an update): that record stays.
 */
export function afterReaderStopped(entry: FileEntry, reason: string, keptState?: Pick<FileEntry, 'state' | 'message' | 'code'>): FileEntry {
  const readerStops = (entry.readerStops ?? 0) + 1;
  if (keptState) return { ...entry, ...keptState, readerStops };
  const message =
    readerStops >= MAX_READER_STOPS
      ? limitMessages.stoppedTwice(reason)
      : `${limitMessages.stoppedUnexpectedly(reason)} ${limitMessages.tryAgainOnce}`;
  return { ...entry, state: 'failed', message, code: READER_STOPPED, readerStops };
}
