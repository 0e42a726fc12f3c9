// One "needs attention", as a user sees it, on letters we wrote (our 2014 sample letter, changed):
// a minor note (diagnoses not found) marks no row and the files panel says Done; a warning about
// item 2 marks item 2's row only, each of its places in the letter can be visited, and confirming the
// item resolves it everywhere (the row's mark, the files panel's state and counts, the source view).
// Then reviewed values everywhere: a corrected request counts in Insights' frequent requests, and
// each export says what it covers and holds exactly that.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, dropFiles, openApp, openFilesPanel, showColumn, waitForParsing } from './fixtures.ts';

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../public/samples/IMR-2014-decisions-shoulder.txt'), 'utf8');
/** Its summary without the diagnoses: only a best-effort field missing, a minor note. */
const MINOR = SAMPLE.replace('CM14-0118203', 'CM14-0118204').replace(
  /Diagnoses include left shoulder\nimpingement syndrome and partial thickness rotator cuff tear\. /,
  '',
);
/** Item 2 upheld while its rationale concludes it is necessary: a warning about item 2, at two places. */
const DISAGREES = SAMPLE.replace('CM14-0118203', 'CM14-0118205').replace(
  /The\nrequest is not medically necessary\./,
  'The\nrequest is medically necessary.',
);
const FILES = [
  { name: 'minor.txt', bytes: Buffer.from(MINOR) },
  { name: 'disagrees.txt', bytes: Buffer.from(DISAGREES) },
];

const fileRow = (page: Page, name: string) => page.locator(`.file-row[data-file="${name}"]`);
const row = (page: Page, file: string, request: string) =>
  page.locator('table.grid tbody tr').filter({ hasText: file }).filter({ hasText: request });
const marks = (page: Page) => page.locator('table.grid tbody [data-testid="attention-marker"]');

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await d.path())!, 'utf8');
}

test('one "needs attention": Done exactly when no row is marked; an item warning marks its item; confirming resolves it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await dropFiles(page, FILES);
  await waitForParsing(page, FILES.length);
  await showColumn(page, 'File');
  await expect(page.locator('table.grid tbody tr')).toHaveCount(4);

  // The minor note: no row of minor.txt marked, and the files panel says Done.
  await openFilesPanel(page);
  await expect(fileRow(page, 'minor.txt')).toHaveAttribute('data-state', 'done');
  await expect(fileRow(page, 'disagrees.txt')).toHaveAttribute('data-state', 'attention');
  await expect(page.getByTestId('files-panel').locator('.files-counts')).toContainText('1 file needs attention');
  // The warning about item 2 marks item 2's row only.
  await expect(marks(page)).toHaveCount(1);
  await expect(row(page, 'disagrees.txt', 'Cold therapy').getByTestId('attention-marker')).toHaveCount(1);
  await expect(row(page, 'disagrees.txt', 'Left shoulder').getByTestId('attention-marker')).toHaveCount(0);
  await expect(row(page, 'minor.txt', 'Cold therapy').getByTestId('attention-marker')).toHaveCount(0);

  // Item 1 of that letter: no reason shown in its review panel.
  await row(page, 'disagrees.txt', 'Left shoulder').click();
  const pane = page.locator('.source-pane');
  await expect(pane.getByTestId('panel-review-state')).toBeVisible();
  await expect(pane.getByTestId('attention-line')).toHaveCount(0);

  // Item 2: its reason, and the warning's every place visited in turn.
  await row(page, 'disagrees.txt', 'Cold therapy').click();
  await expect(pane.getByTestId('attention-line')).toContainText('Decision of item 2 (Upheld) disagrees');
  const warning = pane.locator('.sv-problem').filter({ hasText: 'Decision of item 2' });
  await expect(warning.locator('.sv-problem-badge')).toHaveText('Warning');
  for (const [k, words] of [
    [0, 'Upheld'],
    [1, 'medically necessary'],
  ] as const) {
    await warning.getByRole('button', { name: `Place ${k + 1} of 2` }).click();
    const place = pane.locator(`[data-fields~="problem-0-${k}"]`);
    await expect(place).toHaveText(words);
    await expect(place).toBeInViewport();
    await expect(place).toHaveClass(/sv-flash/);
  }
  // The minor note reads as a note, not a warning.
  await row(page, 'minor.txt', 'Cold therapy').click();
  await expect(pane.locator('.sv-problem').filter({ hasText: 'Diagnoses not found' }).locator('.sv-problem-badge')).toHaveText('Note');
  await expect(pane.getByTestId('attention-line')).toHaveCount(0);

  // Confirming item 2 resolves its warning: the mark goes, the letter is Done, the counts drop.
  await row(page, 'disagrees.txt', 'Cold therapy').click();
  await pane.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(marks(page)).toHaveCount(0);
  await expect(pane.getByTestId('attention-line')).toHaveCount(0);
  await expect(warning).toHaveAttribute('data-resolved', 'true');
  await expect(warning.locator('.sv-problem-badge')).toHaveText('Resolved');
  await openFilesPanel(page);
  await expect(fileRow(page, 'disagrees.txt')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('files-panel').locator('.files-counts')).not.toContainText('attention');
  // Cleared again, it is back.
  await pane.getByRole('button', { name: 'Clear state' }).click();
  await expect(marks(page)).toHaveCount(1);
  await expect(fileRow(page, 'disagrees.txt')).toHaveAttribute('data-state', 'attention');
});

