// A page closed cleanly died under none of the files it read, including one it finished reading
// whose record was not yet saved when it closed (the session still says "reading"); a page that died
// wrote nothing, so the files it was reading are the ones it died under.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const listeners = new Map<string, (event: unknown) => void>();
const stored = new Map<string, string>();

beforeEach(() => {
  vi.resetModules();
  listeners.clear();
  stored.clear();
  vi.stubGlobal('addEventListener', (type: string, listener: (event: unknown) => void) => listeners.set(type, listener));
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
});

describe('reading marks', () => {
  it('a page closed cleanly is blamed for no file it was reading or had just read', async () => {
    const { holdReadingMark, readsThePageDiedUnder } = await import('./reading-marks.ts');
    const endA = holdReadingMark('a');
    holdReadingMark('b');
    endA(); // read to the end; its record may not be saved yet
    listeners.get('pagehide')!({});
    expect(await readsThePageDiedUnder(['a', 'b', 'c'])).toEqual(['c']);
  });

  it('a page that died (no pagehide) is blamed for the files saved as being read', async () => {
    const { holdReadingMark, readsThePageDiedUnder } = await import('./reading-marks.ts');
    holdReadingMark('a')();
    holdReadingMark('b');
    expect(await readsThePageDiedUnder(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('the record of a clean close is used once', async () => {
    const { holdReadingMark, readsThePageDiedUnder } = await import('./reading-marks.ts');
    holdReadingMark('a');
    listeners.get('pagehide')!({});
    expect(await readsThePageDiedUnder(['a'])).toEqual([]);
    expect(await readsThePageDiedUnder(['a'])).toEqual(['a']);
  });
});
