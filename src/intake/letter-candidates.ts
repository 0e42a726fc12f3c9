// What intake handles: dropped files as candidates, and what it skips. Which files are worth reading
// as letters is decided by document/letter-kinds.ts (names and signatures), the rule the CLI and the
// document readers share, so a folder full of spreadsheets and .DS_Store files does not fill the files panel.

export interface Candidate {
  /** Path-like display name ("folder/sub/letter.pdf", "archive.zip/letter.pdf"). */
  name: string;
  blob: Blob;
}

export interface Skipped {
  name: string;
  reason: string;
}

/** Hidden files and OS clutter are never letters and not worth a "skipped" line. */
export function isClutter(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return base.startsWith('.') || name.includes('__MACOSX/') || base === 'Thumbs.db' || base === 'desktop.ini';
}
