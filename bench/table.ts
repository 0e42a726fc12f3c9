// Figure 4: the table and Insights with 10,000 and 100,000 letters, in the built app in headless Chromium.
// The letters (src/samples/synthetic-letters.ts) are read in Node by the app's own parse code
// (parseLetter, as the workers run it) once, into a JSON Lines file of records kept in the system's
// temporary folder (the CLI's --format jsonl shape; 100,000 letters take minutes to read, and the
// first 10,000 of them are the 10,000-letter run). The page then opens them as a reader of saved
// records would: batches of records through the store's own actions (addEntries + applyParseEvents,
// reached through the benchmark's build, src/app/bench-hooks.ts), with the longest main-thread task
// and the peak JS heap watched. Then, once the session is saved: a reload back to the rows, the JS
// heap, and the table's and Insights' answers. Figures are printed, never asserted.
import { createReadStream, existsSync, mkdirSync, renameSync, createWriteStream } from 'node:fs';
import { execSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import { engineVersion } from '../scripts/engine-version.mjs';
import { samplePeakHeap } from '../scripts/peak-heap.ts';
import { clearLongTasks, longestTasks } from '../scripts/long-tasks.ts';
import { parseLetter } from '../src/parsing/worker/parse-letter.ts';
import { syntheticLetters } from '../src/samples/synthetic-letters.ts';
import { timeInPage, withApp } from './app.ts';
import { writeSavedSession } from '../scripts/saved-session.ts';
import { stateForRecord } from '../src/store/actions.ts';
import { entryKey, SESSION_SCHEMA } from '../src/storage/session-db.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import type { FileEntry } from '../src/store/file-entry.ts';
import { insightsShown } from './insights.ts';
import { printFigures, type Figure } from './figures.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The benchmark's build of the app: the production build plus bench-hooks.ts (main.tsx, mode 'bench'). */
const BENCH_DIST = join(ROOT, 'dist-bench');
const SEED = 2026;
/** Records handed to the page per store update (a reader of saved records batches them likewise). */
const BATCH = 250;
/** An interaction not done after this long is printed as not answered. */
const LIMIT_MS = 120_000;

const log = (what: string) => process.env.TABLE_LOG && console.error(`[table] ${new Date().toISOString().slice(11, 19)} ${what}`);

/** The JSON Lines file holding the records of the first `count` synthetic letters (made once, then reused). */
async function recordsFile(count: number): Promise<string> {
  const dir = join(tmpdir(), 'imr-lens-bench-records');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `synthetic-${SEED}-${count}-${engineVersion(ROOT)}.jsonl`);
  if (existsSync(path)) return path;
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const encoder = new TextEncoder();
  const version = engineVersion(ROOT);
  for (const [n, letter] of syntheticLetters(count, SEED).entries()) {
    const bytes = encoder.encode(letter.text);
    const record = await parseLetter({ name: letter.name, bytes: bytes.buffer as ArrayBuffer });
    if (!out.write(JSON.stringify({ ...record, engineVersion: version }) + '\n'))
      await new Promise<void>((r) => out.once('drain', () => r()));
    if (n % 10_000 === 9_999) log(`${n + 1} letters read in Node`);
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  renameSync(partial, path);
  return path;
}

/** The first `count` lines of `path`, `size` at a time. */
async function* lineBatches(path: string, count: number, size: number): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let batch: string[] = [];
  let taken = 0;
  for await (const line of lines) {
    batch.push(line);
    if (++taken === count || batch.length === size) {
      yield batch.join('\n');
      batch = [];
    }
    if (taken === count) break;
  }
  lines.close();
  if (batch.length > 0) yield batch.join('\n');
}

const summaryShows = (page: Page, letters: number, timeout: number) =>
  page
    .getByTestId('summary')
    .filter({ hasText: `in ${letters.toLocaleString('en-US')} letters` })
    .waitFor({ timeout });

const idle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));

/** Opening stops after this long (env BENCH_OPEN_LIMIT_S): an opening that slows as it grows would run for hours. */
const OPEN_LIMIT_MS = Number(process.env.BENCH_OPEN_LIMIT_S ?? 300) * 1000;

interface Opening {
  opened: number;
  /** Milliseconds each batch of BATCH records took, page side included, in order. */
  batchMs: number[];
}

/**
 * Opens the records through the store's actions, a batch per task, until all are open or
 * OPEN_LIMIT_MS has passed. Each batch's JSON is parsed in slices of 25 lines, a task each, so the
 * long tasks seen are the app's, not the benchmark's parsing.
 */
