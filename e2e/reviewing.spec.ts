// Reviewing as a user does it, on letters we wrote (public/samples) dropped as the user's own:
// confirm by keyboard, correct a request by selecting its words on the drawn page and another in the
// text view, type a date, undo, note, "not an item"; both exports checked value by value; a reload
// keeps everything; the review exported, everything cleared, letters and review imported back.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect, dropFiles, fileAt, openApp, showColumn, waitForParsing } from './fixtures.ts';

const SAMPLES = resolve(import.meta.dirname, '../public/samples');
const LETTERS = ['CM16-0945518.pdf', 'IMR-older-layout-concussion.txt', 'CM16-0912345.pdf'].map((n) => fileAt(`${SAMPLES}/${n}`));

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download: d, text: readFileSync((await d.path())!, 'utf8') };
}

/**
 * Selects `words` on the letter in `scope` as a user drags over them: from the text run (an element
 * with data-start, its offset in the canonical text) where they begin to the run where they end,
 * whether one run holds them all (pdf.js lines, the text view) or each word is its own (PDFium).
 */
async function selectWords(scope: Locator, words: string): Promise<void> {
  const found = await scope.evaluate((root, w) => {
    const runs = [...root.querySelectorAll<HTMLElement>('[data-start]')]
      .filter((el) => el.firstChild?.nodeType === Node.TEXT_NODE)
      .map((el) => ({ node: el.firstChild as Text, start: Number(el.dataset.start) }))
      .sort((a, b) => a.start - b.start);
    // The runs laid out at their offsets, gaps (spaces and line ends, not in the DOM) as spaces.
    let text = '';
    for (const run of runs) text = text.padEnd(run.start, ' ').slice(0, run.start) + run.node.data;
    const at = text.indexOf(w);
    if (at < 0) return false;
    const holding = (offset: number) => runs.findLast((run) => run.start <= offset && offset <= run.start + run.node.data.length)!;
    const first = holding(at);
    const last = holding(at + w.length);
    const range = document.createRange();
    range.setStart(first.node, at - first.start);
    range.setEnd(last.node, at + w.length - last.start);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return true;
  }, words);
  expect(found, `"${words}" in the letter`).toBe(true);
}

const progress = (page: Page) => page.getByTestId('review-progress');
const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text }).first();

