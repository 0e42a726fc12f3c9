// The browser's storage for this site is full (IndexedDB refused a write for its quota): said as such,
// with what frees it, instead of the error's own words (often none at all).

export function isStorageFull(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
}

/** What frees room for imr-lens in this browser. */
export const FREE_STORAGE =
  "remove letters you no longer need (or export your work and Clear all), or free space in this browser's storage for other sites";

/** The words for a session write refused for room; null for any other failure. */
export function storageFullWords(error: unknown): string | null {
  return isStorageFull(error) ? `This browser's storage is full, so your latest changes are not saved: ${FREE_STORAGE}.` : null;
}

/** The words for files whose copies could not be stored, so were not added. */
export function filesNotStoredWords(count: number): string {
  const files = count === 1 ? '1 file was' : `${count} files were`;
  return `This browser's storage is full: ${files} not added (listed below). To add ${count === 1 ? 'it' : 'them'}, ${FREE_STORAGE}, then add ${count === 1 ? 'it' : 'them'} again.`;
}
