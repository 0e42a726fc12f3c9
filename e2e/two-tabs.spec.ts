// One session, however many tabs: each tab writes only the files and review marks it changed, and
// tells the others, which take them in at once. Two tabs adding letters and reviewing lose nothing of
// each other's, see each other's work, and a fresh tab opens with all of it. And when the browser's
// storage is full, the page says so: the files not stored are named, a mark not saved shows "Not
// saved" until it is, and what frees room is said.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, dropFiles, fileAt, openApp, waitForParsing } from './fixtures.ts';

const SAMPLES = resolve(import.meta.dirname, '../public/samples');
const sample = (caseNumber: string) => fileAt(`${SAMPLES}/${caseNumber}.pdf`);

async function confirmFirstItemOf(page: Page, caseNumber: string): Promise<void> {
  await page.locator('table.grid tbody tr').filter({ hasText: caseNumber }).first().click();
  await page.getByRole('button', { name: 'Confirm & next' }).click();
}

test("two tabs add letters and review at once; neither loses the other's work, and a fresh tab shows all of it", async ({ context }) => {
  test.setTimeout(180_000);
  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([openApp(a), openApp(b)]);
  await Promise.all([
    dropFiles(a, ['CM16-0912345', 'CM16-0923871', 'CM16-0934402'].map(sample)),
    dropFiles(b, ['CM16-0945518', 'CM16-0958820'].map(sample)),
  ]);
  // Each tab lists the other's letters too, read.
  await waitForParsing(a, 5);
  await waitForParsing(b, 5);
  await expect(a.getByTestId('summary')).toContainText('in 5 letters');

  await confirmFirstItemOf(a, 'CM16-0912345');
  await confirmFirstItemOf(b, 'CM16-0958820');
  // Each sees both marks: its own and the other tab's.
  for (const page of [a, b]) await expect(page.getByText(/^2 of \d+ items reviewed/)).toBeVisible();

  const fresh = await context.newPage();
  await openApp(fresh);
  await expect(fresh.locator('.file-row')).toHaveCount(5);
  await expect(fresh.getByTestId('summary')).toContainText('in 5 letters');
  await expect(fresh.getByText(/^2 of \d+ items reviewed/)).toBeVisible();

  // Clear all in one tab empties every tab.
  await b.getByRole('button', { name: 'Clear all' }).click();
  await b.getByRole('dialog').getByRole('button', { name: 'Clear all' }).click();
  for (const page of [a, fresh]) await expect(page.getByRole('heading', { name: 'Drop IMR determination letters here' })).toBeVisible();
});

/**
 * Makes IndexedDB refuse every write as a full storage does (QuotaExceededError), or accept them again.
 * (Chromium's quota override does not reach a test browser's in-memory storage, so the refusal is made here.)
 */
async function storageFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((full) => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.realPut ??= proto.put;
    proto.put = full
      ? () => {
          throw new DOMException('', 'QuotaExceededError');
        }
      : proto.realPut;
  }, full);
}

test('a full storage: files not stored are named, a mark not saved shows "Not saved", and nothing says it was saved', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [sample('CM16-0912345')]);
  await waitForParsing(page, 1);

  // No room left: the next drop cannot be stored, and a review mark cannot be saved.
  await storageFull(page, true);
  await dropFiles(page, [sample('CM16-0923871'), sample('CM16-0934402')]);
  const full = page.locator('.notice').filter({ hasText: "This browser's storage is full: 2 files were not added" });
  await expect(full).toBeVisible();
  await expect(full).toContainText('CM16-0923871.pdf');
  await expect(full).toContainText('CM16-0934402.pdf');
  await expect(full).toContainText('remove letters you no longer need');
  await expect(page.locator('.file-row')).toHaveCount(1);

  await confirmFirstItemOf(page, 'CM16-0912345');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await expect(page.locator('.notice').filter({ hasText: 'storage is full, so your latest changes are not saved' })).toBeVisible();
  // A later save that succeeds (the view) does not make the mark look saved. Beside the open letter
  // the filters are a drawer behind the Filters button.
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
  await page.locator('[data-facet="decision"]').getByRole('checkbox').first().check();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'failed');

  // Room again: the next change saves the mark too, and a reload finds it.
  await storageFull(page, false);
  await page.locator('[data-facet="decision"]').getByRole('checkbox').first().uncheck();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByText(/^1 of \d+ items reviewed/)).toBeVisible();
});
