// Figures 3 and 4: the built app in headless Chromium.
// 3. Dropping 1,000 real letters (the corpus repeated; each copy made distinct by a trailing PDF
//    comment so the app's duplicate check keeps it): time to the last row shown, peak JS heap, and
//    the longest main-thread task while parsing.
// (4. The table at 10,000 and 100,000 letters: table.ts. Insights at 10,000 letters: insights.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { samplePeakHeap } from '../scripts/peak-heap.ts';
import { clearLongTasks, longestTasks, watchLongTasks } from '../scripts/long-tasks.ts';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { corpusPdfs, repeatTo } from './corpus.ts';
import type { Figure } from './figures.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4190);

/** `dist`: a build other than dist/ (the table part serves the benchmark's build, dist-bench/). */
export async function withApp<T>(run: (page: Page) => Promise<T>, options: { dist?: string } = {}): Promise<T> {
  const server = await preview({
    build: options.dist ? { outDir: options.dist } : {},
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // No service worker: its first-visit caching of the whole app would run under the figures (as in the e2e tests).
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    await watchLongTasks(page);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('.app[data-hydrated="true"]').waitFor();
    return await run(page);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** Picks files through the app's file input and returns the seconds until every one is parsed and its rows shown. */
async function addAndWait(page: Page, paths: string[]): Promise<{ seconds: number; peakHeapMB: number }> {
  const heap = await samplePeakHeap(page);
  let peak = 0;
  await clearLongTasks(page);
  const started = performance.now();
  try {
    await page.getByTestId('file-input').setInputFiles(paths);
    await page.waitForFunction(
      // The files panel's counts, not its rows: a long list is virtualized, so most rows are not in the page.
      ({ count, label }) => {
        const panel = document.querySelector('[data-testid="files-panel"]');
        return (
          panel?.getAttribute('data-total') === String(count) &&
          panel.getAttribute('data-pending') === '0' &&
          (document.querySelector('[data-testid="summary"]')?.textContent ?? '').includes(`in ${label} letters`)
        );
      },
      { count: paths.length, label: paths.length.toLocaleString('en-US') },
      { timeout: 1_800_000, polling: 100 },
    );
  } finally {
    peak = await heap.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peakHeapMB: peak / 1024 / 1024 };
}

export async function appParseFigures(count = 1000): Promise<Figure[]> {
  const pdfs = corpusPdfs();
  if (pdfs.length === 0) return [{ name: 'app', value: 'skipped: ../shared/corpus/letters not found' }];
  const dir = mkdtempSync(join(tmpdir(), 'imr-lens-bench-'));
  try {
    const paths = repeatTo(pdfs, count)
      .slice(0, count)
      .map((source, n) => {
        const path = join(dir, `${String(n).padStart(4, '0')}-${basename(source)}`);
        writeFileSync(path, Buffer.concat([readFileSync(source), Buffer.from(`\n% bench copy ${n}\n%%EOF\n`)]));
        return path;
      });
    return await withApp(async (page) => {
      const { seconds, peakHeapMB } = await addAndWait(page, paths);
      const tasks = await longestTasks(page);
      return [
        { name: `app: ${count} real letters picked to last row shown (target < 20 s)`, value: seconds, unit: 's' },
        { name: 'app: letters/s', value: count / seconds, unit: 'letters/s' },
        { name: 'app: peak JS heap (page)', value: peakHeapMB, unit: 'MB' },
        { name: 'app: longest main-thread task while parsing (target < 50 ms)', value: tasks.app, unit: 'ms' },
        { name: `app: the browser delivering the ${count} picked files (one task, before the app runs)`, value: tasks.pick, unit: 'ms' },
      ];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `act` in the page and resolves with the milliseconds until `done` holds at a frame after it (NaN past `limitMs`). */
export async function timeInPage(page: Page, act: string, done: string, limitMs = 30_000): Promise<number> {
  return page.evaluate(
    async ({ act, done, limitMs }) => {
      const check = new Function(`return (${done})`) as () => boolean;
      const t0 = performance.now();
      new Function(act)();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        if (check()) return performance.now() - t0;
        if (performance.now() - t0 > limitMs) return Number.NaN;
      }
    },
    { act, done, limitMs },
  );
}
