// Accessibility, checked as users meet the app: axe-core with the WCAG 2.2 A and AA rules on every
// state (empty, table, files panel, Columns menu, source view as pages and as text, Insights, the
// shortcuts and Clear all dialogs, a notice; at 640×360 the menus and the filters drawer) in the light
// and the dark theme with no violation at all; the layout at 1280×720 and at 1024 wide; and the whole
// review done from the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, openApp, waitForParsing, dropFiles } from './fixtures.ts';

const SAMPLES_INDEX = new URL('../public/samples/index.json', import.meta.url);
const samples = () => JSON.parse(readFileSync(SAMPLES_INDEX, 'utf8')) as string[];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every WCAG 2.2 A/AA violation on the page as it is, with what and where, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function loadSamples(page: Page) {
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, samples().length);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme, viewport: { width: 1280, height: 720 } });

    test('no WCAG 2.2 AA axe violation in any state', async ({ page }) => {
      // A dozen full axe runs: each takes seconds on a busy machine.
      test.setTimeout(420_000);
      test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page), 'empty state').toEqual([]);

      await loadSamples(page);
      expect(await seriousViolations(page), 'table').toEqual([]);

      await page.getByRole('searchbox', { name: 'Search all fields' }).fill('knee');
      await expect(page.locator('mark.search-hit').first()).toBeVisible();
      expect(await seriousViolations(page), 'table with search matches marked').toEqual([]);
      await page.getByRole('searchbox', { name: 'Search all fields' }).fill('');

      await page.getByRole('button', { name: /^Files/ }).click();
      await expect(page.locator('#file-list')).toBeVisible();
      expect(await seriousViolations(page), 'files panel').toEqual([]);

      await page.getByRole('button', { name: 'Columns', exact: true }).click();
      await expect(page.getByRole('group', { name: 'Columns', exact: true })).toBeVisible();
      expect(await seriousViolations(page), 'Columns menu').toEqual([]);
      await page.keyboard.press('Escape');

      await page.locator('table.grid tbody tr').nth(1).click();
      const pane = page.getByRole('complementary', { name: 'Source letter' });
      await expect(pane.locator('canvas.sv-drawn').first()).toBeVisible();
      expect(await seriousViolations(page), 'source view, pages').toEqual([]);
      await pane.getByRole('button', { name: /^Corrections and notes/ }).click();
      await expect(pane.getByLabel('Field to correct')).toBeVisible();
      expect(await seriousViolations(page), 'source view, review panel unfolded').toEqual([]);
      await pane.getByRole('button', { name: /^Corrections and notes/ }).click();
      await pane.getByRole('button', { name: 'Text', exact: true }).click();
      await expect(pane.locator('.sv-text mark').first()).toBeVisible();
      expect(await seriousViolations(page), 'source view, text').toEqual([]);
      await page.keyboard.press('Escape');

      await page.locator('table.grid tbody tr').first().focus();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await seriousViolations(page), 'shortcuts dialog').toEqual([]);
      await page.keyboard.press('Escape');

      await page.getByRole('tab', { name: 'Insights' }).click();
      await expect(page.locator('[data-chart="category"] svg')).toBeVisible();
      expect(await seriousViolations(page), 'Insights').toEqual([]);
      await page.getByRole('tab', { name: 'Table' }).click();

      await page.getByRole('button', { name: 'Clear all' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page), 'Clear all dialog').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await dropFiles(page, [{ name: 'again.txt', bytes: Buffer.from('Not a letter.\n') }]);
      await dropFiles(page, [{ name: 'again-copy.txt', bytes: Buffer.from('Not a letter.\n') }]);
      // Real letters dropped onto the samples replace them (one notice), and the copy is a duplicate (another).
      await expect(page.getByTestId('notice').first()).toBeVisible();
      expect(await seriousViolations(page), 'a notice').toEqual([]);
    });

    test('no WCAG 2.2 AA axe violation at 640×360 (1280×720 at 200%): menus, filters drawer, letter', async ({ page }) => {
      test.setTimeout(420_000);
      test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
      await page.setViewportSize({ width: 640, height: 360 });
      await openApp(page);
      expect(await seriousViolations(page), 'empty state').toEqual([]);
      await loadSamples(page);
      expect(await seriousViolations(page), 'table').toEqual([]);
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await seriousViolations(page), 'top bar menu').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      expect(await seriousViolations(page), 'export menu').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'More' }).click();
      expect(await seriousViolations(page), 'review menu').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Filters' }).click();
      await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
      expect(await seriousViolations(page), 'filters drawer').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Files/ }).click();
      expect(await seriousViolations(page), 'files drawer').toEqual([]);
      await page.getByRole('button', { name: /^Files/ }).click();
      await page.locator('table.grid tbody tr').first().click();
      await expect(page.locator('canvas.sv-drawn').first()).toBeVisible();
      expect(await seriousViolations(page), 'letter').toEqual([]);
    });
  });
}

