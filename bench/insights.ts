// Figure 7: Insights at 10,000 letters, in the built app in headless Chromium.
// The 10,000 generated letters are read in Node by the app's own parse code (parseLetter, as the
// workers run it) and put in the page's IndexedDB as a saved session, so this part measures Insights
// in a few minutes instead of waiting for the app to parse them (that is `npm run bench -- table`).
// The table's own facet filter is timed in the same run, as the yardstick: on a shared machine the
// ratio of the two says more than either figure. Insights is prepared in idle time while the table
// is shown (prepare-insights.ts): the switch is timed after a second on the table, and once more with
// a filter ticked in the same instant, when nothing is prepared for the new rows.
import { engineVersion } from '../scripts/engine-version.mjs';
import { parseLetter } from '../src/parsing/worker/parse-letter.ts';
import { syntheticLetters } from '../src/samples/synthetic-letters.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import type { FileEntry } from '../src/store/file-entry.ts';
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { timeInPage, withApp } from './app.ts';
import { writeSavedSession } from '../scripts/saved-session.ts';
import type { Figure } from './figures.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Each filter is ticked and unticked this many times; the figures are medians (the machine is shared and noisy). */
const REPEATS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The letters as the app would hold them once read: entries and records, keyed by the files' sha256. */
async function readLetters(count: number): Promise<{ entries: FileEntry[]; records: LetterRecord[] }> {
  const version = engineVersion(ROOT);
  const entries: FileEntry[] = [];
  const records: LetterRecord[] = [];
  const encoder = new TextEncoder();
  for (const [n, letter] of syntheticLetters(count, 2026).entries()) {
    const bytes = encoder.encode(letter.text);
    const record = await parseLetter({ name: letter.name, bytes: bytes.buffer as ArrayBuffer });
    records.push({ ...record, engineVersion: version });
    const state = record.status === 'failed' ? 'failed' : record.status === 'ok' ? 'done' : 'attention';
    entries.push({ id: record.sha256, name: letter.name, size: bytes.length, state, message: null, code: null, addedAt: n });
  }
  return { entries, records };
}

/** Writes the session into the page's IndexedDB (in slices: one structured clone of 35 MB is slow), then reloads to its rows. */
async function restoreSession(page: Page, entries: FileEntry[], records: LetterRecord[], log: (what: string) => void): Promise<void> {
  await writeSavedSession(page, [['entries', entries]], [], true);
  for (let i = 0; i < records.length; i += 500) {
    await writeSavedSession(
      page,
      records.slice(i, i + 500).map((r) => [`record:${r.sha256}`, r]),
    );
  }
  log('written to IndexedDB');
  await reloadToRows(page, entries.length);
}

/** Reloads the page and waits until the saved session's letters are all in the table. */
async function reloadToRows(page: Page, letters: number): Promise<void> {
  await page.reload();
  await page.locator('.app[data-hydrated="true"]').waitFor({ timeout: 300_000 });
  await page
    .getByTestId('summary')
    .filter({ hasText: `in ${letters.toLocaleString('en-US')} letters` })
    .waitFor({ timeout: 300_000 });
}

const idle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));

/**
 * Insights is showing its numbers when its overall line has changed from `before` and every chart in
 * view holds its drawing (a chart waiting to be drawn for the current rows is an empty holder).
 */
export const insightsShown = (before: string | null) => `(() => {
  const overall = document.querySelector('[data-testid="insights-overall"]');
  if (!overall || overall.textContent === ${JSON.stringify(before)}) return false;
  const view = document.querySelector('.insights').getBoundingClientRect();
  // Cards are measured, not what is in them: a card out of view is not laid out (content-visibility),
  // and measuring inside it would lay it out, in the time measured.
  return [...document.querySelectorAll('.insight-card')].every((card) => {
    const plot = card.querySelector('.insight-plot');
    if (!plot) return true;
    const r = card.getBoundingClientRect();
    return r.bottom <= view.top || r.top >= view.bottom || !!plot.querySelector('svg');
  });
})()`;

