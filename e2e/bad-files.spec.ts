// Hostile and broken inputs, each with its own state and message, nothing else disturbed:
// password-protected (with a working password prompt), scanned, not a letter, too many pages, zips.
import { zipSync, strToU8 } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, dropFiles, fileAt, openApp, openFilesPanel, waitForParsing } from './fixtures.ts';

const FIXTURES = resolve(import.meta.dirname, '../test-fixtures');
const fixture = (name: string) => fileAt(join(FIXTURES, name));
const row = (page: import('@playwright/test').Page, name: string) => page.locator(`.file-row[data-file="${name}"]`);

test('broken PDFs each get their message; a password-protected PDF opens with its password', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [
    fixture('password-protected.pdf'),
    fixture('scanned-no-text.pdf'),
    fixture('thousand-pages.pdf'),
    fixture('short-letter.pdf'),
  ]);
  await waitForParsing(page, 4);
  // Read by OCR: a section heading and one decided item, so an IMR letter of no known layout, read by
  // the general rules and flagged for attention.
  await expect(row(page, 'scanned-no-text.pdf')).toHaveAttribute('data-state', 'attention');
  await expect(row(page, 'scanned-no-text.pdf')).toContainText('Read by OCR');
  await expect(row(page, 'thousand-pages.pdf')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'thousand-pages.pdf')).toContainText('pages');
  await expect(row(page, 'short-letter.pdf')).not.toHaveAttribute('data-state', 'failed');
  // A failed file is no letter: in the files panel with its message, in no table row and no count.
  // The File column (hidden by default) shows which letter a row comes from.
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByRole('group', { name: 'Columns', exact: true }).getByRole('checkbox', { name: 'File' }).check();
  await page.keyboard.press('Escape');
  const tableRowsOf = (name: string) => page.locator('table.grid tbody tr').filter({ hasText: name });
  await expect(tableRowsOf('short-letter.pdf')).not.toHaveCount(0);
  for (const name of ['password-protected.pdf', 'thousand-pages.pdf']) await expect(tableRowsOf(name)).toHaveCount(0);
  await expect(page.getByTestId('summary')).toContainText('in 2 letters');

  // The files panel is one line once no file is read; it says a file needs a password, and opens.
  const locked = row(page, 'password-protected.pdf');
  await expect(locked).toHaveAttribute('data-state', 'failed');
  await expect(locked).toContainText('password');
  await expect(page.getByTestId('files-panel').getByRole('button', { name: /^Files/ })).toContainText('1 needs a password');
  await openFilesPanel(page);
  await locked.getByLabel('Password for password-protected.pdf').fill('wrong');
  await locked.getByRole('button', { name: 'Open' }).click();
  await expect(locked).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('files-panel')).toHaveAttribute('data-pending', '0');
  await openFilesPanel(page);
  await locked.getByLabel('Password for password-protected.pdf').fill('imr-lens');
  await locked.getByRole('button', { name: 'Open' }).click();
  await expect(locked).not.toHaveAttribute('data-state', /failed|queued|reading/);
  await expect(tableRowsOf('password-protected.pdf')).not.toHaveCount(0);
  // It is the same letter as short-letter.pdf (one case number): one case of two copies, counted once.
  await expect(page.getByTestId('summary')).toContainText('in 2 letters');
  await expect(page.getByTestId('copies-mark')).toHaveCount(1);
});

test('a zip archive is opened, its folders walked, and what is not a letter is listed as skipped', async ({ page }) => {
  await openApp(page);
  const zip = zipSync({
    'batch/short-letter.pdf': new Uint8Array(fixture('short-letter.pdf').bytes),
    'batch/deeper/not-a-letter.pdf': new Uint8Array(fixture('not-a-letter.pdf').bytes),
    'batch/readme.docx': strToU8('not a letter'),
  });
  await dropFiles(page, [{ name: 'letters.zip', bytes: Buffer.from(zip) }]);
  await waitForParsing(page, 2);
  await openFilesPanel(page);
  await expect(row(page, 'letters.zip/batch/short-letter.pdf')).toBeVisible();
  await expect(row(page, 'letters.zip/batch/deeper/not-a-letter.pdf')).toBeVisible();
  await expect(page.getByTestId('notice').filter({ hasText: 'skipped' })).toContainText('letters.zip/batch/readme.docx');
});

test('the folder picker walks nested folders and skips what is not a letter', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'imr-lens-folder-'));
  mkdirSync(join(root, 'batch', 'deeper'), { recursive: true });
  copyFileSync(join(FIXTURES, 'short-letter.pdf'), join(root, 'batch', 'short-letter.pdf'));
  copyFileSync(join(FIXTURES, 'not-a-letter.pdf'), join(root, 'batch', 'deeper', 'not-a-letter.pdf'));
  writeFileSync(join(root, 'batch', 'deeper', 'notes.md'), '# not a letter\n');
  try {
    await openApp(page);
    await page.getByTestId('folder-input').first().setInputFiles(join(root, 'batch'));
    await waitForParsing(page, 2);
    await openFilesPanel(page);
    await expect(row(page, 'batch/short-letter.pdf')).toBeVisible();
    await expect(row(page, 'batch/deeper/not-a-letter.pdf')).toBeVisible();
    await expect(page.getByTestId('notice').filter({ hasText: 'skipped' })).toContainText('batch/deeper/notes.md');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
