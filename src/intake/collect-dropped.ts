// Files out of a drop or a picker, with whole folders walked recursively. The browser only lets us
// ask a drop for its entries during the drop event itself, so the entries are taken synchronously
// and walked afterwards.
import type { Candidate } from './letter-candidates.ts';

type Pending = { entry: FileSystemEntry } | { file: File };

/** Call inside the 'drop' handler; the returned function may be awaited later. */
export function takeDroppedItems(dataTransfer: DataTransfer): () => Promise<Candidate[]> {
  const pending: Pending[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    // Drops built by scripts (and some platforms) have no file-system entry: fall back to the File.
    const entry = item.webkitGetAsEntry?.() ?? null;
    const file = entry ? null : item.getAsFile();
    if (entry) pending.push({ entry });
    else if (file) pending.push({ file });
  }
  if (pending.length === 0) {
    for (const file of Array.from(dataTransfer.files)) pending.push({ file });
  }
  return async () =>
    (await Promise.all(pending.map((p) => ('file' in p ? [{ name: p.file.name, blob: p.file }] : walkEntry(p.entry, ''))))).flat();
}

async function walkEntry(entry: FileSystemEntry, prefix: string): Promise<Candidate[]> {
  const path = prefix + entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ name: path, blob: file }];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns the directory in chunks (about 100 at a time in Chromium) until it returns none.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) break;
    children.push(...chunk);
  }
  const nested = await Promise.all(children.map((child) => walkEntry(child, `${path}/`)));
  return nested.flat();
}

/** Files from <input type="file"> (with or without webkitdirectory: the relative path is kept). */
export function candidatesFromFileList(files: FileList | readonly File[]): Candidate[] {
  return Array.from(files, (file) => ({ name: file.webkitRelativePath || file.name, blob: file }));
}
