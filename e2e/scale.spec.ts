// Tens of thousands of rows: a session of 400 letters × 50 items (20,000 rows) is put in IndexedDB,
// and the app must restore it, render only the visible rows, sort, filter and scroll. How fast is
// measured by the benchmark (npm run bench -- table), never asserted here.
import type { Category, Decision } from '../src/extract/record.ts';
import { fakeItem, fakeRecord } from '../src/test-support/test-records.ts';
import { test, expect, openApp, writeSavedSession } from './fixtures.ts';

const LETTERS = 400;
const ITEMS = 50;
const CATEGORIES: Category[] = ['medication', 'imaging', 'physical therapy', 'surgery', 'injection'];

/** `attentionLetter`: one letter whose items need attention (a problem of the letter), for `n`. */
function syntheticSession(attentionLetter: number | null = null) {
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
      fakeRecord({
        file: `letter-${l}.pdf`,
        sha256: id,
        items,
        caseNumber: `CM16-${String(l).padStart(7, '0')}`,
        problems: l === attentionLetter ? [{ severity: 'warning', message: 'Check this letter.' }] : [],
        status: l === attentionLetter ? 'partial' : 'ok',
      }),
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

test('20,000 rows: `n` at row 15,000 scrolls the table to the chosen row, through the virtualizer', async ({ page }) => {
  await openApp(page);
  // Letter 300's 50 items (rows 15,001 to 15,050) are the only ones needing attention.
  const session = syntheticSession(300);
  await writeSavedSession(page, [['entries', session.entries], ...session.records]);
  await page.reload();
  await expect(page.getByTestId('summary')).toHaveText('20,000 items in 400 letters, 10.0% overturned', { timeout: 30_000 });
  await page.locator('body').press('n');
  const chosen = page.locator('table.grid tbody tr[data-row-id="synthetic-0300:0"]');
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  await expect(chosen).toBeInViewport();
  await expect(chosen).toHaveAttribute('aria-rowindex', '15002');
  // And again: the next one, still in view.
  await page.locator('body').press('n');
  const next = page.locator('table.grid tbody tr[data-row-id="synthetic-0300:1"]');
  await expect(next).toHaveAttribute('aria-selected', 'true');
  await expect(next).toBeInViewport();
  expect(await page.locator('table.grid tbody tr').count()).toBeLessThan(80);
});
