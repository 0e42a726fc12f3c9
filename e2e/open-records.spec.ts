// The CLI's output opens in the app: the batch CLI is run on our sample letters, and its JSON Lines
// (and its JSON) dropped on the app must give the same rows and the same CSV as dropping the letters
// themselves, with no PDF; the session keeps them over a reload without trying to read bytes it has
// not got; a letter's PDF added later is matched to its record by sha256 and its pages are drawn; a
// broken line is named while the rest open; Cancel stops a large file where it is.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { LetterRecord } from '../src/extract/record.ts';
import { runBuiltCli } from '../src/cli/run-built-cli.ts';
import { test, expect, dropFiles, fileAt, openApp, openFilesPanel, waitForParsing, type DropFile } from './fixtures.ts';

const SAMPLES = resolve(import.meta.dirname, '../public/samples');
const SAMPLE_PATHS = readdirSync(SAMPLES)
  .filter((name) => /\.(pdf|txt)$/i.test(name))
  .sort()
  .map((name) => join(SAMPLES, name));

/** The CLI's output for the sample letters, as `npm run extract` writes it. */
function cliOutput(format: 'jsonl' | 'json'): string {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: resolve(import.meta.dirname, '..') });
  const run = runBuiltCli(['--format', format, ...SAMPLE_PATHS]);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}
const asFile = (name: string, text: string): DropFile => ({ name, bytes: Buffer.from(text) });

async function exportedCsv(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const [header, ...rows] = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r\n/);
  // Rows in the table's order; the records come in the order the CLI's letters finished.
  return [header!, ...rows.sort()];
}
const summary = (page: Page) => page.getByTestId('summary');
const notices = (page: Page) => page.getByTestId('notice');

let reference: { csv: string[]; summary: string } | null = null;
/** The samples dropped as letters: the rows and CSV the records must give (read once). */
async function samplesAsLetters(page: Page): Promise<{ csv: string[]; summary: string }> {
  if (reference) return reference;
  await openApp(page);
  await dropFiles(page, SAMPLE_PATHS.map(fileAt));
  await waitForParsing(page, SAMPLE_PATHS.length);
  reference = { csv: await exportedCsv(page), summary: (await summary(page).textContent())! };
  await page.evaluate(() => indexedDB.deleteDatabase('imr-lens-session'));
  return reference;
}

test("the CLI's JSON Lines of the samples give the same rows and CSV as the samples, survive a reload, and take a PDF added later", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const expected = await samplesAsLetters(page);
  const jsonl = cliOutput('jsonl');
  const records = jsonl
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LetterRecord);

  await openApp(page);
  await dropFiles(page, [asFile('samples.jsonl', jsonl)]);
  await waitForParsing(page, SAMPLE_PATHS.length);
  await expect(notices(page).filter({ hasText: `${records.length} letters opened from the records in samples.jsonl` })).toBeVisible();
  await expect(summary(page)).toHaveText(expected.summary);
  expect(await exportedCsv(page)).toEqual(expected.csv);

  // A reload brings the letters back as they were, and reads none again (their files were never here).
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(summary(page)).toHaveText(expected.summary);
  expect(await exportedCsv(page)).toEqual(expected.csv);
  await expect(notices(page).filter({ hasText: 'being read again' })).toHaveCount(0);
  await openFilesPanel(page);
  await expect(page.locator('.file-row[data-state="queued"], .file-row[data-state="reading"], .file-row[data-state="failed"]')).toHaveCount(
    records.filter((r) => r.status === 'failed').length,
  );

  // Its source view: the canonical text with the highlights, saying the pages come with the file.
  const pdf = records.find((r) => r.kind === 'pdf' && r.items.length > 0)!;
  const row = page.getByRole('row').filter({ hasText: pdf.items[0]!.request.value! }).first();
  await row.click();
  await page.keyboard.press('Enter');
  const view = page.locator('section.sv');
  await expect(view.getByRole('heading', { name: pdf.file })).toBeVisible();
  await expect(view.locator('.sv-notice')).toContainText("opened from the CLI's records");
  await expect(view.getByRole('button', { name: 'Pages', exact: true })).toBeDisabled();
  await expect(view.locator('mark').first()).toBeVisible();
  expect(await view.locator('mark').count()).toBeGreaterThan(3);

  // Its PDF dropped now is matched by sha256: no second letter, and its pages are drawn.
  await dropFiles(page, [fileAt(join(SAMPLES, pdf.file))]);
  await expect(notices(page).filter({ hasText: '1 file was matched to letters opened from their records' })).toBeVisible();
  await expect(view.getByRole('button', { name: 'Pages', exact: true })).toBeEnabled();
  await expect(view.locator('canvas').first()).toBeVisible();
  await expect(view.locator('.sv-notice')).toHaveCount(0);
  await expect(page.locator('.file-row')).toHaveCount(SAMPLE_PATHS.length);
  await expect(summary(page)).toHaveText(expected.summary);
  await expect(notices(page).filter({ hasText: 'Duplicate' })).toHaveCount(0);
});

