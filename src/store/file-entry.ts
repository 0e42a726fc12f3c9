// What the page knows about one dropped file, apart from its parsed record.
// Lives in its own module so the store, the session and the table agree on one shape.

/**
 * queued → reading → done | attention | failed. 'interrupted' is a file that was queued or being read
 * when the page died (or the user pressed Cancel): it can be resumed.
 */
export type FileState = 'queued' | 'reading' | 'done' | 'attention' | 'failed' | 'interrupted';

export interface FileEntry {
  /** sha256 of the file's bytes: the identity used to refuse duplicates and to key stored bytes. */
  id: string;
  /** Display name (a path inside a folder or zip is kept). */
  name: string;
  size: number;
  state: FileState;
  /** What the user should know about this file (the first problem, the failure reason). */
  message: string | null;
  /** Problem code of the first error ('password' lets the files panel offer a password prompt). */
  code: string | null;
  addedAt: number;
  /** One of the bundled sample letters (a labelled group, never mixed with the user's letters). */
  sample?: boolean;
  /**
   * Opened from a records file (the CLI's output: intake/import-records.ts) without the letter's own
   * file: no bytes are stored, so it is never read again until its file is added (matched by sha256).
   */
  imported?: boolean;
}

export const FINISHED_STATES: ReadonlySet<FileState> = new Set(['done', 'attention', 'failed']);
export const PENDING_STATES: ReadonlySet<FileState> = new Set(['queued', 'reading']);
