// A session saved by an earlier version of imr-lens (schema 1, records without an engine version,
// one of them from before item categories existed) is restored: every letter is shown, read again by
// the current engine from its stored bytes; nothing blanks the page. And when drawing does fail, the
// error boundary keeps the letters and offers a way out.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForParsing, writeSavedSession } from './fixtures.ts';

interface SavedLetter {
  entry: { id: string; name: string };
  record: unknown;
  bytesBase64: string;
}
const FIXTURE = JSON.parse(readFileSync(new URL('./fixtures/session-schema-1.json', import.meta.url), 'utf8')) as {
  view: unknown;
  letters: SavedLetter[];
};

async function restoreFixture(page: Page, view: unknown = FIXTURE.view): Promise<void> {
  await openApp(page);
  await writeSavedSession(
    page,
    [
      ['entries', FIXTURE.letters.map((l) => l.entry)],
      ['view', view],
      ...FIXTURE.letters.map((l): [string, unknown] => [`record:${l.entry.id}`, l.record]),
    ],
    FIXTURE.letters.map((l) => [`bytes:${l.entry.id}`, l.bytesBase64]),
    true,
  );
  await page.reload();
}

test('a session saved by the previous schema comes back whole, every letter read again by the current engine', async ({ page }) => {
  await restoreFixture(page);
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByTestId('notice').filter({ hasText: '2 letters were read by an earlier version of imr-lens' })).toBeVisible();
  await waitForParsing(page, 2);
  await expect(page.locator('.file-row[data-state="done"]')).toHaveCount(2);
  await expect(page.getByTestId('summary')).toContainText('3 items in 2 letters');
  // The PDF's item was saved without a category; read again, it has the one its answer key gives.
  const row = page.getByRole('row').filter({ hasText: 'Physical therapy 2 times a week for 6 weeks' });
  await expect(row).toContainText('physical therapy');

  // Saved again with the current engine's version: the next start has nothing to read again.
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText('3 items in 2 letters');
  await expect(page.getByTestId('notice').filter({ hasText: 'earlier version' })).toHaveCount(0);
});

test('when the page cannot be drawn, the letters are kept and the view can be reset', async ({ page }) => {
  // A saved view damaged on disk (sorting is no list): drawing the table throws.
  await restoreFixture(page, { sorting: 'damaged', columnFilters: [], globalFilter: '', columnVisibility: {} });
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong while drawing this page' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('2 letters are kept in this browser');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export letters (JSON)' }).click();
  const records = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { file: string }[];
  expect(records.map((r) => r.file).sort()).toEqual(['CM16-0912345.pdf', 'IMR-older-layout-concussion.txt']);
  await alert.getByRole('button', { name: 'Reset the view' }).click();
  await waitForParsing(page, 2);
  await expect(page.getByTestId('summary')).toContainText('3 items in 2 letters');
});