/** The app with the sample letters in its table; in a window `width` × 720 when a width is given. */
async function openWithSamples(page: Page, width?: number): Promise<void> {
  test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
  if (width) await page.setViewportSize({ width, height: 720 });
  await openApp(page);
  await loadSamples(page);
}

test.describe('layout', () => {
  test('at 1280×720 the main columns and 15 rows show without scrolling sideways', async ({ page }) => {
    await openWithSamples(page, 1280);
    const scroller = page.locator('.grid-scroll');
    const box = (await scroller.boundingBox())!;
    for (const column of ['decision', 'request', 'category', 'caseNumber', 'decisionDate', 'specialties', 'warnings']) {
      const th = (await page.locator(`th[data-column="${column}"]`).boundingBox())!;
      expect(th, column).not.toBeNull();
      expect(th.x + th.width, `${column} ends inside the table`).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const fullyShown = await page.locator('table.grid tbody tr').evaluateAll((rows, bottom) => {
      return rows.filter((r) => {
        const rect = r.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= bottom + 0.5;
      }).length;
    }, box.y + box.height);
    expect(fullyShown).toBeGreaterThanOrEqual(15);
  });

  test('at 1024 wide nothing in the toolbar is cut off, with or without the source view', async ({ page }) => {
    await openWithSamples(page, 1024);
    const fits = async (names: string[]) => {
      for (const name of names) {
        const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
        expect(b.x + b.width, name).toBeLessThanOrEqual(1024);
      }
      const search = (await page.getByRole('searchbox', { name: 'Search all fields' }).boundingBox())!;
      expect(search.width).toBeGreaterThanOrEqual(140);
    };
    await fits(['Export CSV', 'Export JSON', 'Columns', 'Clear all']);
    await page.locator('table.grid tbody tr').first().click();
    await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
    // Beside the letter the exports fold into one menu, clear of the source view.
    await fits(['Export', 'Columns', 'Clear all']);
    const pane = (await page.getByRole('complementary', { name: 'Source letter' }).boundingBox())!;
    const exports = (await page.getByRole('button', { name: 'Export', exact: true }).boundingBox())!;
    expect(exports.x + exports.width, 'Export clear of the source view').toBeLessThanOrEqual(pane.x);
  });

  test('at 1280×720 the letter gets most of the source view: the review panel is one line until unfolded', async ({ page }, testInfo) => {
    await openWithSamples(page, 1280);
    await page.locator('table.grid tbody tr').first().click();
    const pane = page.getByRole('complementary', { name: 'Source letter' });
    await expect(pane.locator('canvas.sv-drawn').first()).toBeVisible();
    const height = async (selector: string) => (await pane.locator(selector).first().boundingBox())!.height;
    const paneHeight = (await pane.boundingBox())!.height;
    await page.screenshot({ path: testInfo.outputPath('source-view-folded.png') });
    // The letter's scroll area takes most of the pane; the folded review panel one row of buttons.
    expect(await height('.sv-doc')).toBeGreaterThan(paneHeight * 0.7);
    expect(await height('.rv-panel')).toBeLessThan(60);
    // Unfolded by the user, it stays unfolded (here after a reload), and still leaves the letter half.
    const unfold = pane.getByRole('button', { name: /^Corrections and notes/ });
    await unfold.click();
    await expect(pane.getByLabel('Item note')).toBeVisible();
    await page.reload();
    await page.locator('table.grid tbody tr').first().click();
    await expect(unfold).toHaveAttribute('aria-expanded', 'true');
    await expect(pane.getByLabel('Item note')).toBeVisible();
    expect(await height('.sv-doc')).toBeGreaterThan(paneHeight * 0.45);
    await page.screenshot({ path: testInfo.outputPath('source-view-unfolded.png') });
  });

  test('the split between table and source view can be dragged and is kept', async ({ page }) => {
    await openWithSamples(page, 1280);
    await page.locator('table.grid tbody tr').first().click();
    const pane = page.getByRole('complementary', { name: 'Source letter' });
    const before = (await pane.boundingBox())!.width;
    const handle = (await page.getByRole('separator', { name: 'Width of the source view' }).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, 300);
    await page.mouse.down();
    await page.mouse.move(handle.x + 150, 300, { steps: 5 });
    await page.mouse.up();
    const after = (await pane.boundingBox())!.width;
    expect(after).toBeLessThan(before - 100);
    await page.reload();
    await page.locator('table.grid tbody tr').first().click();
    expect(Math.abs((await pane.boundingBox())!.width - after)).toBeLessThan(4);
  });
});

test('keyboard only: reach the search, filter, open a row and come back', async ({ page }) => {
  test.skip(!existsSync(SAMPLES_INDEX), 'public/samples/index.json is not there yet');
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  // Empty state: the skip link leads to the first action.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add files…' })).toBeFocused();
  const sampleButton = page.getByRole('button', { name: 'Try sample letters' });
  for (let i = 0; i < 5 && !(await sampleButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(sampleButton).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForParsing(page, samples().length);

  // Once the letters are in, focus waits in the search box.
  const search = page.getByRole('searchbox', { name: 'Search all fields' });
  await expect(search).toBeFocused();

  // A fresh load of the saved session: the first Tab offers the skip links, search first.
  await page.reload();
  await expect(page.locator('table.grid tbody tr').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to search' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(search).toBeFocused();
  await page.keyboard.type('CM16-0923871');
  await expect(page.getByTestId('summary')).toHaveText(/^4 items in 1 letter/);

  // On through the toolbar, the review bar and the column headers to the table's one tabbable row.
  const firstRow = page.locator('table.grid tbody tr').first();
  for (let i = 0; i < 25 && !(await firstRow.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  const rows = page.locator('table.grid tbody tr');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const pane = page.getByRole('complementary', { name: 'Source letter' });
  await expect(pane).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pane).toBeHidden();
  await expect(rows.nth(1)).toBeFocused();
});

test('the Columns menu closes on Esc (focus back on its button) and an outside click opens no row', async ({ page }) => {
  await openWithSamples(page);
  const button = page.getByRole('button', { name: 'Columns', exact: true });
  await button.click();
  const menu = page.getByRole('group', { name: 'Columns', exact: true });
  await menu.getByRole('checkbox', { name: 'File' }).check();
  await expect(page.locator('th[data-column="file"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await page.locator('table.grid tbody tr').nth(2).click();
  await expect(menu).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toHaveCount(0);
});

test('a column is resized from the keyboard (Columns menu: narrower, wider) and by dragging its edge; widths are kept', async ({
  page,
}) => {
  await openWithSamples(page);
  const header = page.locator('th[data-column="category"]');
  const width = async () => Math.round((await header.boundingBox())!.width);
  const before = await width();
  // Keyboard only: focus the menu's button, open it, Tab to "Wider Category", press it twice.
  const button = page.getByRole('button', { name: 'Columns', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const wider = page.getByRole('button', { name: 'Wider Category' });
  for (let i = 0; i < 80 && !(await wider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(wider).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect.poll(width).toBe(before + 40);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Narrower Category' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(width).toBe(before + 20);
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();

  // The mouse: drag the header's right edge 30 pixels to the right.
  const edge = (await header.locator('.col-resizer').boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 30, edge.y + edge.height / 2, { steps: 3 });
  await page.mouse.up();
  await expect.poll(width).toBe(before + 50);

  // Saved with the column layout.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(header).toBeVisible();
  await expect.poll(width).toBe(before + 50);
});

test('search looks in every field and marks the match; filters and search live in the address', async ({ page }) => {
  await openWithSamples(page);
  const search = page.getByRole('searchbox', { name: 'Search all fields' });
  // A case number, and a file name.
  await search.fill('cm16-0912345');
  await expect(page.locator('td[data-column="caseNumber"] mark.search-hit').first()).toHaveText('CM16-0912345');
  await search.fill('older-layout-shoulder');
  await expect(page.locator('table.grid tbody tr').first().locator('.match-where')).toContainText('matches in file');

  await search.fill('knee');
  await page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox').check();
  await page.locator('[data-range="decisionDate"] input').first().fill('2016-11-01');
  await expect(page).toHaveURL(/q=knee/);
  await expect(page).toHaveURL(/decision=Overturned/);
  await expect(page).toHaveURL(/decisionDate=2016-11-01\.\./);
  const summary = await page.getByTestId('summary').textContent();

  // A shared address gives the same view, whatever view was saved.
  await search.fill('');
  await page.goto('/?q=knee&decision=Overturned&decisionDate=2016-11-01..');
  await expect(page.getByRole('searchbox', { name: 'Search all fields' })).toHaveValue('knee');
  await expect(page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox')).toBeChecked();
  await expect(page.getByTestId('summary')).toHaveText(summary!);
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });
  test('follows the system until chosen; the choice is kept', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  });
});
