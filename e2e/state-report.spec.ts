// Insights by drug class and the state report, on the sample letters we wrote: the drug-class chart
// and the state report's numbers agree with the samples' answer keys, a click on either filters the
// table to its items, the report exports as CSV and is on the printed page.
import Papa from 'papaparse';
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, openApp, waitForParsing } from './fixtures.ts';

const KEYS = new URL('../src/samples/answer-keys/', import.meta.url);
const keys = readdirSync(KEYS).map((f) => JSON.parse(readFileSync(new URL(f, KEYS), 'utf8')) as { items: { drugClass?: string }[] });
const items = keys.flatMap((k) => k.items);
const byClass = new Map<string, number>();
for (const item of items) if (item.drugClass) byClass.set(item.drugClass, (byClass.get(item.drugClass) ?? 0) + 1);
const medications = [...byClass.values()].reduce((a, b) => a + b, 0);
const percent = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`;

test('the drug-class chart and the state report on the samples: numbers, click-to-filter, CSV and print', async ({ page }) => {
  expect(byClass.get('opioid')).toBeGreaterThan(1);
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, keys.length);
  await page.getByRole('tab', { name: 'Insights' }).click();

  // The drug-class chart: medications only, one group per class the keys hold.
  const chart = page.locator('[data-chart="drugClass"]');
  await expect(chart.locator('svg')).toBeVisible();
  const groups = await chart
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
  expect(new Map(groups.map(([g, n]) => [g, Number(n)]))).toEqual(byClass);

  // The state report: drug classes as shares of the medications, categories as shares of every item.
  const report = page.getByTestId('state-report');
  const section = (id: string) => report.locator(`tbody[data-section="${id}"]`);
  const cells = (id: string, group: string) =>
    section(id)
      .getByRole('row', { name: new RegExp(`^${group} `) })
      .locator('td')
      .allTextContents();
  expect((await cells('drugClass', 'opioid')).slice(0, 2)).toEqual([
    String(byClass.get('opioid')),
    percent(byClass.get('opioid')!, medications),
  ]);
  expect((await cells('category', 'medication')).slice(0, 2)).toEqual([String(medications), percent(medications, items.length)]);
  await expect(section('specialty').getByRole('row')).not.toHaveCount(0);

  // Click a drug class in the report: the table shows exactly its items, the facet ticked.
  await section('drugClass').getByRole('button', { name: 'opioid', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('table.grid')).toHaveAttribute('aria-rowcount', String(byClass.get('opioid')! + 1));
  const facet = page.locator('[data-facet="drugClass"]');
  await expect(facet.getByRole('checkbox', { name: 'opioid' })).toBeChecked();
  await facet.getByRole('button', { name: 'clear' }).click();

  // Click a bar of the drug-class chart: the same.
  await page.getByRole('tab', { name: 'Insights' }).click();
  await chart.locator('rect.insight-hit[data-value="muscle relaxant"]').click();
  await expect(page.locator('table.grid')).toHaveAttribute('aria-rowcount', String(byClass.get('muscle relaxant')! + 1));
  await facet.getByRole('button', { name: 'clear' }).click();

  // The report's CSV: one line per row, the shares as shown.
  await page.getByRole('tab', { name: 'Insights' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'CSV' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^imr-lens-state-report-all-\d+-items-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = Papa.parse<Record<string, string>>(readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, ''), { header: true }).data;
  const opioids = csv.find((r) => r['Section'] === 'By drug class (medications)' && r['Group'] === 'opioid')!;
  expect([opioids['Items'], Number(opioids['Share (%)']), opioids['Of']]).toEqual([
    String(byClass.get('opioid')),
    Number(((100 * byClass.get('opioid')!) / medications).toFixed(1)),
    'medication items',
  ]);

  // Printed, the report is on the page.
  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: 'State report' })).toBeVisible();
});