test("the CLI's JSON gives the same rows and CSV; records already here are not added twice", async ({ page }) => {
  test.setTimeout(300_000);
  const expected = await samplesAsLetters(page);
  const json = cliOutput('json');
  await openApp(page);
  await dropFiles(page, [asFile('samples.json', json)]);
  await waitForParsing(page, SAMPLE_PATHS.length);
  await expect(summary(page)).toHaveText(expected.summary);
  expect(await exportedCsv(page)).toEqual(expected.csv);

  await dropFiles(page, [asFile('again.jsonl', cliOutput('jsonl'))]);
  await expect(notices(page).filter({ hasText: `${SAMPLE_PATHS.length} records were of letters already in the session` })).toBeVisible();
  await expect(page.locator('.file-row')).toHaveCount(SAMPLE_PATHS.length);
  expect(await exportedCsv(page)).toEqual(expected.csv);
});

test('a broken line is named and the other records open', async ({ page }) => {
  const lines = cliOutput('jsonl').trim().split('\n');
  const broken = JSON.parse(lines[2]!) as LetterRecord;
  lines[2] = lines[2]!.slice(0, 200);
  lines[4] = JSON.stringify({ ...(JSON.parse(lines[4]!) as LetterRecord), sha256: 'not-a-hash' });
  await openApp(page);
  await dropFiles(page, [asFile('damaged.jsonl', lines.join('\n') + '\n')]);
  await waitForParsing(page, lines.length - 2);
  const warning = notices(page).filter({ hasText: '2 records in damaged.jsonl could not be opened; the others are open.' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('line 3: it is not valid JSON (cut short or damaged)');
  await expect(warning).toContainText('line 5: its sha256 is not one');
  await openFilesPanel(page);
  await expect(page.locator(`.file-row[data-file="${broken.file}"]`)).toHaveCount(0);
});

test('Cancel stops a large records file where it is; what was opened stays', async ({ page }) => {
  test.setTimeout(300_000);
  // 20,000 records: the samples' again and again, each as another letter (its own sha256).
  const records = cliOutput('jsonl')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LetterRecord);
  const many: string[] = [];
  for (let i = 0; many.length < 20_000; i++) {
    const r = records[i % records.length]!;
    // Without its case number, so each is a case of its own (copies of one case count once).
    const letter = { ...r, file: `batch/${i}-${r.file}`, sha256: i.toString(16).padStart(64, '0'), caseNumber: { value: null, spans: [] } };
    many.push(JSON.stringify(letter));
  }
  const path = join(mkdtempSync(join(tmpdir(), 'imr-records-')), 'year.jsonl');
  writeFileSync(path, many.join('\n') + '\n');

  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(path);
  const progress = page.getByTestId('import-progress-text');
  await expect(progress).toContainText(/Opening year\.jsonl: [\d.]+ of \d+ MB · [1-9][\d,]* letters/);
  await page.getByRole('status', { name: 'Opening records' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  const cancelled = notices(page).filter({ hasText: /Opening year\.jsonl was cancelled: the [\d,]+ letters? opened before are kept\./ });
  await expect(cancelled).toBeVisible();
  const kept = Number((await cancelled.textContent())!.match(/the ([\d,]+) letter/)![1]!.replaceAll(',', ''));
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(many.length);
  await expect(summary(page)).toContainText(` in ${kept.toLocaleString('en-US')} letters`);
});
