// Insights' details on letters written for the test (long specialties, requests and guideline
// sections): bars sorted by rate and the order kept, whole-number ticks, labels wrapped rather than
// cut, exported charts that carry their title, n, filters and date without changing the filters,
// a skip link that points at the charts, and no WCAG 2.2 AA axe violation at 1280×720 and 640×360
// in either theme.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, dropFiles, openApp, waitForParsing } from './fixtures.ts';
import { longLabelLetter } from './insights-long-labels.ts';

const LETTERS = Array.from({ length: 9 }, (_, i) => longLabelLetter(i));
const LONG_SPECIALTY = 'Physical Medicine and Rehabilitation with Added Qualification in Spinal Cord Injury Medicine';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.use({ viewport: { width: 1280, height: 720 } });

async function openInsights(page: Page) {
  await openApp(page);
  await dropFiles(page, LETTERS);
  await waitForParsing(page, LETTERS.length);
  await page.getByRole('tab', { name: 'Insights' }).click();
  await expect(page.locator('[data-chart="category"] svg')).toBeVisible();
}

/** A chart card, scrolled to and drawn. */
async function drawnCard(page: Page, id: string): Promise<Locator> {
  const card = page.locator(`[data-chart="${id}"]`);
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('.insight-plot[data-drawn="true"] svg')).toBeVisible();
  return card;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The rates in the card's table, top to bottom. */
const tableRates = (card: Locator) =>
  card.locator('tbody td[data-rate]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-rate'))));
/** The groups as the chart draws them, top to bottom (each bar's row band carries its value). */
const barOrder = (card: Locator) =>
  card.locator('rect.insight-hit').evaluateAll((rects) =>
    rects
      .map((r) => ({ value: r.getAttribute('data-value'), y: Number(r.getAttribute('y')) }))
      .sort((a, b) => a.y - b.y)
      .map((r) => r.value),
  );

test('bars sort by rate, kept across a reload; ticks are whole numbers; long labels wrap', async ({ page }) => {
  test.setTimeout(180_000);
  await openInsights(page);
  const card = await drawnCard(page, 'specialty');
  const sort = card.getByRole('combobox', { name: /^Sort the bars of/ });
  await expect(sort).toHaveValue('items');
  const byItems = await barOrder(card);

  // Sorting by rate, from the keyboard: the table and the bars both highest rate first, the same groups.
  await sort.focus();
  await sort.selectOption('rate');
  await expect(sort).toHaveValue('rate');
  const rates = await tableRates(card);
  expect(rates.length).toBeGreaterThan(1);
  expect(rates).toEqual([...rates].sort((a, b) => b - a));
  const byRate = await barOrder(card);
  expect(new Set(byRate)).toEqual(new Set(byItems));
  expect(byRate).not.toEqual(byItems);
  const groupsInTable = await card.locator('tbody th').allTextContents();
  expect(byRate).toEqual(groupsInTable);
  // Only that chart: the others keep their own order.
  await expect((await drawnCard(page, 'category')).getByRole('combobox')).toHaveValue('items');

  // Kept in the view, saved with the session.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Insights' })).toHaveAttribute('aria-selected', 'true');
  const again = await drawnCard(page, 'specialty');
  await expect(again.getByRole('combobox', { name: /^Sort the bars of/ })).toHaveValue('rate');
  expect(await barOrder(again)).toEqual(byRate);

  // Axes of counts and of days: whole-number ticks only (a handful of letters made 0.5 steps before).
  for (const id of ['requests', 'sections', 'ur-to-decision', 'application-to-decision']) {
    const chart = await drawnCard(page, id);
    const ticks = await chart.locator('g[aria-label$="-axis tick label"] text').allTextContents();
    const numeric = ticks.filter((t) => /^[\d.,]+%?$/.test(t) && !t.endsWith('%'));
    expect(numeric.length, id).toBeGreaterThan(1);
    for (const t of numeric) expect(t, `${id} tick`).toMatch(/^\d[\d,]*$/);
  }

  // The long specialty: on more than one line, every word kept or "…" only at the end; the whole name in
  // its tooltip and in the table (what screen readers read).
  const label = again.locator('g[aria-label="y-axis tick label"] text').filter({ has: page.locator(`title:text-is("${LONG_SPECIALTY}")`) });
  await expect(label).toHaveCount(1);
  const lines = await label.locator('tspan').allTextContents();
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.length).toBeLessThanOrEqual(3);
  for (const line of lines.slice(0, -1)) expect(line).not.toContain('…');
  expect(LONG_SPECIALTY.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
  const cell = again.locator('tbody th').filter({ hasText: LONG_SPECIALTY });
  await expect(cell).toHaveText(LONG_SPECIALTY);
  await expect(cell.locator('[title]')).toHaveAttribute('title', LONG_SPECIALTY);
  // Wrapped, not cut on one line: the cell is taller than one line of its text.
  const box = (await cell.locator('.group-name').boundingBox())!;
  expect(box.height).toBeGreaterThan(20);
});

