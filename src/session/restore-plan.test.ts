import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../store/file-entry.ts';
import { stateForRecord } from '../store/actions.ts';
import type { LetterRecord } from '../extract/record.ts';
import { planRestore } from './restore-plan.ts';
import { fakeEntry } from '../test-support/test-records.ts';
import { upgradeRecord } from './upgrade-record.ts';

const CURRENT = 'engine-now';
const entry = fakeEntry;
const saved = (file: string, engineVersion?: string) => ({ file, status: 'ok', ...(engineVersion ? { engineVersion } : {}) });

function plan(entries: FileEntry[], stored: Record<string, unknown>) {
  const records: Record<string, LetterRecord> = {};
  for (const id in stored) records[id] = upgradeRecord(stored[id]);
  return { ...planRestore(entries, stored, records, CURRENT), records };
}

describe('restoring a session', () => {
  it('reads again only the letters an older engine read; current ones are left alone', () => {
    const { reread, unsaved, interrupted, entries } = plan(
      [entry('current', 'done'), entry('old', 'attention'), entry('unversioned', 'done')],
      {
        current: saved('current.pdf', CURRENT),
        old: saved('old.pdf', 'engine-before'),
        unversioned: saved('unversioned.pdf'),
      },
    );
    expect(reread).toEqual(['old', 'unversioned']);
    // An older engine's records, not unsaved ones: the page says "read by an earlier version".
    expect(unsaved).toEqual([]);
    expect(interrupted).toEqual([]);
    expect(entries.map((e) => e.state)).toEqual(['done', 'attention', 'done']);
  });

  it('never reads again a letter opened from its record (no bytes stored), whatever engine made it', () => {
    const imported = { ...entry('imported', 'done'), imported: true };
    const { reread, entries } = plan([imported, entry('old', 'done')], {
      imported: saved('imported.pdf', 'engine-before'),
      old: saved('old.pdf', 'engine-before'),
    });
    expect(reread).toEqual(['old']);
    expect(entries[0]).toEqual(imported);
  });

  it('keeps a failed file without a record as it is (too big, timed out), and reads a read letter whose record is missing', () => {
    const tooBig = entry('oversized:1:big.pdf', 'failed', 'The file is 60 MB; letters over 50 MB are not read.');
    const { reread, unsaved, entries } = plan([tooBig, entry('lost', 'done')], {});
    expect(reread).toEqual(['lost']);
    // Said as a reading that was not saved, never as one an earlier version made.
    expect(unsaved).toEqual(['lost']);
    expect(entries[0]).toBe(tooBig);
  });

  it('sets aside files caught before they were read, but a letter caught mid re-read keeps the record it had', () => {
    const { reread, interrupted, entries, records } = plan(
      [entry('waiting', 'queued'), entry('reading', 'reading'), entry('rereading-old', 'queued'), entry('rereading-current', 'reading')],
      { 'rereading-old': saved('rereading-old.pdf', 'engine-before'), 'rereading-current': saved('rereading-current.pdf', CURRENT) },
    );
    expect(interrupted).toEqual(['waiting', 'reading']);
    expect(reread).toEqual(['rereading-old']);
    expect(entries[2]).toMatchObject(stateForRecord(records['rereading-old']!));
    expect(entries[3]).toMatchObject(stateForRecord(records['rereading-current']!));
    expect(entries[3]!.state).not.toBe('reading');
  });
});
