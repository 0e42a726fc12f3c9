// Files are the user's to manage: samples never change the counts of a real review, removing a file
// updates every count, facet and export, and a failed file is in no count. (A file that is no letter
// fails; a scanned letter is read by OCR.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, dropFiles, fileAt, openApp, openFilesPanel, showColumn, waitForParsing } from './fixtures.ts';

const SAMPLES = resolve(import.meta.dirname, '../public/samples');
const FIXTURES = resolve(import.meta.dirname, '../test-fixtures');
const LETTERS = ['CM16-0945518.pdf', 'IMR-older-layout-concussion.txt'].map((n) => fileAt(`${SAMPLES}/${n}`));

const summary = (page: Page) => page.getByTestId('summary');
const progress = (page: Page) => page.getByTestId('review-progress');

async function csvLines(page: Page): Promise<string[]> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  return readFileSync((await d.path())!, 'utf8')
    .trim()
    .split(/\r\n/);
}

test('samples never change a real review; a failed file is in no count; removing a file updates counts, facets and export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await dropFiles(page, [...LETTERS, fileAt(`${FIXTURES}/not-a-letter.pdf`)]);
  await waitForParsing(page, 3);
  // The files panel folds once every file is read, and the File column is hidden by default.
  await openFilesPanel(page);
  await showColumn(page, 'File');
  const before = await summary(page).textContent();
  expect(before).toMatch(/ in 2 letters/);
  const progressBefore = await progress(page).textContent();
  const csvBefore = await csvLines(page);
  expect(csvBefore.some((l) => l.includes('not-a-letter.pdf'))).toBe(false);

  // "Samples" beside the user's letters adds nothing to the review.
  await page.getByRole('button', { name: 'Samples' }).click();
  await expect(page.getByText('open only in an empty session')).toBeVisible();
  await expect(page.locator('.file-row')).toHaveCount(3);
  await expect(summary(page)).toHaveText(before!);
  for (const notice of await page.getByTestId('notice').all()) await notice.getByRole('button').first().click();
  await expect(progress(page)).toHaveText(progressBefore!);

  // Remove failed files: the failed file leaves the files list; counts were never its.
  await page.getByRole('button', { name: 'Remove failed (1)' }).click();
  await expect(page.locator('.file-row')).toHaveCount(2);
  await expect(summary(page)).toHaveText(before!);

  // Removing a letter updates the summary, the facets and the export.
  const textRows = await page.getByRole('row').filter({ hasText: 'IMR-older-layout-concussion.txt' }).count();
  expect(textRows).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Remove IMR-older-layout-concussion.txt' }).click();
  await expect(summary(page)).toContainText(' in 1 letter');
  await expect(page.getByRole('row').filter({ hasText: 'IMR-older-layout-concussion.txt' })).toHaveCount(0);
  expect(await page.locator('[data-testid="files-panel"]').getAttribute('data-total')).toBe('1');
  // The Review facet counts every item left, unreviewed: the removed letter's items are gone from it.
  const unreviewed = page.locator('[data-facet="reviewStatus"] .facet-value').filter({ hasText: 'Unreviewed' }).locator('.facet-count');
  await expect(unreviewed).toHaveText(String(csvBefore.length - 1 - textRows));
  const csvAfter = await csvLines(page);
  expect(csvAfter).toHaveLength(csvBefore.length - textRows);
  expect(csvAfter.some((l) => l.includes('IMR-older-layout-concussion.txt'))).toBe(false);
  await page.reload();
  await expect(summary(page)).toContainText(' in 1 letter');
});

