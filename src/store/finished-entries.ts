// The finished files (the ones that make table rows), in the order they were added, as a selector
// that costs nothing when neither `order` nor `files` has changed. Every store update runs every
// subscribed selector: saving the session, a notice or the progress would otherwise walk all
// 10,000 files each time (several milliseconds) to find that nothing changed.
import type { AppState } from './app-store.ts';
import { FINISHED_STATES, type FileEntry } from './file-entry.ts';

let last: { order: AppState['order']; files: AppState['files']; finished: FileEntry[] } | null = null;

/**
 * The same array as last time when the finished entries are the same ones, so that a file moving
 * from queued to reading does not rebuild the rows and every row model of a table of thousands.
 */
export function selectFinishedEntries(state: Pick<AppState, 'order' | 'files'>): FileEntry[] {
  if (last && last.order === state.order && last.files === state.files) return last.finished;
  const next: FileEntry[] = [];
  for (const id of state.order) {
    const entry = state.files[id];
    if (entry && FINISHED_STATES.has(entry.state)) next.push(entry);
  }
  const previous = last?.finished;
  const same = previous !== undefined && previous.length === next.length && next.every((entry, i) => entry === previous[i]);
  last = { order: state.order, files: state.files, finished: same ? previous : next };
  return last.finished;
}