export async function insightsFigures(count = 10_000): Promise<Figure[]> {
  const started = performance.now();
  const { entries, records } = await readLetters(count);
  const readSeconds = (performance.now() - started) / 1000;
  const load = loadavg()[0]!;
  return withApp(async (page) => {
    const t = performance.now();
    const log = (what: string) => process.env.INSIGHTS_LOG && console.error(`${((performance.now() - t) / 1000).toFixed(1)} s ${what}`);
    await restoreSession(page, entries, records, log);
    log('restored');
    const summary = `document.querySelector('[data-testid="summary"]').textContent`;
    const showInsights = `document.querySelector('[role="tab"][data-view="insights"]').click()`;
    await idle(page);
    log('rows shown');
    const profile = process.env.INSIGHTS_PROFILE ? await page.context().newCDPSession(page) : null;
    if (profile) await profile.send('Profiler.enable');

    // The yardstick: the table's own facet filter, ticked and unticked REPEATS times (median).
    const overturned = `[...document.querySelectorAll('[data-facet="decision"] label')].find((l) => l.textContent.includes('Overturned')).querySelector('input').click()`;
    const tableTimes: number[] = [];
    if (profile && process.env.INSIGHTS_PROFILE_TABLE) await profile.send('Profiler.start');
    for (let n = 0; n < 2 * REPEATS; n++) {
      const before = (await page.evaluate(summary)) as string | null;
      tableTimes.push(await timeInPage(page, overturned, `${summary} !== ${JSON.stringify(before)}`));
      await idle(page);
    }
    if (profile && process.env.INSIGHTS_PROFILE_TABLE) {
      const { profile: cpu } = await profile.send('Profiler.stop');
      writeFileSync(process.env.INSIGHTS_PROFILE_TABLE, JSON.stringify(cpu));
    }
    const tableFilter = median(tableTimes);

    // A user looks at the table a moment before switching: idle time prepares Insights meanwhile
    // (prepare-insights.ts). The switch with nothing prepared is timed at the end.
    await page.waitForTimeout(1_000);
    await idle(page);
    if (profile) await profile.send('Profiler.start');
    const trace = process.env.INSIGHTS_TRACE ? page.context().browser() : null;
    if (trace)
      await trace.startTracing(page, {
        path: process.env.INSIGHTS_TRACE,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
    const open = await timeInPage(page, showInsights, insightsShown(null));
    if (trace) await trace.stopTracing();
    if (process.env.INSIGHTS_LOG)
      log(
        `cards skipped: ${await page.evaluate(() => [...document.querySelectorAll('.insight-card')].map((c) => (c.querySelector('h3')!.checkVisibility({ contentVisibilityAuto: true }) ? 'shown' : 'skipped')).join(' '))}`,
      );
    if (profile && process.env.INSIGHTS_PROFILE_OPEN) {
      const { profile: cpu } = await profile.send('Profiler.stop');
      writeFileSync(process.env.INSIGHTS_PROFILE_OPEN, JSON.stringify(cpu));
      await profile.send('Profiler.start');
    }
    await idle(page);
    const overall = `document.querySelector('[data-testid="insights-overall"]')?.textContent ?? null`;
    const category = `document.querySelector('[data-facet="category"] label input').click()`;
    const ticks: number[] = [];
    const unticks: number[] = [];
    for (let n = 0; n < 2 * REPEATS; n++) {
      const before = (await page.evaluate(overall)) as string | null;
      (n % 2 === 0 ? ticks : unticks).push(await timeInPage(page, category, insightsShown(before)));
      await idle(page);
    }
    const filter = median(ticks);
    const unfilter = median(unticks);
    // Back to the table and again to Insights, after a moment on the table; then the worst case: a
    // table filter and the switch in one go, before any idle time (one render, nothing prepared for
    // the filtered rows). The filter is unticked again, untimed, before the next round.
    const showTable = async () => {
      await page.locator('[role="tab"][data-view="table"]').click();
      await idle(page);
    };
    const reopens: number[] = [];
    const unprepared: number[] = [];
    for (let n = 0; n < REPEATS; n++) {
      await showTable();
      await page.waitForTimeout(1_000);
      await idle(page);
      reopens.push(await timeInPage(page, showInsights, insightsShown(null)));
      await showTable();
      unprepared.push(await timeInPage(page, `${overturned}; ${showInsights}`, insightsShown(null)));
      await showTable();
      await page.evaluate(overturned);
      await idle(page);
    }
    const reopen = median(reopens);
    // The first switch after two more page loads: a single first switch varies by half from one run
    // to the next here, so its figure is the median of three.
    const firstTimes = [open];
    for (let n = 0; n < 2; n++) {
      // From the table, with the view saved (so the page comes back to the table).
      await showTable();
      await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 120_000 });
      await reloadToRows(page, count);
      await page.waitForTimeout(5_000);
      await idle(page);
      firstTimes.push(await timeInPage(page, showInsights, insightsShown(null)));
    }
    log(`first switches: ${firstTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
    const unpreparedOpen = median(unprepared);
    if (profile) {
      const { profile: cpu } = await profile.send('Profiler.stop');
      writeFileSync(process.env.INSIGHTS_PROFILE!, JSON.stringify(cpu));
    }
    const ratio = (ms: number) => `${(ms / tableFilter).toFixed(1)}× the table's filter`;
    return [
      { name: `insights: ${count} generated letters read in Node and restored`, value: readSeconds, unit: 's' },
      { name: 'insights: load average (1 min) when the run started', value: load },
      { name: `insights: yardstick, the table's facet filter "Overturned" (median of ${2 * REPEATS})`, value: tableFilter, unit: 'ms' },
      {
        name: 'insights: switch to Insights, first time after a page load, to charts in view (target < 200 ms, median of 3 loads)',
        value: median(firstTimes),
        unit: 'ms',
      },
      { name: '  ratio', value: ratio(median(firstTimes)) },
      {
        name: `insights: tick a category facet while open, to charts in view (target < 200 ms, median of ${REPEATS})`,
        value: filter,
        unit: 'ms',
      },
      { name: '  ratio', value: ratio(filter) },
      { name: `insights: untick it again (median of ${REPEATS})`, value: unfilter, unit: 'ms' },
      { name: `insights: switch back to Insights after a moment on the table (median of ${REPEATS})`, value: reopen, unit: 'ms' },
      {
        name: `insights: the table's filter and the switch at once, nothing prepared for those rows (median of ${REPEATS})`,
        value: unpreparedOpen,
        unit: 'ms',
      },
      { name: '  ratio', value: ratio(unpreparedOpen) },
    ];
  });
}