test('sample letters are a labelled group that one click removes, and the user’s letters replace them', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await expect(page.getByTestId('sample-label')).toBeVisible({ timeout: 60_000 });
  await openFilesPanel(page);
  await expect(page.locator('.file-row .sample-chip').first()).toBeVisible();
  const samples = await page.locator('.file-row').count();
  await page.getByRole('button', { name: `Remove sample letters (${samples})` }).click();
  await expect(page.getByRole('button', { name: 'Try sample letters' })).toBeVisible();
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await expect(page.getByTestId('sample-label')).toBeVisible({ timeout: 60_000 });
  await dropFiles(page, [fileAt(`${FIXTURES}/short-letter.pdf`)]);
  await expect(page.getByText('sample letters were removed')).toBeVisible();
  await waitForParsing(page, 1);
  await expect(page.getByTestId('sample-label')).toHaveCount(0);
});

test('a selection of files is removed together: ticks, a shift-click range, all and none; counts, facets and the CSV follow', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const names = ['CM16-0912345.pdf', 'CM16-0923871.pdf', 'IMR-2014-decisions-shoulder.txt', 'IMR-professional-review-sleep.txt'];
  await openApp(page);
  await dropFiles(
    page,
    names.map((n) => fileAt(`${SAMPLES}/${n}`)),
  );
  await waitForParsing(page, 4);
  await openFilesPanel(page);
  await showColumn(page, 'File');
  await expect(summary(page)).toContainText(' in 4 letters');
  const csvBefore = await csvLines(page);
  const layouts = page.locator('[data-facet="layout"] .facet-value');
  const layoutsBefore = await layouts.count();
  expect(layoutsBefore).toBeGreaterThan(1);
  const selection = page.getByTestId('files-selection');
  const tick = (name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true });

  // Shift-click ticks the range from the last file ticked, as the list shows the files.
  const shown = await page.locator('.file-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')!));
  await tick(shown[0]!).click();
  await tick(shown[2]!).click({ modifiers: ['Shift'] });
  await expect(selection).toContainText('3 files selected');
  for (const name of shown.slice(0, 3)) await expect(tick(name)).toBeChecked();
  await expect(tick(shown[3]!)).not.toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('files-selected.png') });
  await selection.getByRole('button', { name: 'Select none' }).click();
  await expect(page.locator('.file-tick:checked')).toHaveCount(0);
  await selection.getByRole('checkbox', { name: 'Select all' }).check();
  await expect(selection).toContainText('4 files selected');
  await selection.getByRole('checkbox', { name: 'Select all' }).uncheck();
  await expect(page.locator('.file-tick:checked')).toHaveCount(0);

  // Two letters of other layouts than the header-table ones, ticked and removed together.
  const gone = names.slice(2);
  const goneRows = await page
    .getByRole('row')
    .filter({ hasText: new RegExp(gone.join('|').replace(/\./g, '\\.')) })
    .count();
  expect(goneRows).toBeGreaterThan(1);
  for (const name of gone) await tick(name).click();
  await selection.getByRole('button', { name: 'Remove selected (2)' }).click();
  await expect(page.locator('.file-row')).toHaveCount(2);
  await expect(summary(page)).toContainText(' in 2 letters');
  await expect(page.locator('.file-tick:checked')).toHaveCount(0);
  for (const name of gone) await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  // Facets count only what is left: fewer layouts, and every item left is unreviewed.
  await expect(layouts).not.toHaveCount(layoutsBefore);
  const unreviewed = page.locator('[data-facet="reviewStatus"] .facet-value').filter({ hasText: 'Unreviewed' }).locator('.facet-count');
  await expect(unreviewed).toHaveText(String(csvBefore.length - 1 - goneRows));
  const csvAfter = await csvLines(page);
  expect(csvAfter).toHaveLength(csvBefore.length - goneRows);
  for (const name of gone) expect(csvAfter.some((l) => l.includes(name))).toBe(false);
  for (const name of names.slice(0, 2)) expect(csvAfter.some((l) => l.includes(name))).toBe(true);
  // The saved session forgot them too.
  await waitForParsing(page, 2);
  await page.reload();
  await expect(summary(page)).toContainText(' in 2 letters');
  await expect(page.locator('.file-row')).toHaveCount(2);
});
