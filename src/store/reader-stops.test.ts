import { describe, expect, it } from 'vitest';
import { fakeEntry } from '../test-support/test-records.ts';
import { afterReaderStopped, mayTryAgain, stoppedForGood } from './reader-stops.ts';
import { applyParseEvents, markQueued, resetSession, addEntry } from './actions.ts';
import { useAppStore } from './app-store.ts';
import type { LetterRecord } from '../extract/record.ts';

describe('a file its reader stopped under', () => {
  it('fails at once the first time, with Try again; the second time for good, saying so', () => {
    const once = afterReaderStopped(fakeEntry('a', 'reading'), 'out of memory');
    expect(once).toMatchObject({ state: 'failed', readerStops: 1, code: 'reader-stopped' });
    expect(once.message).toBe(
      'The reader stopped unexpectedly on this file (out of memory): it may be damaged or too large to read. Try again reads it once more.',
    );
    expect([mayTryAgain(once), stoppedForGood(once)]).toEqual([true, false]);
    const twice = afterReaderStopped({ ...once, state: 'reading' }, 'the page itself stopped while it was being read');
    expect(twice.message).toMatch(
      /^The reader stopped unexpectedly twice on this file \(the page itself stopped while it was being read\)/,
    );
    expect([mayTryAgain(twice), stoppedForGood(twice)]).toEqual([false, true]);
  });

  it('keeps the count through a new read (the store), and keeps a record it had before', () => {
    resetSession();
    addEntry(fakeEntry('b', 'reading'));
    applyParseEvents([{ kind: 'stopped', id: 'b', reason: 'worker exited' }]);
    markQueued(['b']);
    applyParseEvents([{ kind: 'reading', id: 'b' }]);
    expect(useAppStore.getState().files['b']).toMatchObject({ state: 'reading', readerStops: 1 });
    const kept = { file: 'b.pdf', status: 'ok', problems: [], items: [] } as unknown as LetterRecord;
    applyParseEvents([{ kind: 'stopped', id: 'b', reason: 'worker exited', kept }]);
    const { files, records } = useAppStore.getState();
    expect(files['b']).toMatchObject({ readerStops: 2 });
    expect(files['b']!.state).not.toBe('failed');
    expect(records['b']).toBe(kept);
  });
});
