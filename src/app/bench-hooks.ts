// Only in the benchmark's build (`vite build --mode bench`, bench/table.ts): the store's own intake
// actions on `window`, so the benchmark can open 100,000 letters' records in batches through the path
// a reader of saved records takes (addEntries, then applyParseEvents), without the page parsing
// 100,000 letters first. main.tsx imports this module only when the build's mode is 'bench', so the
// app's production build holds none of it.
import { addEntries, applyParseEvents } from '../store/actions.ts';
import type { LetterRecord } from '../extract/record.ts';
import type { FileEntry } from '../store/file-entry.ts';

export interface BenchHooks {
  /** Each record becomes a finished file: its entry added, then its record, in two store updates. */
  openRecords(records: readonly LetterRecord[], addedAt: number): void;
}

export function exposeBenchHooks(): void {
  const hooks: BenchHooks = {
    openRecords(records, addedAt) {
      // Added as being read, so no worker is asked for them; applyParseEvents then sets each outcome.
      const entries = records.map((r): FileEntry => ({
        id: r.sha256,
        name: r.file,
        size: r.text.length,
        state: 'reading',
        message: null,
        code: null,
        addedAt,
      }));
      addEntries(entries);
      applyParseEvents(records.map((record) => ({ kind: 'parsed', id: record.sha256, record })));
    },
  };
  (window as unknown as { __imrLensBench: BenchHooks }).__imrLensBench = hooks;
}
