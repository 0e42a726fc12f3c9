// The review screen holds at every size and zoom, and keeps the reviewer's place (issue 22):
// 1280×720, 1280×720 at 200% (640×360 CSS px), 320×568 and 1920×1080, on the sample letters.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, dropFiles, fileAt, openApp, waitForParsing } from './fixtures.ts';

const SAMPLES = JSON.parse(readFileSync(new URL('../public/samples/index.json', import.meta.url), 'utf8')) as string[];
const FIXTURES = resolve(import.meta.dirname, '../test-fixtures');

async function loadSamples(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await waitForParsing(page, SAMPLES.length);
}

/** Table rows wholly in view inside the table's scroll box, below its sticky header. */
async function visibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.grid-scroll')?.getBoundingClientRect();
    const head = document.querySelector('.grid thead')?.getBoundingClientRect();
    if (!box || !head || box.height === 0) return 0;
    return [...document.querySelectorAll('.grid tbody tr')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.height > 0 && b.top >= head.bottom - 1 && b.bottom <= box.bottom + 1;
    }).length;
  });
}

/** The page itself never scrolls sideways (the data table inside it may). */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Every bar over the table is one line: no taller than its tallest control and its padding. */
async function expectOneLineBars(page: Page) {
  for (const selector of ['.center-head', '.toolbar', '.rv-progress', '.files-head']) {
    const height = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
    expect(height, `${selector} is one line`).toBeLessThanOrEqual(48);
  }
}