test('an exported chart carries its title, n, the filters and the date, and exporting changes no filter', async ({ page }) => {
  test.setTimeout(180_000);
  await openInsights(page);
  await page
    .locator('[data-facet="decision"]')
    .getByRole('checkbox', { name: /^Overturned/ })
    .check();
  await expect(page.getByTestId('insights-overall')).toContainText('100.0% of');
  const card = await drawnCard(page, 'specialty');
  const items = await tableRates(card);
  const address = page.url();
  const groups = await barOrder(card);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const decided = (await page.getByTestId('insights-overall').textContent())!.match(/of (\d+) decided/)![1];

  const svgFile = await download(page, () => card.getByRole('button', { name: 'SVG' }).click());
  expect(svgFile.name).toBe('imr-lens-specialty.svg');
  const svg = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: root.querySelector(':scope > title')?.textContent ?? null,
      // The caption drawn above the chart: the outer SVG's own text lines.
      caption: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join('\n'),
      bars: [...root.querySelectorAll('rect.insight-hit')].map((r) => r.getAttribute('data-value')),
      chartTop: Number(root.querySelector(':scope > svg')?.getAttribute('y')),
      unresolved: /var\(--|currentColor/.test(text.replace(/<style[\s\S]*?<\/style>/g, '')),
    };
  }, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.title).toBe('Overturn rate by reviewer specialty');
  expect(svg.caption).toContain('Overturn rate by reviewer specialty');
  expect(svg.caption).toContain(`n = ${decided} items (${decided} decided)`);
  expect(svg.caption).toMatch(/Filters: Decision: Overturned/);
  expect(svg.caption).toContain(`exported ${today}`);
  expect(svg.chartTop).toBeGreaterThan(40);
  expect(svg.unresolved).toBe(false);
  // The chart as it was on screen, every bar of it.
  expect(svg.bars).toEqual(groups);

  const pngFile = await download(page, () => card.getByRole('button', { name: 'PNG' }).click());
  expect(pngFile.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Twice the size of the SVG (caption and chart): its height is the chart's plus the caption's.
  const [width, height] = [pngFile.bytes.readUInt32BE(16), pngFile.bytes.readUInt32BE(20)];
  const viewBox = (await card.locator('svg').getAttribute('viewBox'))!.split(' ').map(Number);
  expect(width).toBe(2 * viewBox[2]!);
  expect(height).toBeGreaterThan(2 * (viewBox[3]! + 40));

  // Exporting filtered nothing: still Insights, the same address and filter, the same chart.
  await expect(page.getByRole('tab', { name: 'Insights' })).toHaveAttribute('aria-selected', 'true');
  expect(page.url()).toBe(address);
  await expect(page.locator('[data-facet="decision"]').getByRole('checkbox', { name: /^Overturned/ })).toBeChecked();
  await expect(page.locator('[data-facet="specialties"] input:checked')).toHaveCount(0);
  expect(await barOrder(card)).toEqual(groups);
  expect(await tableRates(card)).toEqual(items);
});

test('the skip link points at what each view shows: the table, or the charts on Insights', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, LETTERS);
  await waitForParsing(page, LETTERS.length);
  const skip = page.getByRole('navigation', { name: 'Skip links' });
  await expect(skip.getByRole('link', { name: 'Skip to table' })).toHaveAttribute('href', '#review-table');
  await expect(page.locator('#review-table')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Insights' }).click();
  await expect(page.locator('[data-chart="category"] svg')).toBeVisible();
  await expect(skip.getByRole('link', { name: 'Skip to table' })).toHaveCount(0);
  const toCharts = skip.getByRole('link', { name: 'Skip to charts' });
  const target = (await toCharts.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
  await expect(page.locator(target).locator('[data-chart]').first()).toBeAttached();
  // From the keyboard: after "Skip to search", Tab reaches it; Enter on it moves the focus to the charts.
  await skip.getByRole('link', { name: 'Skip to search' }).focus();
  await page.keyboard.press('Tab');
  await expect(toCharts).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(target)).toBeFocused();
  // Every skip link's target exists.
  for (const href of await skip.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
    await expect(page.locator(href), href).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`Insights has no WCAG 2.2 AA axe violation at 1280×720 and at 640×360, ${theme} theme`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: theme });
    await openInsights(page);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 640, height: 360 },
    ]) {
      await page.setViewportSize(size);
      // Every chart drawn (those out of view are drawn when idle), the sort opened on one of them.
      await expect(page.locator('.insight-plot[data-drawn="false"]')).toHaveCount(0);
      await (await drawnCard(page, 'specialty')).getByRole('combobox').selectOption('rate');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(
        violations.map((v) => `${size.width}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${theme}, ${size.width}×${size.height}`,
      ).toEqual([]);
      await (await drawnCard(page, 'specialty')).getByRole('combobox').selectOption('items');
    }
  });
}
