// What the files panel shows of a read letter: its state after the review, by the one rule of "needs
// attention" the table's marks follow.
import type { LetterRecord } from '../extract/record.ts';
import { letterAttentionOf } from '../review-model/attention.ts';
import type { LetterReview } from '../review-model/review-model.ts';
import type { FileEntry, FileState } from '../store/file-entry.ts';

const shownEntries = new WeakMap<FileEntry, FileEntry>();

/**
 * A read letter's entry as the panel shows it: Done or Needs attention by the one rule the table's
 * `!` marks follow (review-model/attention.ts), the review laid over the reading, so a letter is Done
 * exactly when none of its rows shows a mark. The same object while its state is unchanged (rows are memoised by it).
 */
export function reviewedEntry(entry: FileEntry, record: LetterRecord | undefined, letter: LetterReview | undefined): FileEntry {
  if ((entry.state !== 'done' && entry.state !== 'attention') || !record) return entry;
  const state: FileState = letterAttentionOf(record, letter).needsAttention ? 'attention' : 'done';
  if (state === entry.state) return entry;
  const kept = shownEntries.get(entry);
  if (kept?.state === state) return kept;
  const shown = { ...entry, state };
  shownEntries.set(entry, shown);
  return shown;
}