/** A control is reachable: in the page, within the window's width, and not hidden under something else. */
async function expectReachable(page: Page, name: string | RegExp, role: 'button' | 'searchbox' = 'button') {
  const control = page.getByRole(role, { name }).first();
  await expect(control).toBeVisible();
  const box = (await control.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
}

async function openLetter(page: Page, row: number) {
  await page
    .locator('table.grid tbody tr')
    .nth(row)
    .click({ position: { x: 40, y: 10 } });
  await expect(page.getByRole('complementary', { name: 'Source letter' })).toBeVisible();
  await expect(page.locator('canvas.sv-drawn').first()).toBeVisible();
}

test.describe('1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the table shows 15 rows; bars are one line each; the selected row shows its whole request', async ({ page }) => {
    await loadSamples(page);
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(15);
    await expectOneLineBars(page);
    await expectNoSidewaysScroll(page);
    // The filters are a column beside the table, with targets of 24 px at least.
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    const tick = page.locator('.facet-value').first();
    expect((await tick.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    // The longest request on screen, selected, is shown whole (wrapped), not cut.
    const longest = await page.locator('td[data-column="request"]').evaluateAll((cells) => {
      let best = 0;
      cells.forEach((c, i) => {
        if ((c.textContent ?? '').length > (cells[best]!.textContent ?? '').length) best = i;
      });
      return best;
    });
    const row = page.locator('table.grid tbody tr').nth(longest);
    await row.focus();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    const cell = row.locator('td[data-column="request"] > *').first();
    await expect
      .poll(() => cell.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1))
      .toBe(true);
  });

  test('with a letter open: 8 rows at least, the page drawn 560 px wide at least, bars one line; f for focus mode', async ({ page }) => {
    await loadSamples(page);
    await openLetter(page, 1);
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(8);
    const canvasWidth = await page
      .locator('canvas.sv-drawn')
      .first()
      .evaluate((c) => c.getBoundingClientRect().width);
    expect(canvasWidth).toBeGreaterThanOrEqual(560);
    await expectOneLineBars(page);
    await expectNoSidewaysScroll(page);
    // Beside a letter the filters are a drawer, one button away.
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();

    // Focus mode: the letter takes the whole width; f again brings the table back.
    await page.locator('table.grid tbody tr[aria-selected="true"]').focus();
    await page.keyboard.press('f');
    await expect(page.locator('table.grid')).toBeHidden();
    const pane = page.getByRole('complementary', { name: 'Source letter' });
    expect((await pane.boundingBox())!.width).toBeGreaterThanOrEqual(1270);
    await expect(page.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('f');
    await expect(page.locator('table.grid')).toBeVisible();
    expect((await pane.boundingBox())!.width).toBeLessThan(1000);
  });

  test("only the chosen item's fields are highlighted, its values listed first; decision corrected from a pick-list", async ({ page }) => {
    await loadSamples(page);
    // A letter with several items: the second of them.
    const row = page.locator('table.grid tbody tr').nth(2);
    await openLetter(page, 2);
    const pane = page.getByRole('complementary', { name: 'Source letter' });
    const chosen =
      Number(
        await pane
          .locator('.sv-item-chip[aria-pressed="true"]')
          .innerText()
          .then((t) => parseInt(t, 10)),
      ) - 1;
    expect(chosen).toBeGreaterThanOrEqual(0);
    await expect(pane.locator('.sv-box').first()).toBeAttached();
    const itemsHighlighted = await pane
      .locator('.sv-box')
      .evaluateAll((boxes) => [
        ...new Set(boxes.map((b) => /^items\[(\d+)\]/.exec(b.getAttribute('data-fields') ?? '')?.[1]).filter(Boolean)),
      ]);
    expect(itemsHighlighted).toEqual([String(chosen)]);
    await expect(pane.locator('.sv-fields h3').first()).toContainText('Items');
    // The legend names the colours beside the table too.
    await expect(pane.getByRole('list', { name: 'Highlight colours' })).toBeVisible();

    await pane.getByRole('button', { name: /^Corrections and notes/ }).click();
    await pane.getByLabel('Field to correct').selectOption('decision');
    const list = pane.getByLabel('Value from the list');
    await expect(list.locator('option')).toHaveText(['Choose…', 'Upheld', 'Overturned']);
    const decision = await row.locator('td[data-column="decision"]').innerText();
    const other = decision.includes('Upheld') ? 'Overturned' : 'Upheld';
    await list.selectOption(other);
    await pane.getByRole('button', { name: 'Set value' }).click();
    await expect(pane.locator('[data-correction="decision"]')).toContainText(other);
    // The selection line keeps its room: the letter does not move when words are selected.
    await expect(pane.locator('.rv-picked-line')).toBeVisible();
  });

  test('the split between table and letter is remembered', async ({ page }) => {
    await loadSamples(page);
    await openLetter(page, 0);
    const handle = page.getByRole('separator', { name: 'Width of the source view' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const after = Number(await handle.getAttribute('aria-valuenow'));
    expect(after).toBe(before - 64);
    await page.reload();
    await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
    await openLetter(page, 0);
    await expect(handle).toHaveAttribute('aria-valuenow', String(after));
  });

  test('c and n move the focus with the selection, keep the row in view below the header, and say where it went', async ({ page }) => {
    await loadSamples(page);
    const rows = page.locator('table.grid tbody tr');
    await rows.first().focus();
    for (let k = 1; k <= 20; k++) {
      await page.keyboard.press('c');
      const focused = page.locator('table.grid tbody tr:focus');
      await expect(focused).toHaveAttribute('aria-selected', 'true');
      await expect(focused).toHaveAttribute('aria-rowindex', String(k + 2));
      // In view, and not under the sticky header.
      const [row, head, box] = await Promise.all([
        focused.boundingBox(),
        page.locator('.grid thead').boundingBox(),
        page.locator('.grid-scroll').boundingBox(),
      ]);
      expect(row!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
      expect(row!.y + row!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
    }
    await expect(page.getByTestId('announcer')).toHaveText(/^Item 21 of 26: .+, (Upheld|Overturned), unreviewed$/);
    // Back up with the arrows: the focus follows, and the row scrolls back into view below the header.
    for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowUp');
    const first = page.locator('table.grid tbody tr:focus');
    await expect(first).toHaveAttribute('aria-rowindex', '2');
    const [row, head] = await Promise.all([first.boundingBox(), page.locator('.grid thead').boundingBox()]);
    expect(row!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
    await expect(page.getByTestId('announcer')).toHaveText(/^Item 1 of 26: .+, confirmed$/);
  });

  test('? lists every shortcut', async ({ page }) => {
    await loadSamples(page);
    await page.locator('table.grid tbody tr').first().focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const words of ['Confirm the selected item', 'Next item needing attention', 'Focus mode', 'Undo', 'Next row', 'Close the letter'])
      await expect(dialog).toContainText(words);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the files panel is one line once no file is read; a failure is a dismissible status that opens the list', async ({ page }) => {
    await openApp(page);
    await dropFiles(page, [
      fileAt(resolve(import.meta.dirname, '../public/samples/CM16-0945518.pdf')),
      fileAt(`${FIXTURES}/not-a-letter.pdf`),
    ]);
    await waitForParsing(page, 2);
    const panel = page.getByTestId('files-panel');
    const toggle = panel.getByRole('button', { name: /^Files/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect((await panel.boundingBox())!.height).toBeLessThanOrEqual(40);
    await expect(toggle).toContainText('could not be read');
    await toggle.click();
    await expect(page.locator('.file-row[data-state="failed"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove failed (1)' })).toBeVisible();
    await toggle.click();
    await page.getByRole('button', { name: "Dismiss the files' problems from this line" }).click();
    await expect(toggle).not.toContainText('could not be read');
    // Folded, the panel leaves the table every row this letter has.
    expect(await visibleRows(page)).toBe(await page.locator('table.grid tbody tr').count());
  });
});

for (const [label, options] of [
  ['640×360 CSS px', { viewport: { width: 640, height: 360 } }],
  ['1280×720 at 200% (device scale 2)', { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 }],
] as const) {
  test.describe(label, () => {
    test.use(options);

    test('reflows: no sideways scroll, 3 rows at least, Add, Export, Search and Filters reachable', async ({ page }) => {
      await loadSamples(page);
      await expectNoSidewaysScroll(page);
      expect(await visibleRows(page)).toBeGreaterThanOrEqual(3);
      await expectOneLineBars(page);
      await expectReachable(page, 'Add files…');
      await expectReachable(page, 'Search all fields', 'searchbox');
      await expectReachable(page, 'Export');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expectReachable(page, 'Export CSV');
      await expectReachable(page, 'Export JSON');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
      // The rest of the top bar is in its menu.
      await page.getByRole('button', { name: 'Menu' }).click();
      await expectReachable(page, 'Add folder…');
      await expectReachable(page, 'Clear all');
      await page.keyboard.press('Escape');
      // The filters are a drawer.
      await page.getByRole('button', { name: 'Filters' }).click();
      const filters = page.getByRole('complementary', { name: 'Filters' });
      await filters.getByRole('checkbox', { name: /Overturned/ }).check();
      await expect(page.getByTestId('summary')).toContainText('100.0% overturned');
      await page.keyboard.press('Escape');
      await expect(filters).toBeHidden();
      await expectNoSidewaysScroll(page);
      // A letter opened takes the whole width; Esc brings the table back.
      await openLetter(page, 0);
      await expectNoSidewaysScroll(page);
      await expect(page.locator('table.grid')).toBeHidden();
      await page.keyboard.press('Escape');
      await expect(page.locator('table.grid')).toBeVisible();
    });
  });
}

test.describe('320×568', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  test('reflows: no sideways scroll; Add, Export, Search, Filters and review reachable', async ({ page }) => {
    await loadSamples(page);
    await expectNoSidewaysScroll(page);
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(3);
    for (const name of ['Add files…', 'Menu', 'Filters', 'Columns', 'Export', 'Confirm & next', 'Next needing attention', 'More'])
      await expectReachable(page, name);
    await expectReachable(page, 'Search all fields', 'searchbox');
    await openLetter(page, 0);
    await expectNoSidewaysScroll(page);
  });
});

test.describe('1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('filters beside the table, and with a letter open the page 560 px wide at least and 8 rows at least', async ({ page }) => {
    await loadSamples(page);
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters' })).toHaveCount(0);
    await openLetter(page, 2);
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(8);
    const canvasWidth = await page
      .locator('canvas.sv-drawn')
      .first()
      .evaluate((c) => c.getBoundingClientRect().width);
    expect(canvasWidth).toBeGreaterThanOrEqual(560);
    await expectOneLineBars(page);
    await expectNoSidewaysScroll(page);
  });
});
