import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notify, resetSession } from './actions.ts';
import { useAppStore } from './app-store.ts';
import { lettersInFlight, NOTICE_MS, startNoticeExpiry } from './notice-expiry.ts';

const texts = () => useAppStore.getState().notices.map((n) => n.text);
const last = () => useAppStore.getState().notices.at(-1)!;

describe('notices expire', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetSession();
  });
  afterEach(() => vi.useRealTimers());

  it('go away by themselves after their time, errors later than information', () => {
    notify('info', 'Duplicate not added.');
    const stopInfo = startNoticeExpiry(last(), false);
    notify('error', 'Some files could not be added.');
    startNoticeExpiry(last(), false);
    vi.advanceTimersByTime(NOTICE_MS.info - 1);
    expect(texts()).toEqual(['Duplicate not added.', 'Some files could not be added.']);
    vi.advanceTimersByTime(1);
    expect(texts()).toEqual(['Some files could not be added.']);
    stopInfo(); // stopping a countdown that already ran changes nothing
    vi.advanceTimersByTime(NOTICE_MS.error - NOTICE_MS.info - 1);
    expect(texts()).toEqual(['Some files could not be added.']);
    vi.advanceTimersByTime(1);
    expect(texts()).toEqual([]);
    expect(NOTICE_MS.error).toBeGreaterThan(NOTICE_MS.warning);
    expect(NOTICE_MS.warning).toBeGreaterThan(NOTICE_MS.info);
  });

  it('stay while held (pointer, focus, letters being read), then get their full time again', () => {
    notify('warning', '2 files were skipped.');
    startNoticeExpiry(last(), true);
    vi.advanceTimersByTime(10 * NOTICE_MS.error);
    expect(texts()).toEqual(['2 files were skipped.']);
    // Released, held again before its time, released again: the time starts over.
    let stop = startNoticeExpiry(last(), false);
    vi.advanceTimersByTime(NOTICE_MS.warning - 1);
    stop();
    vi.advanceTimersByTime(NOTICE_MS.warning);
    expect(texts()).toEqual(['2 files were skipped.']);
    stop = startNoticeExpiry(last(), false);
    vi.advanceTimersByTime(NOTICE_MS.warning - 1);
    expect(texts()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(texts()).toEqual([]);
  });

  it('count letters as being read while a run is going or files are being added', () => {
    expect(lettersInFlight({ run: null, intakePending: 0 })).toBe(false);
    expect(lettersInFlight({ run: null, intakePending: 3 })).toBe(true);
    expect(lettersInFlight({ run: { total: 2, done: 1, startedAt: 0, finishedAt: null }, intakePending: 0 })).toBe(true);
    expect(lettersInFlight({ run: { total: 2, done: 2, startedAt: 0, finishedAt: 5 }, intakePending: 0 })).toBe(false);
  });

  it('keep only the newest five on screen', () => {
    for (let i = 1; i <= 7; i++) notify('info', `Notice ${i}`);
    expect(texts()).toEqual(['Notice 3', 'Notice 4', 'Notice 5', 'Notice 6', 'Notice 7']);
  });
});
