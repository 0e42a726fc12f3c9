// Screenshots for the README (docs/screenshots/), taken from the built app with the sample letters
// bundled in public/samples, so they show no real person's letter.
import { test, expect, openApp, waitForParsing } from './fixtures.ts';
import { existsSync, readFileSync } from 'node:fs';

const SAMPLES_INDEX = new URL('../public/samples/index.json', import.meta.url);

test('screenshots of the empty state and the table', async ({ page }) => {
  test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
  const samples = JSON.parse(readFileSync(SAMPLES_INDEX, 'utf8')) as string[];
  await openApp(page);
  await page.screenshot({ path: 'docs/screenshots/empty.png' });

  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, samples.length);
  await page.locator('table.grid tbody tr').first().click();
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page
    .locator('table.grid tbody tr')
    .nth(1)
    .click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('Escape');
  await page.screenshot({ path: 'docs/screenshots/table.png' });
});

test('screenshot of an item opened beside the table', async ({ page }) => {
  test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
  const samples = JSON.parse(readFileSync(SAMPLES_INDEX, 'utf8')) as string[];
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, samples.length);
  await page
    .locator('table.grid tbody tr')
    .nth(1)
    .click({ position: { x: 40, y: 10 } });
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshots/table-with-source.png' });
});