test('review: confirm, correct from the page and the text, type a date, undo, note, not an item; exports; reload; export, clear, import', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  await dropFiles(page, LETTERS);
  await waitForParsing(page, LETTERS.length);
  // The File column is hidden by default: shown, it finds each letter's rows (and is in the CSV).
  await showColumn(page, 'File');
  const total = Number((await progress(page).textContent())!.match(/of (\d+) items/)![1]);
  expect(total).toBeGreaterThan(5);
  await expect(progress(page)).toHaveText(`0 of ${total} items reviewed, 0 corrected`);

  // Three items confirmed by keyboard: select the first row, then c, c, c.
  await page.getByRole('row').nth(1).click();
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('c');
  await expect(progress(page)).toHaveText(`3 of ${total} items reviewed, 0 corrected`);
  await expect(page.locator('[data-review="confirmed"]')).toHaveCount(3);

  // A request corrected by selecting its words on the drawn page.
  await row(page, 'Home health aide').click();
  const pane = page.locator('.source-pane');
  await expect(pane.locator('canvas.sv-drawn').first()).toBeVisible();
  // The review panel is folded to one line at first (the letter gets the height); unfolded, it stays so.
  const unfold = pane.getByRole('button', { name: /^Corrections and notes/ });
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await expect(pane.getByLabel('Field to correct')).toBeHidden();
  await unfold.click();
  await expect(unfold).toHaveAttribute('aria-expanded', 'true');
  await pane.getByLabel('Select words on the page').check();
  await selectWords(pane.locator('.sv-pages'), 'Home health');
  await expect(pane.getByTestId('picked-words')).toContainText('Home health');
  await pane.getByLabel('Field to correct').selectOption('request');
  await pane.getByRole('button', { name: 'Use selected words' }).click();
  await expect(pane.locator('[data-correction="request"]')).toContainText('Home health');
  await expect(pane.getByTestId('panel-review-state')).toHaveText('Corrected');

  // Another request corrected in the text view of a text letter, and a date typed on it.
  const textRow = page.getByRole('row').filter({ hasText: 'IMR-older-layout-concussion.txt' }).first();
  const textRequest = (await textRow.locator('td[data-column="request"]').textContent())!.trim();
  // Clicked on its request: the row's middle, with the File column shown, is under the source pane.
  await textRow.locator('td[data-column="request"]').click();
  await expect(pane.locator('.sv-text')).toBeVisible();
  const words = textRequest.split(' ').slice(0, 2).join(' ');
  await selectWords(pane.locator('.sv-text'), words);
  await pane.getByRole('button', { name: 'Use selected words' }).click();
  await expect(pane.locator('[data-correction="request"]')).toContainText(words);
  await pane.getByLabel('Field to correct').selectOption('decisionDate');
  await pane.getByLabel('Typed value').fill('2016-13-40');
  await pane.getByRole('button', { name: 'Set typed value' }).click();
  await expect(pane.getByRole('alert')).toContainText('yyyy-mm-dd');
  await pane.getByLabel('Typed value').fill('2016-01-05');
  await pane.getByRole('button', { name: 'Set typed value' }).click();
  await pane.getByLabel('Typed value').fill('2016-01-06');
  await pane.getByRole('button', { name: 'Set typed value' }).click();
  await expect(pane.locator('[data-correction="decisionDate"]')).toContainText('2016-01-06');
  // Undo once: the date typed first is back.
  await page.locator('body').press('Control+z');
  await expect(pane.locator('[data-correction="decisionDate"]')).toContainText('2016-01-05');

  // A note on the item; another item marked "not an item".
  await pane.getByLabel('Item note').fill('Request cut short by the engine');
  await pane.getByLabel('Item note').blur();
  await expect(page.locator('.rv-note-mark')).not.toHaveCount(0);
  const lastRow = page.getByRole('row').filter({ hasText: 'CM16-0912345.pdf' }).last();
  await lastRow.locator('td[data-column="request"]').click();
  await pane.getByRole('button', { name: 'Not an item' }).click();
  await expect(pane.getByTestId('panel-review-state')).toHaveText('Not an item');
  const items = total - 1;
  const expectedProgress = `5 of ${items} items reviewed, 2 corrected, 1 not an item`;
  await expect(progress(page)).toHaveText(expectedProgress);
  // The corrected value shows with the value as read in the table.
  await expect(page.locator('td[data-column="request"] .rv-corrected')).toHaveCount(2);
  // The README's picture: a corrected value shown with its original, in the table and the review panel.
  await row(page, 'Home health').locator('td[data-column="request"]').click();
  await expect(pane.locator('[data-correction="request"]')).toBeVisible();
  await page.locator('.grid-scroll').evaluate((el) => (el.scrollLeft = 0));
  await expect(pane.locator('canvas.sv-drawn').first()).toBeVisible();
  await page.screenshot({ path: process.env.SCREENSHOTS ? 'docs/screenshots/reviewing.png' : testInfo.outputPath('reviewing.png') });
  // Closed: the exports are on the toolbar's line again (beside a letter they fold into one menu).
  await page.locator('table.grid tbody tr[aria-selected="true"]').focus();
  await page.keyboard.press('Escape');
  await expect(pane).toHaveCount(0);

  // CSV: the review state column, each corrected column's value as read beside it, the note.
  const csv = Papa.parse<string[]>(
    (await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click())).text.replace(/^\uFEFF/, ''),
  ).data;
  const header = csv[0]!;
  const col = (name: string) => header.indexOf(name);
  expect(col('Review')).toBeGreaterThanOrEqual(0);
  expect(header[col('Request') + 1]).toBe('Request (as read)');
  expect(header[col('Decision date') + 1]).toBe('Decision date (as read)');
  const body = csv.slice(1).filter((r) => r.length > 1);
  const byState = (s: string) => body.filter((r) => r[col('Review')] === s);
  expect(byState('Confirmed')).toHaveLength(3);
  expect(byState('Not an item')).toHaveLength(1);
  const corrected = byState('Corrected');
  expect(corrected.map((r) => r[col('Request')]).sort()).toEqual(['Home health', words].sort());
  const homeHealth = corrected.find((r) => r[col('Request')] === 'Home health')!;
  expect(homeHealth[col('Request (as read)')]).toMatch(/^Home health aide/);
  const textRows = body.filter((r) => r[col('File')] === 'IMR-older-layout-concussion.txt');
  expect(textRows.every((r) => r[col('Decision date')] === '2016-01-05')).toBe(true);
  expect(textRows[0]![col('Decision date (as read)')]).not.toBe('2016-01-05');
  expect(body.find((r) => r[col('Request')] === words)![col('Request (as read)')]).toBe(textRequest);
  expect(body.find((r) => r[col('Request')] === words)![col('Item note')]).toBe('Request cut short by the engine');

  // JSON: every field's value the reviewed one, a corrected field's value as read beside it (asRead);
  // each correction as read with spans, as corrected with spans or typed, and when.
  const records = JSON.parse((await download(page, () => page.getByRole('button', { name: 'Export JSON' }).click())).text) as {
    file: string;
    text: string;
    decisionDate: { value: string | null; asRead?: { value: string | null } };
    review: {
      corrections: Record<
        string,
        { asRead: { value: unknown }; corrected: { value: unknown; spans: { start: number; end: number }[]; source: string }; at: string }
      >;
    };
    items: {
      request: { value: string; asRead?: { value: string; spans: unknown[] } };
      review: {
        state: string;
        note: string;
        corrections: Record<
          string,
          {
            asRead: { value: unknown; spans: unknown[] };
            corrected: { value: unknown; spans: { start: number; end: number }[]; source: string };
            at: string;
          }
        >;
      };
    }[];
  }[];
  const states = records.flatMap((r) => r.items.map((i) => i.review.state));
  expect(states.filter((s) => s === 'confirmed')).toHaveLength(3);
  expect(states.filter((s) => s === 'corrected')).toHaveLength(2);
  expect(states.filter((s) => s === 'not-an-item')).toHaveLength(1);
  for (const record of records)
    for (const item of record.items)
      for (const c of Object.values(item.review.corrections)) {
        expect(c.corrected.source).toBe('letter');
        expect(record.text.slice(c.corrected.spans[0]!.start, c.corrected.spans[0]!.end)).toBe(c.corrected.value);
        // A script reading `request.value` gets the correction; the value read stays beside it.
        expect(item.request.value).toBe(c.corrected.value);
        expect(item.request.asRead).toEqual(c.asRead);
        expect(Date.parse(c.at)).not.toBeNaN();
      }
  // Fields not corrected carry no asRead.
  const untouched = records.flatMap((r) => r.items).filter((i) => i.review.state !== 'corrected');
  expect(untouched.length).toBeGreaterThan(0);
  expect(untouched.every((i) => i.request.asRead === undefined)).toBe(true);
  const textRecord = records.find((r) => r.file === 'IMR-older-layout-concussion.txt')!;
  expect(textRecord.review.corrections.decisionDate).toMatchObject({ corrected: { value: '2016-01-05', spans: [], source: 'typed' } });
  expect(textRecord.decisionDate.value).toBe('2016-01-05');
  expect(textRecord.decisionDate.asRead?.value).toBe(textRecord.review.corrections.decisionDate!.asRead.value);
  expect(textRecord.decisionDate.asRead?.value).not.toBe('2016-01-05');

  // A reload keeps everything.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(progress(page)).toHaveText(expectedProgress);
  await expect(page.locator('td[data-column="request"] .rv-corrected')).toHaveCount(2);

  // The review exported, everything cleared, the letters and the review imported: all restored.
  const reviewFile = (await download(page, () => page.getByRole('button', { name: 'Export review' }).click())).text;
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('button', { name: 'Try sample letters' })).toBeVisible();
  await dropFiles(page, LETTERS);
  await waitForParsing(page, LETTERS.length);
  await expect(progress(page)).toHaveText(`0 of ${total} items reviewed, 0 corrected`);
  await page
    .getByTestId('import-review-input')
    .setInputFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(reviewFile) });
  await expect(progress(page)).toHaveText(expectedProgress);
  await expect(page.locator('td[data-column="request"] .rv-corrected')).toHaveCount(2);
  await expect(page.getByText('Review imported: 3 of 3 letters found here.')).toBeVisible();
});