async function openRecords(page: Page, path: string, count: number): Promise<Opening> {
  const started = performance.now();
  const batchMs: number[] = [];
  let opened = 0;
  for await (const text of lineBatches(path, count, BATCH)) {
    const t = performance.now();
    await page.evaluate(
      async ({ text, at }) => {
        const lines = text.split('\n');
        const records = [];
        for (let i = 0; i < lines.length; i += 25) {
          for (const line of lines.slice(i, i + 25)) records.push(JSON.parse(line));
          await new Promise((r) => setTimeout(r, 0));
        }
        (window as unknown as { __imrLensBench: { openRecords(r: unknown[], at: number): void } }).__imrLensBench.openRecords(records, at);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      },
      { text, at: opened },
    );
    batchMs.push(performance.now() - t);
    opened += text.split('\n').length;
    if (opened % 10_000 === 0) log(`${opened} records opened`);
    if (performance.now() - started > OPEN_LIMIT_MS) break;
  }
  return { opened, batchMs };
}

/**
 * The first `count` records written into the page's IndexedDB as the app saves a session (schema 4:
 * a key per entry and per record), from a page of the app's origin that is not the app, so that the
 * app then opens on exactly them.
 */
async function writeSession(page: Page, base: string, path: string, count: number): Promise<void> {
  await page.goto(`${base}/licences/pdfium.txt`);
  await writeSavedSession(page, [['schema', SESSION_SCHEMA]], [], true);
  let position = 0;
  for await (const text of lineBatches(path, count, BATCH)) {
    const values: [string, unknown][] = [];
    for (const line of text.split('\n')) {
      const record = JSON.parse(line) as LetterRecord;
      const { state, message, code } = stateForRecord(record);
      const entry: FileEntry = { id: record.sha256, name: record.file, size: record.text.length, state, message, code, addedAt: 0 };
      values.push([`record:${record.sha256}`, record], [entryKey(record.sha256), { entry, position: position++ }]);
    }
    await writeSavedSession(page, values);
    if (position % 10_000 === 0) log(`${position} records written`);
  }
}

/** The page's JS heap now, after a full garbage collection, in MB. */
async function settledHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/** A figure that could not be taken (the page crashed, a step timed out) is printed as what stopped it. */
const notTaken = (name: string, why: string): Figure => ({ name, value: `not taken: ${why}` });

