// The review workflow on the real reference letters: drop, filter, sort, search, export, reload.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { LetterRecord } from '../src/extract/record.ts';
import {
  test,
  expect,
  corpusLetters,
  dropFiles,
  HAS_CORPUS,
  NO_CORPUS_MESSAGE,
  openApp,
  waitForParsing,
  type DropFile,
} from './fixtures.ts';

test.skip(!HAS_CORPUS, NO_CORPUS_MESSAGE);

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, text: readFileSync((await download.path())!, 'utf8') };
}

/** What the search box looks in for an item: its own values, its letter's, and the file name (as item-rows.ts). */
function searchableText(r: LetterRecord, i: LetterRecord['items'][number]): string {
  const letter = [
    r.file,
    r.caseNumber.value,
    ...(r.reviewer.specialties.value ?? []),
    ...(r.reviewer.licensure.value ?? []),
    r.patient.age.value,
    r.patient.sex.value,
    r.dateOfInjury.value,
    r.decisionDate.value,
    r.priority.value,
    r.dateAssigned.value,
    r.urDenialDate.value,
    r.applicationReceived.value,
    ...(r.diagnoses.value ?? []),
  ];
  const item = [
    i.decision.value,
    i.request.value,
    i.category.value,
    i.originalRequest.value,
    i.claimsAdministratorGuideline.value,
    i.reviewerGuideline.value,
    i.rationale.value,
    ...new Set(i.citations.map((c) => c.source)),
    i.necessity.value,
    ...i.citations.map((c) => c.title),
  ];
  return [...letter, ...item]
    .filter((v) => v !== null && v !== undefined)
    .join('\n')
    .toLowerCase();
}

const rowCount = async (page: Page) => Number(await page.locator('table.grid').getAttribute('aria-rowcount')) - 1;

/**
 * One of the corpus's text letters under a file name a spreadsheet would run as a formula, with a case
 * number of its own (else it would be a copy of that letter's case, whose first file's values stand)
 * and a line more (else the same bytes: a duplicate).
 */
function formulaNamedLetter(): DropFile {
  const [letter] = corpusLetters((n) => n.endsWith('.txt'));
  const text = letter!.bytes.toString('utf8').replace(/CM\s*\d{2}\s*[-–]\s*\d{7}/g, 'CM99-0000001');
  return { name: '=HYPERLINK("x").txt', bytes: Buffer.from(`${text}\n`) };
}

