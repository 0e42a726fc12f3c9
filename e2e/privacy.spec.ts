// Letters hold medical details: nothing may leave the page. Every request the page makes while
// loading, parsing, opening the source view and exporting must be the app's own files, blob: or data:.
import { test, expect, corpusLetters, dropFiles, HAS_CORPUS, NO_CORPUS_MESSAGE, openApp, waitForParsing } from './fixtures.ts';

test('no network request leaves the app origin during load, parse, source view and export', async ({ page, baseURL }) => {
  test.skip(!HAS_CORPUS, NO_CORPUS_MESSAGE);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));
  // Workers' own requests (module imports, fetches) are reported through the page's context too.
  page.context().on('request', (r) => requests.push(r.url()));

  await openApp(page);
  const letters = corpusLetters().slice(0, 12);
  await dropFiles(page, letters);
  await waitForParsing(page, letters.length);
  await page.locator('table.grid tbody tr').first().click();
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
  await page.waitForTimeout(1500); // let the source view fetch whatever it needs (pdf.js assets, fonts)
  // Beside the open letter the exports fold into the Export menu, which closes once an export is chosen.
  for (const name of ['Export CSV', 'Export JSON']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }

  expect(requests.length).toBeGreaterThan(0);
  const foreign = requests.filter((url) => !(url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')));
  expect(foreign).toEqual([]);
});

test("the address names the decision ticked but never a letter's words (a reviewer's specialty), which the saved view keeps", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(page.locator('table.grid tbody tr').first()).toBeVisible();
  const specialty = page.locator('[data-facet="specialties"]').getByRole('checkbox').first();
  // The label ends in the count, which the decision filter changes.
  const name = await specialty.evaluate((box) => (box.closest('label')?.textContent ?? '').replace(/\d+$/, ''));
  await specialty.check();
  await page
    .locator('[data-facet="decision"]')
    .getByRole('checkbox', { name: /^Upheld/ })
    .check();
  await expect(page).toHaveURL(/decision=Upheld/);
  expect(page.url()).not.toMatch(/specialt/i);
  const word = name.trim().split(/\s+/)[0]!;
  expect(word.length).toBeGreaterThan(2);
  expect(decodeURIComponent(page.url().replace(/\+/g, ' '))).not.toContain(word);
  // Reopened from the address: the decision from it, the specialty from the saved view.
  await page.goto(page.url());
  await expect(page.locator('[data-facet="decision"]').getByRole('checkbox', { name: /^Upheld/ })).toBeChecked();
  await expect(page.locator('[data-facet="specialties"] input[type="checkbox"]:checked')).toHaveCount(1);
  expect(
    await page
      .locator('[data-facet="specialties"] input[type="checkbox"]:checked')
      .evaluate((box) => box.closest('label')?.textContent?.replace(/\d+$/, '')),
  ).toBe(name);
});
