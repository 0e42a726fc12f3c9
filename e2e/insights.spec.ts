// Insights on the real reference letters: its rates agree with the exported table, a click on a bar
// filters the table to it, and a chart exports as SVG that parses (and as PNG).
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, corpusLetters, dropFiles, HAS_CORPUS, NO_CORPUS_MESSAGE, openApp, waitForParsing } from './fixtures.ts';

test.skip(!HAS_CORPUS, NO_CORPUS_MESSAGE);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const parseCsv = (bytes: Buffer) =>
  Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** The text of a PDF (the printed page), read by pdf.js, and its number of pages. */
async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  return { text: text.replace(/\s+/g, ' '), pages: doc.numPages };
}

const percent = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`;

test('Insights agrees with the exported table, filters the table on a click, and exports its charts', async ({ page }) => {
  test.setTimeout(240_000);
  const letters = corpusLetters((n) => n.endsWith('.pdf'));
  await openApp(page);
  await dropFiles(page, letters);
  await waitForParsing(page, letters.length);

  // Every item of the table, as exported: the ground truth.
  const table = parseCsv((await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click())).bytes);
  const expected = new Map<string, { n: number; overturned: number }>();
  for (const row of table) {
    if (row['Decision'] !== 'Upheld' && row['Decision'] !== 'Overturned') continue;
    const category = row['Category'] || 'Not found';
    const tally = expected.get(category) ?? { n: 0, overturned: 0 };
    tally.n++;
    if (row['Decision'] === 'Overturned') tally.overturned++;
    expected.set(category, tally);
  }
  expect(expected.size).toBeGreaterThan(1);

  await page.getByRole('tab', { name: 'Insights' }).click();
  await expect(page.getByRole('tab', { name: 'Insights' })).toHaveAttribute('aria-selected', 'true');
  const card = page.locator('[data-chart="category"]');
  await expect(card.locator('svg')).toBeVisible();
  // Charts out of view are drawn after those in view (when idle), never left out; each has its table.
  const plots = await page.locator('.insight-plot').count();
  expect(plots).toBe(11);
  await expect(page.locator('.insight-plot svg')).toHaveCount(plots);
  // ... and the state report its own table.
  await expect(page.locator('.insight-card table.insight-table')).toHaveCount(plots + 1);
  // Screen readers: no serious or critical axe violation in the Insights view, in either theme.
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="insights"]').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });

  // The category chart's table: each row's n, overturned and rate equal those counted from the table's CSV.
  const shown = await card
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  expect(shown.map(([group]) => group).sort()).toEqual([...expected.keys()].sort());
  for (const [group, , n, overturned, rate] of shown) {
    const want = expected.get(group!)!;
    expect([group, Number(n), Number(overturned), rate]).toEqual([group, want.n, want.overturned, percent(want.overturned, want.n)]);
  }

  // The insights CSV says the same.
  const insightsFile = await download(page, () => page.getByRole('button', { name: 'Export insights CSV' }).click());
  expect(insightsFile.name).toMatch(/^imr-lens-insights-all-\d+-items-\d{4}-\d{2}-\d{2}\.csv$/);
  const aggregates = parseCsv(insightsFile.bytes).filter((r) => r['Chart'] === 'Overturn rate by category');
  expect(aggregates).toHaveLength(expected.size);
  for (const row of aggregates) {
    const want = expected.get(row['Group']!)!;
    expect([Number(row['Decided']), Number(row['Overturned'])]).toEqual([want.n, want.overturned]);
    expect(Number(row['Overturn rate (%)'])).toBe(Number(((100 * want.overturned) / want.n).toFixed(1)));
  }

  // Hovering a bar shows its exact numbers.
  const largest = [...expected].sort((a, b) => b[1].n - a[1].n)[0]!;
  const bar = card.locator(`rect.insight-hit[data-value="${largest[0]}"]`);
  await expect(bar.locator('title')).toContainText(
    `${percent(largest[1].overturned, largest[1].n)} overturned (${largest[1].overturned} of ${largest[1].n} decided)`,
  );

  // Export the chart: SVG that parses as XML with its bars, and a PNG.
  const svgFile = await download(page, () => card.getByRole('button', { name: 'SVG' }).click());
  expect(svgFile.name).toBe('imr-lens-category.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      // Hidden from screen readers in the page only (its card's table says the same), not in the file.
      hidden: doc.documentElement.getAttribute('aria-hidden'),
      bars: doc.querySelectorAll('rect[data-value]').length,
      unresolved: /var\(--|currentColor/.test(text.replace(/<style[\s\S]*?<\/style>/g, '')),
    };
  }, svgFile.bytes.toString('utf8'));
  expect(parsed).toEqual({ error: null, root: 'svg', hidden: null, bars: expect.any(Number), unresolved: false });
  expect(parsed.bars).toBeGreaterThanOrEqual(expected.size);
  const pngFile = await download(page, () => card.getByRole('button', { name: 'PNG' }).click());
  expect(pngFile.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

  // Click the largest bar: the table, filtered to that category, with the filter shown in the sidebar.
  await bar.click();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('table.grid')).toHaveAttribute('aria-rowcount', String(expected.get(largest[0])!.n + 1));
  const categories = await page.locator('table.grid tbody td[data-column="category"]').allTextContents();
  expect(new Set(categories)).toEqual(new Set([largest[0]]));
  const facet = page.locator('[data-facet="category"]');
  await expect(facet.getByRole('checkbox', { name: largest[0] })).toBeChecked();
  await facet.getByRole('button', { name: 'clear' }).click();
  await expect(page.getByTestId('summary')).toContainText(`in ${letters.length} letters`);

  // A filter ticked while Insights is open: the numbers follow, and every chart is drawn again for
  // them (those in view at once, the others when near the view or when idle), none left empty.
  await page.getByRole('tab', { name: 'Insights' }).click();
  await page
    .locator('[data-facet="decision"]')
    .getByRole('checkbox', { name: /^Upheld/ })
    .check();
  await expect(page.getByTestId('insights-overall')).toContainText('0.0% of');
  await expect(card.locator('tbody td[data-rate]').first()).toHaveText('0.0%');
  const drawnPlots = page.locator('.insight-plot[data-drawn="true"] svg');
  await expect(drawnPlots).toHaveCount(await page.locator('.insight-plot').count());
  await page.locator('[data-chart="application-to-decision"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.insight-plot[data-drawn="false"]')).toHaveCount(0);
  // On paper every card is laid out, in view or not (on screen, cards out of view are skipped).
  await page.emulateMedia({ media: 'print' });
  const visibility = await page.locator('.insight-card').evaluateAll((cards) => cards.map((c) => getComputedStyle(c).contentVisibility));
  expect(new Set(visibility)).toEqual(new Set(['visible']));
  // Printed: every chart, over as many pages as it takes (the page is one window high on screen), under
  // the filter that chose the rows and not the filters left unset.
  const titles = await page.locator('.insight-card h3').allTextContents();
  const printed = await pdfText(await page.pdf({ format: 'Letter' }));
  expect(printed.pages).toBeGreaterThan(2);
  for (const title of titles) expect(printed.text).toContain(title);
  expect(printed.text).toMatch(/Decision\s*Upheld/);
  expect(printed.text).not.toContain('Reviewer licensure');
  await page.emulateMedia({ media: null });
  expect(
    await page
      .locator('.insight-card')
      .first()
      .evaluate((c) => getComputedStyle(c).contentVisibility),
  ).toBe('auto');
});
