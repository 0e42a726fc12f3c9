import { describe, expect, it } from 'vitest';
import type { FileEntry, FileState } from './file-entry.ts';
import { selectFinishedEntries } from './finished-entries.ts';

const entry = (id: string, state: FileState): FileEntry => ({
  id,
  name: `${id}.pdf`,
  size: 1,
  state,
  message: null,
  code: null,
  addedAt: 0,
});

describe('selectFinishedEntries', () => {
  it('lists finished files in order, and answers with the same array until they change', () => {
    const files = { a: entry('a', 'done'), b: entry('b', 'queued'), c: entry('c', 'failed') };
    const order = ['c', 'a', 'b'];
    const first = selectFinishedEntries({ order, files });
    expect(first.map((e) => e.id)).toEqual(['c', 'a']);
    expect(selectFinishedEntries({ order, files })).toBe(first);

    // b starts reading: a new files object, the same finished entries.
    const reading = { ...files, b: entry('b', 'reading') };
    expect(selectFinishedEntries({ order, files: reading })).toBe(first);

    // b is done: a new list.
    const done = { ...reading, b: entry('b', 'attention') };
    const second = selectFinishedEntries({ order, files: done });
    expect(second).not.toBe(first);
    expect(second.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
