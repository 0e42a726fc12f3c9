// The page's long main-thread tasks over a stretch of work, apart from the one task in which the
// browser hands the page picked files: that one builds a File object for every file before any of the
// app's code runs (the same for a bare <input type=file>), so it is the browser's, not the app's.
// Shared by the benchmark and the scale test.
import type { Page } from '@playwright/test';

interface Watch {
  __longTasks: [start: number, duration: number][];
  __pickedAt: number[];
}

/** Observes long tasks from the page's first moment (call before it loads); buffered, read by longestTasks. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Watch;
    w.__longTasks = [];
    w.__pickedAt = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration]))).observe({
      type: 'longtask',
      buffered: true,
    });
    // When the file input's change event fires: inside the browser's own task that delivers the pick.
    addEventListener('change', () => w.__pickedAt.push(performance.now()), { capture: true });
  });
}

/** Forgets the long tasks seen so far (those of loading the page). */
export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as Watch).__longTasks = []));
}

/** The longest task of the app's, and apart from it the longest that delivered picked files, in ms. */
export function longestTasks(page: Page): Promise<{ app: number; pick: number }> {
  return page.evaluate(() => {
    const w = window as unknown as Watch;
    // No named helper functions in here: tsx would wrap them in a __name() the page does not have.
    const picks = w.__longTasks.map(([start, duration]) => w.__pickedAt.some((t) => t >= start && t <= start + duration));
    return {
      app: Math.max(0, ...w.__longTasks.filter((_, i) => !picks[i]).map(([, d]) => d)),
      pick: Math.max(0, ...w.__longTasks.filter((_, i) => picks[i]).map(([, d]) => d)),
    };
  });
}
