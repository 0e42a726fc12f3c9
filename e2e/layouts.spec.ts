// Letters of every layout since 2013 (the samples we wrote in each) are read, and the layout is a
// facet and a column named in words, so a reader can split the table by the year's layout.
import { readFileSync } from 'node:fs';
import { expect, openApp, test, waitForParsing } from './fixtures.ts';

const SAMPLES = JSON.parse(readFileSync(new URL('../public/samples/index.json', import.meta.url), 'utf8')) as string[];
const LABELS = [
  '2016–17, header table',
  'Early, no header table',
  '2013, Notice of IMR Determination',
  '2014–15, IMR decision(s)',
  'Medical Professional Review',
];

test('the sample letters of every layout are read; the layout is a facet and a column', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, SAMPLES.length);
  const facet = page.locator('[data-facet="layout"]');
  for (const label of LABELS) await expect(facet.locator('label', { hasText: label })).toHaveCount(1);
  // No sample is of an unknown layout, and none needs attention.
  await expect(facet).not.toContainText('Not recognised');

  await facet.locator('label', { hasText: '2013, Notice of IMR Determination' }).getByRole('checkbox').check();
  await expect(page.getByTestId('summary')).toContainText('2 items in 1 letter');
  // Layout is a column the user shows from the Columns menu (the default columns fit a 1280-pixel window).
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByRole('group', { name: 'Columns', exact: true }).getByRole('checkbox', { name: 'Layout' }).check();
  await page.keyboard.press('Escape');
  const layoutCells = page.locator('table.grid tbody td[data-column="layout"]');
  await expect(layoutCells).toHaveText(['2013, Notice of IMR Determination', '2013, Notice of IMR Determination']);
  await expect(page.locator('table.grid tbody')).toContainText('one viscosupplementation injection to the right knee');
  await expect(page.locator('table.grid tbody')).toContainText('Overturned');
});