test('reviewed values everywhere: a corrected request counts in Insights; each export says what it covers and holds it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await dropFiles(page, FILES);
  await waitForParsing(page, FILES.length);
  await showColumn(page, 'File');

  // The request of minor.txt's item 2 corrected by typing.
  await row(page, 'minor.txt', 'Cold therapy').click();
  const pane = page.locator('.source-pane');
  await pane.getByRole('button', { name: /^Corrections and notes/ }).click();
  await pane.getByLabel('Field to correct').selectOption({ label: 'Request' });
  await pane.getByLabel('Typed value').fill('Aquatic therapy 8 sessions');
  await pane.getByRole('button', { name: 'Set typed value' }).click();
  await expect(row(page, 'minor.txt', 'Aquatic therapy')).toHaveCount(1);
  await page.locator('table.grid tbody tr[aria-selected="true"]').focus();
  await page.keyboard.press('Escape');
  await expect(pane).toHaveCount(0);

  // Insights: the frequent requests count it under its new kind.
  await page.getByRole('tab', { name: 'Insights' }).click();
  const requests = page.locator('[data-chart="requests"] table.insight-table tbody');
  await expect(requests).toContainText('aquatic therapy');
  await expect(requests.locator('tr').filter({ hasText: 'cold therapy unit rental' })).toContainText('1');
  await page.getByRole('tab', { name: 'Table' }).click();

  // No filter: the buttons need say nothing more. A search on: the CSV says it holds the rows shown,
  // the JSON that it holds every letter, filters not applied; each holds exactly that.
  const csvButton = page.getByTestId('export-csv');
  const jsonButton = page.getByTestId('export-json');
  await expect(csvButton).toHaveText('Export CSV');
  await expect(jsonButton).toHaveText('Export JSON');
  await page.getByRole('searchbox', { name: 'Search all fields' }).fill('aquatic');
  await expect(page.locator('table.grid tbody tr')).toHaveCount(1);
  await expect(csvButton).toHaveText('Export CSV: 1 item shown');
  await expect(jsonButton).toHaveText('Export JSON (all 2 letters, filters not applied)');
  // Saying so keeps the toolbar on one line at 1280×720.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(csvButton).toBeVisible();
  expect(await page.locator('.toolbar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(48);
  const csv = (await downloaded(page, () => csvButton.click()))
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain('Aquatic therapy 8 sessions');
  const json = JSON.parse(await downloaded(page, () => jsonButton.click())) as {
    file: string;
    items: { request: { value: string; asRead?: { value: string } } }[];
  }[];
  expect(json.map((r) => r.file).sort()).toEqual(['disagrees.txt', 'minor.txt']);
  const corrected = json.find((r) => r.file === 'minor.txt')!.items[1]!.request;
  expect(corrected.value).toBe('Aquatic therapy 8 sessions');
  expect(corrected.asRead?.value).toBe('Cold therapy unit, 30 day rental');
});
