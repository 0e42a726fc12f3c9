// Removing files the user no longer wants: out of the store (rows, counts, facets and exports follow,
// being derived) and out of IndexedDB (record and bytes). Their review is kept, keyed by sha256, so a
// letter added again comes back reviewed.
import { removeEntries } from '../store/actions.ts';
import { forgetFile } from '../storage/session-db.ts';
import { stopParsing } from '../parsing/page/parse-queue.ts';

export function removeFiles(ids: readonly string[]): void {
  if (ids.length === 0) return;
  stopParsing(ids);
  removeEntries(ids);
  for (const id of ids) void forgetFile(id).catch(() => undefined);
}