async function figuresAt(count: number, path: string): Promise<Figure[]> {
  const figures: Figure[] = [
    { name: `load average (1 min) at the start of the ${count.toLocaleString('en-US')} run`, value: loadavg()[0]! },
  ];
  // Each figure is also printed as soon as it is taken: a run at 100,000 letters on a loaded machine
  // can take longer than one is willing to wait for the table at its end.
  const add = (...taken: Figure[]) => {
    figures.push(...taken);
    for (const f of taken)
      console.error(`[table] ${f.name}: ${typeof f.value === 'number' ? f.value.toFixed(1) : f.value} ${f.unit ?? ''}`);
  };
  const label = (what: string) => `${count.toLocaleString('en-US')}: ${what}`;
  const time = (name: string, ms: number): Figure =>
    Number.isNaN(ms) ? notTaken(name, `no answer within ${LIMIT_MS / 1000} s`) : { name, value: ms, unit: 'ms' };
  const step = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      add(notTaken(name, String((error as Error).message ?? error).split('\n')[0]!));
      throw error;
    }
  };
  try {
    await withApp(
      async (page) => {
        await page.waitForFunction(() => '__imrLensBench' in window);
        const heap = await samplePeakHeap(page);
        await clearLongTasks(page);
        const started = performance.now();
        const opening = await openRecords(page, path, count);
        const whole = opening.opened === count;
        if (whole) await summaryShows(page, count, LIMIT_MS);
        const seconds = (performance.now() - started) / 1000;
        const openName = label('opening the records (target < 60 s)');
        add(
          whole
            ? { name: openName, value: seconds, unit: 's' }
            : notTaken(openName, `stopped after ${seconds.toFixed(0)} s, ${opening.opened.toLocaleString('en-US')} open`),
        );
        const perThousand = (batches: number[]) => (batches.reduce((a, b) => a + b, 0) / batches.length) * (1000 / BATCH);
        const tenth = Math.max(1, Math.floor(opening.batchMs.length / 10));
        add(
          {
            name: label('  time per 1,000 records, first tenth of the opening'),
            value: perThousand(opening.batchMs.slice(0, tenth)),
            unit: 'ms',
          },
          { name: label('  time per 1,000 records, last tenth'), value: perThousand(opening.batchMs.slice(-tenth)), unit: 'ms' },
          { name: label('peak JS heap while opening (target < 1 GB)'), value: (await heap.stop()) / 1024 / 1024, unit: 'MB' },
          {
            name: label('longest main-thread task while opening (target none > 50 ms)'),
            value: (await longestTasks(page)).app,
            unit: 'ms',
          },
        );
        if (whole) {
          log('opened; saving');
          const savedAt = performance.now();
          await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 1_800_000 });
          add({
            name: label('the session saved to IndexedDB, after the rows were shown'),
            value: (performance.now() - savedAt) / 1000,
            unit: 's',
          });
        } else {
          // The figures below need the whole session: written as the app would have saved it.
          log('writing the session into IndexedDB');
          await writeSession(page, new URL(page.url()).origin, path, count);
        }

        await step(label('reload back to the rows (target < 10 s)'), async () => {
          const started = performance.now();
          if (whole) await page.reload();
          else await page.goto(new URL('/', page.url()).href);
          await summaryShows(page, count, 600_000);
          add({ name: label('reload back to the rows (target < 10 s)'), value: (performance.now() - started) / 1000, unit: 's' });
        });
        add({ name: label('longest main-thread task of that reload'), value: (await longestTasks(page)).app, unit: 'ms' });
        await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 600_000 });
        await idle(page);
        add({
          name: label('page JS heap, rows shown, after a garbage collection (target < 1 GB)'),
          value: await settledHeapMB(page),
          unit: 'MB',
        });

        const summary = `document.querySelector('[data-testid="summary"]').textContent`;
        const summaryChanged = async () => `${summary} !== ${JSON.stringify(await page.evaluate(summary))}`;
        const firstCell = `document.querySelector('table.grid tbody td[data-column="caseNumber"]')?.textContent`;
        const before = JSON.stringify(await page.evaluate(firstCell));
        add(
          time(
            label('sort by case number (target < 100 ms)'),
            await timeInPage(
              page,
              `document.querySelector('th[data-column="caseNumber"] button').click()`,
              `document.querySelector('th[data-column="caseNumber"]').getAttribute('aria-sort') !== 'none' && ${firstCell} !== ${before}`,
              LIMIT_MS,
            ),
          ),
        );
        await idle(page);
        add(
          time(
            label('facet filter Overturned (target < 100 ms)'),
            await timeInPage(
              page,
              `[...document.querySelectorAll('[data-facet="decision"] label')].find((l) => l.textContent.includes('Overturned')).querySelector('input').click()`,
              await summaryChanged(),
              LIMIT_MS,
            ),
          ),
        );
        await idle(page);
        const setInput = (selector: string, value: string) =>
          `const box = document.querySelector(${JSON.stringify(selector)});
           Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(value)});
           box.dispatchEvent(new Event('input', { bubbles: true }));`;
        add(
          time(
            label('date range, decisions from 2016-06-01 (target < 100 ms)'),
            await timeInPage(page, setInput('[data-range="decisionDate"] input', '2016-06-01'), await summaryChanged(), LIMIT_MS),
          ),
        );
        await idle(page);
        add(
          time(
            label('search "lumbar" (target < 100 ms)'),
            await timeInPage(page, setInput('input[type="search"]', 'lumbar'), await summaryChanged(), LIMIT_MS),
          ),
        );
        await page.waitForTimeout(1_000);
        await idle(page);
        add(
          time(
            label('switch to Insights, those filters on, to charts in view (target < 200 ms)'),
            await timeInPage(page, `document.querySelector('[role="tab"][data-view="insights"]').click()`, insightsShown(null), LIMIT_MS),
          ),
        );
        await idle(page);
        const overall = await page.evaluate(`document.querySelector('[data-testid="insights-overall"]')?.textContent ?? null`);
        add(
          time(
            label('Insights: tick a category facet, to charts in view (target < 200 ms)'),
            await timeInPage(
              page,
              `document.querySelector('[data-facet="category"] label input').click()`,
              insightsShown(overall as string | null),
              LIMIT_MS,
            ),
          ),
        );
        // Back on the table, the third row selected with the keyboard (a click would open it, and the
        // timing would catch only the end of that), then opened with Enter.
        await page.locator('[role="tab"][data-view="table"]').click();
        await idle(page);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let n = 0; n < 3; n++) await page.keyboard.press('j');
        await page.locator('table.grid tbody tr[aria-rowindex="4"][aria-selected="true"]').waitFor({ timeout: LIMIT_MS });
        add(
          time(
            label('open the source view of a row (target < 300 ms)'),
            await timeInPage(
              page,
              `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))`,
              `!!document.querySelector('.sv mark')`,
              LIMIT_MS,
            ),
          ),
        );
      },
      { dist: BENCH_DIST },
    );
  } catch (error) {
    // A crash (out of memory) or a step that did not finish: the figures taken so far are printed.
    add({ name: label('run stopped'), value: String((error as Error).message ?? error).split('\n')[0]! });
  }
  return figures;
}

/** Prints the figures at each count as soon as they are taken (the 100,000 run takes long). */
export async function tableFigures(counts: number[] = [10_000, 100_000]): Promise<void> {
  execSync('npx vite build --mode bench --outDir dist-bench --emptyOutDir --logLevel error', { stdio: 'inherit', cwd: ROOT });
  const started = performance.now();
  const path = await recordsFile(Math.max(...counts));
  const most = Math.max(...counts).toLocaleString('en-US');
  printFigures(`4. The table and Insights: the records`, [
    { name: `${most} generated letters read in Node (or reused: ${path})`, value: (performance.now() - started) / 1000, unit: 's' },
  ]);
  for (const count of counts)
    printFigures(`4. The table and Insights at ${count.toLocaleString('en-US')} letters`, await figuresAt(count, path));
}
