// Screenshots for the README (docs/screenshots/), taken from the built app at 1280×720 in the light
// and the dark theme (and the table at 200% zoom), with the sample letters bundled in public/samples, so they show no real
// person's letter.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, corpusLetters, dropFiles, HAS_CORPUS, NO_CORPUS_MESSAGE, openApp, waitForParsing } from './fixtures.ts';
import { existsSync, readFileSync } from 'node:fs';

const SAMPLES_INDEX = new URL('../public/samples/index.json', import.meta.url);

/**
 * `npm run screenshots` (SCREENSHOTS=1) writes the README's pictures; an ordinary test run takes them
 * into its own output folder instead, so running the tests never changes tracked files.
 */
const shot = (name: string, testInfo: TestInfo) => (process.env.SCREENSHOTS ? `docs/screenshots/${name}` : testInfo.outputPath(name));

test.use({ viewport: { width: 1280, height: 720 } });

async function loadSamples(page: Page) {
  const samples = JSON.parse(readFileSync(SAMPLES_INDEX, 'utf8')) as string[];
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, samples.length);
}

for (const theme of ['light', 'dark'] as const) {
  const suffix = theme === 'light' ? '' : '-dark';
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('screenshots of the empty state and the table', async ({ page }, testInfo) => {
      test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.screenshot({ path: shot(`empty${suffix}.png`, testInfo) });

      await loadSamples(page);
      await page.getByRole('searchbox', { name: 'Search all fields' }).fill('MRI');
      await page.locator('table.grid tbody tr').first().click();
      await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
      await page.keyboard.press('Escape');
      await page.getByRole('searchbox', { name: 'Search all fields' }).fill('');
      await page.locator('table.grid tbody tr').nth(1).focus();
      await page.screenshot({ path: shot(`table${suffix}.png`, testInfo) });
    });

    test('screenshot of an item opened beside the table', async ({ page }, testInfo) => {
      test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
      await openApp(page);
      await loadSamples(page);
      await page
        .locator('table.grid tbody tr')
        .nth(1)
        .click({ position: { x: 40, y: 10 } });
      const pane = page.getByRole('complementary', { name: 'Source letter' });
      await expect(pane).toBeVisible();
      await expect(pane.locator('canvas.sv-drawn').first()).toBeVisible();
      await page.screenshot({ path: shot(`source-view${suffix}.png`, testInfo) });
    });
  });
}

test.describe('at 200% zoom', () => {
  // 1280×720 at 200%: 640×360 CSS pixels drawn at twice the density, as a zoomed-in browser does.
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('screenshot of the table at 200% zoom', async ({ page }, testInfo) => {
    test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
    await openApp(page);
    await loadSamples(page);
    await page.locator('table.grid tbody tr').nth(1).focus();
    await page.screenshot({ path: shot('table-200.png', testInfo) });
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of Insights on the real letters, ${theme} theme`, async ({ page }, testInfo) => {
    // Aggregates only (counts, rates, treatment kinds): no person's details are shown.
    test.skip(!HAS_CORPUS, NO_CORPUS_MESSAGE);
    await page.emulateMedia({ colorScheme: theme });
    const letters = corpusLetters((n) => n.endsWith('.pdf'));
    await openApp(page);
    await dropFiles(page, letters);
    await waitForParsing(page, letters.length);
    await page.getByRole('tab', { name: 'Insights' }).click();
    await expect(page.locator('[data-chart="category"] svg')).toBeVisible();
    await expect(page.locator('[data-chart="specialty"] svg')).toBeVisible();
    // The charts, past the state report's table at the top of the page.
    await page.locator('[data-chart="category"]').evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await expect(page.locator('[data-chart="guideline"] .insight-plot[data-drawn="true"] svg')).toBeVisible();
    await page.screenshot({ path: shot(`insights${theme === 'light' ? '' : '-dark'}.png`, testInfo) });
  });
}
