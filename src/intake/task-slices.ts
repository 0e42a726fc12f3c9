// Work on the page's thread in slices, so no one task runs long. The first touch of a picked File
// (reading its size, starting a read, even posting it to a worker) is a synchronous round trip to the
// browser process: about half a millisecond on a quiet machine, several when parse workers keep the
// cores busy. How many fit in a task therefore depends on load, so a slice is measured in time, not
// in files.

/** A slice gives the thread back after this long. */
export const SLICE_MS = 8;

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Returns `slice()`: awaited between steps, it resolves at once while the current slice has run under
 * `budgetMs`, else in a new task, which starts the next slice.
 */
export function taskSlicer(budgetMs = SLICE_MS): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < budgetMs) return;
    await nextTask();
    started = performance.now();
  };
}
