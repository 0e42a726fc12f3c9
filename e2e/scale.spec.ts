// Tens of thousands of rows: a session of 400 letters × 50 items (20,000 rows) is put in IndexedDB,
// and the app must restore it, render only the visible rows, sort, filter and scroll. How fast is
// measured by the benchmark (npm run bench -- table), never asserted here.
import type { Category, Decision } from '../src/extract/record.ts';
import { fakeItem, fakeRecord } from '../src/test-support/test-records.ts';
import { test, expect, openApp, writeSavedSession } from './fixtures.ts';

const LETTERS = 400;
const ITEMS = 50;
const CATEGORIES: Category[] = ['medication', 'imaging', 'physical therapy', 'surgery', 'injection'];

function syntheticSession() {
  const entries = [];
  const records: [string, unknown][] = [];
  for (let l = 0; l < LETTERS; l++) {
    const id = `synthetic-${String(l).padStart(4, '0')}`;
    entries.push({ id, name: `letter-${l}.pdf`, size: 1000, state: 'done', message: null, code: null, addedAt: l });
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const decision: Decision = (l * ITEMS + i) % 10 === 0 ? 'Overturned' : 'Upheld';
      return fakeItem(`Request ${l}-${i}`, decision, CATEGORIES[i % CATEGORIES.length]!);
    });
    records.push([
      `record:${id}`,
      fakeRecord({ file: `letter-${l}.pdf`, sha256: id, items, caseNumber: `CM16-${String(l).padStart(7, '0')}` }),
    ]);
  }
  return { entries, records };
}

test('20,000 rows: restored from IndexedDB, virtualized, sorted, filtered and scrolled', async ({ page }) => {
  await openApp(page);
  const session = syntheticSession();
  await writeSavedSession(page, [['entries', session.entries], ...session.records]);
  await page.reload();
  await expect(page.getByTestId('summary')).toHaveText('20,000 items in 400 letters, 10.0% overturned', { timeout: 30_000 });
  expect(await page.locator('table.grid tbody tr').count()).toBeLessThan(80);

  const firstRequest = page.locator('table.grid tbody tr').first().locator('td[data-column="request"]');
  await page.locator('th[data-column="request"] button').click();
  await page.locator('th[data-column="request"] button').click();
  await expect(firstRequest).toHaveText('Request 99-9');
  expect(await page.locator('table.grid tbody tr').count()).toBeLessThan(80);

  await page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox').check();
  await expect(page.getByTestId('summary')).toHaveText('2,000 items in 400 letters, 100.0% overturned');
  // Every row left in the page is an overturned item.
  await expect(page.locator('table.grid tbody td[data-column="decision"]').first()).toHaveText('Overturned');
  await expect(page.locator('table.grid tbody td[data-column="decision"]', { hasText: 'Upheld' })).toHaveCount(0);

  await page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox').uncheck();
  await page.locator('.grid-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('table.grid tbody tr[aria-rowindex="20001"]')).toBeVisible();
  expect(await page.locator('table.grid tbody tr').count()).toBeLessThan(80);
});
