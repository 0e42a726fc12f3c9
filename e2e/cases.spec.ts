// The same case from two files is one case: a letter and a copy of it (its text, as a PDF viewer's copy
// gives it; its scan, read by OCR) count once in the summary, Insights and the CSV; the copies are
// listed with the letter, the reviewer chooses whose values stand, and copies that disagree on a value
// need attention with both values shown, each opening its own letter.
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readPdfRuns } from '../src/document/pdf-text.ts';
import { layoutLetterText } from '../src/document/layout-text.ts';
import { test, expect, dropFiles, fileAt, openApp, waitForParsing } from './fixtures.ts';

const SAMPLE = resolve(import.meta.dirname, '../public/samples/CM16-0912345.pdf');
const SCAN = resolve(import.meta.dirname, '../test-fixtures/scanned-sample-page1.png');

/** The letter's text as a copy from a PDF viewer gives it (its text layer, in reading order). */
async function textCopy(pdf: Buffer): Promise<string> {
  return layoutLetterText(await readPdfRuns(new Uint8Array(pdf))).text;
}

async function downloadCsv(page: Page): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const summary = (page: Page) => page.getByTestId('summary');
const rows = (page: Page) => page.locator('table.grid tbody tr');

async function insightsOverall(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Insights' }).click();
  const overall = page.getByTestId('insights-overall');
  await expect(overall).toContainText('decided items');
  const text = (await overall.textContent()) ?? '';
  await page.getByRole('tab', { name: 'Table' }).click();
  return text;
}

test('a letter and its text copy are one case: counted once, the copy chosen, a disagreement shown with both values', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const pdf = fileAt(SAMPLE);
  const text = await textCopy(pdf.bytes);
  await openApp(page);
  await dropFiles(page, [pdf]);
  await waitForParsing(page, 1);
  const alone = { summary: await summary(page).textContent(), rows: await rows(page).count(), insights: await insightsOverall(page) };
  const aloneCsv = await downloadCsv(page);
  expect(alone.summary).toMatch(/^\d+ items? in 1 letter/);

  // The same letter again, as text: one case, counted once everywhere.
  await dropFiles(page, [{ name: 'CM16-0912345 copy.txt', bytes: Buffer.from(text, 'utf8') }]);
  await waitForParsing(page, 2);
  await expect(summary(page)).toHaveText(alone.summary!);
  expect(await rows(page).count()).toBe(alone.rows);
  expect(await insightsOverall(page)).toBe(alone.insights);
  const csv = await downloadCsv(page);
  expect(csv).toHaveLength(aloneCsv.length);
  expect(csv.map((r) => r['Decision'])).toEqual(aloneCsv.map((r) => r['Decision']));
  expect(csv.every((r) => r['Copies'] === '2')).toBe(true);
  await expect(page.getByTestId('copies-mark')).toHaveCount(alone.rows);
  await expect(page.getByTestId('attention-marker')).toHaveCount(0);
  // A copy's file name finds its case.
  await page.getByRole('searchbox', { name: 'Search all fields' }).fill('copy.txt');
  expect(await rows(page).count()).toBe(alone.rows);
  await page.getByRole('searchbox', { name: 'Search all fields' }).fill('');

  // The copies are listed with the letter; the reviewer chooses the text copy's values (undoable).
  await rows(page).first().click();
  await page.keyboard.press('Enter');
  const copies = page.getByTestId('case-copies');
  await expect(copies.locator('li')).toHaveCount(2);
  await expect(copies.locator('li[data-copy="CM16-0912345.pdf"]')).toContainText('Its values stand');
  await copies.locator('li[data-copy="CM16-0912345 copy.txt"]').getByRole('button', { name: "Use this copy's values" }).click();
  await expect(copies.locator('li[data-copy="CM16-0912345 copy.txt"]')).toContainText('Its values stand');
  await expect(summary(page)).toHaveText(alone.summary!);
  await page.keyboard.press('Control+z');
  await expect(copies.locator('li[data-copy="CM16-0912345.pdf"]')).toContainText('Its values stand');

  // A third copy whose first item reads "Overturned": the case needs attention, with both values.
  const flipped = text.replace(/: Upheld\n/, ': Overturned\n');
  expect(flipped).not.toBe(text);
  await dropFiles(page, [{ name: 'CM16-0912345 other.txt', bytes: Buffer.from(flipped, 'utf8') }]);
  await waitForParsing(page, 3);
  await expect(summary(page)).toHaveText(alone.summary!);
  await expect(page.getByTestId('attention-marker').first()).toHaveAttribute('title', /The copies disagree on Decision \(item 1\)/);
  const firstItem = rows(page).first();
  await firstItem.click();
  await page.keyboard.press('Enter');
  const decision = copies.locator('.case-disagreements li[data-field="decision"]');
  await expect(decision).toContainText('Upheld');
  await expect(decision).toContainText('in CM16-0912345 other.txt');
  await expect(decision.getByRole('button', { name: 'Overturned' })).toBeVisible();
  await expect(page.getByTestId('attention-line')).toHaveAttribute('title', /The copies disagree on Decision \(item 1\)/);
  // The list of copies and their values meets WCAG 2.2 AA (axe), like every other state of the app.
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="case-copies"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('case-copies.png') });
  // The other copy's value opens in its own letter.
  await decision.getByRole('button', { name: 'Overturned' }).click();
  await expect(page.locator('section.sv').getByRole('heading', { name: 'CM16-0912345 other.txt' })).toBeVisible();
});

test('a letter and its scan, read by OCR, are one case, counted once', async ({ page }) => {
  test.setTimeout(400_000);
  await openApp(page);
  await dropFiles(page, [fileAt(SAMPLE)]);
  await waitForParsing(page, 1);
  const alone = await summary(page).textContent();
  await dropFiles(page, [fileAt(SCAN)]);
  await expect(page.locator('.file-row')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.locator('.file-row[data-state="queued"], .file-row[data-state="reading"]')).toHaveCount(0, { timeout: 360_000 });
  // The scan is of the first page only: its case is the letter's, whose values (fewer problems) stand.
  await expect(summary(page)).toHaveText(alone!);
  await expect(page.getByTestId('copies-mark').first()).toHaveAttribute('title', /scanned-sample-page1\.png/);
});