test('drop the corpus, filter to Overturned, sort, search, export CSV and JSON, and find it all again after a reload', async ({ page }) => {
  test.setTimeout(240_000);
  const letters = [...corpusLetters(), formulaNamedLetter()];
  await openApp(page);
  await dropFiles(page, letters);
  await expect(page.getByTestId('progress-text')).toContainText('Reading letters');
  await waitForParsing(page, letters.length);
  await expect(page.getByTestId('last-run')).toContainText(`${letters.length} read in`);
  await expect(page.getByTestId('last-run')).toContainText('letters/s');

  // The records, as exported: the ground truth for every count on screen.
  const { download: jsonDownload, text: jsonText } = await downloadText(page, () =>
    page.getByRole('button', { name: 'Export JSON' }).click(),
  );
  // A case in several files is one record (its standing copy's, naming every copy): each file is a
  // record or a copy one names.
  const records = JSON.parse(jsonText) as (LetterRecord & { copies?: { file: string }[] })[];
  const cases = records.length;
  expect(records.reduce((n, r) => n + (r.copies?.length ?? 1), 0)).toBe(letters.length);
  expect(jsonDownload.suggestedFilename()).toMatch(new RegExp(`^imr-lens-all-${cases}-letters-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const items = records.flatMap((r) => r.items);
  const overturned = items.filter((i) => i.decision.value === 'Overturned').length;
  const letterOnlyRows = records.filter((r) => r.items.length === 0).length;
  expect(overturned).toBeGreaterThan(0);
  await expect(page.getByTestId('summary')).toContainText(`${items.length} items in ${cases} letters`);
  expect(await rowCount(page)).toBe(items.length + letterOnlyRows);

  // CSV of everything: BOM, header = visible columns, one line per row, the formula-like name neutralised.
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByRole('group', { name: 'Columns', exact: true }).getByRole('checkbox', { name: 'File', exact: true }).check();
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  const { download: csvDownload, text: csvAll } = await downloadText(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csvDownload.suggestedFilename()).toMatch(
    new RegExp(`^imr-lens-all-${items.length + letterOnlyRows}-items-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  expect(csvAll.charCodeAt(0)).toBe(0xfeff);
  const all = Papa.parse<string[]>(csvAll.slice(1), { skipEmptyLines: true }).data;
  const visibleHeaders = await page.locator('table.grid thead th').allInnerTexts();
  expect(all[0]).toEqual(visibleHeaders.map((h) => h.replace(/[▲▼\d\s]+$/, '').trim()));
  expect(all).toHaveLength(1 + items.length + letterOnlyRows);
  const fileColumn = all[0]!.indexOf('File');
  expect(all.some((row) => row[fileColumn] === `'=HYPERLINK("x").txt`)).toBe(true);

  // Filter to Overturned: the summary and the rows follow, and so does the CSV.
  await page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox').check();
  await expect(page.getByTestId('summary')).toContainText(`${overturned} items in`);
  await expect(page.getByTestId('summary')).toContainText('100.0% overturned');
  expect(await rowCount(page)).toBe(overturned);
  // Hide a column: it leaves the screen and the CSV.
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByRole('group', { name: 'Columns', exact: true }).getByRole('checkbox', { name: 'Case number' }).uncheck();
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await expect(page.locator('th[data-column="caseNumber"]')).toHaveCount(0);
  const { download: csvOverturnedDownload, text: csvOverturned } = await downloadText(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  // Named for the view: another name than the export of everything.
  expect(csvOverturnedDownload.suggestedFilename()).toMatch(new RegExp(`^imr-lens-overturned-${overturned}-items-`));
  const filtered = Papa.parse<string[]>(csvOverturned.slice(1), { skipEmptyLines: true }).data;
  expect(filtered).toHaveLength(1 + overturned);
  const decisionColumn = filtered[0]!.indexOf('Decision');
  expect(new Set(filtered.slice(1).map((r) => r[decisionColumn]))).toEqual(new Set(['Overturned']));
  expect(filtered[0]).not.toContain('Case number');
  expect(filtered[0]).toHaveLength(all[0]!.length - 1);
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByRole('group', { name: 'Columns', exact: true }).getByRole('checkbox', { name: 'Case number' }).check();
  await page.getByRole('button', { name: 'Columns', exact: true }).click();

  // Sort by decision date, newest first (two clicks), then add the case number as a second sort.
  const dateHeader = page.locator('th[data-column="decisionDate"] button');
  await dateHeader.click();
  await dateHeader.click();
  await expect(page.locator('th[data-column="decisionDate"]')).toHaveAttribute('aria-sort', 'descending');
  await page.locator('th[data-column="caseNumber"] button').click({ modifiers: ['Shift'] });
  await expect(page.locator('th[data-column="caseNumber"]')).toHaveAttribute('aria-sort', 'ascending');
  const dates = await page.locator('table.grid tbody td[data-column="decisionDate"]').allInnerTexts();
  expect(dates.filter((d) => d !== '—')).toEqual([...dates.filter((d) => d !== '—')].sort().reverse());

  // Search: every text of the item and of its letter, and the file name.
  const request = items.find((i) => i.decision.value === 'Overturned' && i.request.value)!.request.value!;
  const word = request.split(/\s+/).find((w) => w.length >= 5) ?? request;
  const expected = records
    .flatMap((r) => r.items.map((i) => [r, i] as const))
    .filter(([r, i]) => i.decision.value === 'Overturned' && searchableText(r, i).includes(word.toLowerCase())).length;
  await page.getByRole('searchbox', { name: 'Search all fields' }).fill(word);
  await expect(page.getByTestId('summary')).toContainText(`${expected} item`);
  expect(await rowCount(page)).toBe(expected);

  // Reload: every letter, the filter, the sort and the search come back from IndexedDB.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.file-row')).toHaveCount(letters.length);
  await expect(page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox')).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search all fields' })).toHaveValue(word);
  await expect(page.locator('th[data-column="decisionDate"]')).toHaveAttribute('aria-sort', 'descending');
  expect(await rowCount(page)).toBe(expected);
  await page.getByRole('searchbox', { name: 'Search all fields' }).fill('');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByTestId('summary')).toContainText(`${items.length} items in ${cases} letters`);
});

test('letters chosen with the file picker are read into the table', async ({ page }) => {
  const picked = corpusLetters((n) => n.endsWith('.txt'));
  await openApp(page);
  await page
    .getByTestId('file-input')
    .first()
    .setInputFiles(picked.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: f.bytes })));
  await waitForParsing(page, picked.length);
  await expect(page.getByTestId('summary')).toContainText(`in ${picked.length} letters`);
  await expect(page.locator('.file-row[data-state="failed"]')).toHaveCount(0);
});

test('keyboard: j/k and arrows move the selection, Enter opens the source view, Esc closes it', async ({ page }) => {
  const picked = corpusLetters((n) => n.endsWith('.txt'));
  await openApp(page);
  await dropFiles(page, picked);
  await waitForParsing(page, picked.length);
  const rows = page.locator('table.grid tbody tr');
  await page.getByTestId('summary').click(); // focus the page, not a field
  await page.keyboard.press('j');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  // Enter on a focused control is that control's (here: the Columns menu opens, the letter does not).
  await page.getByRole('button', { name: 'Columns', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Columns', exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByTestId('summary').click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toHaveCount(0);
});
