// The source view, driven through the app: load the sample letters, open a row, and check that every
// highlight reads as the value it stands for (text mode), that the boxes on the drawn pages sit on
// ink on the right page (pages mode), and that choosing a field brings its source into view.
import { expect, test, type Locator, type Page } from '@playwright/test';

// SV_BASE_URL runs these tests against another server of the built app (default: the config's preview).
const BASE_URL = process.env.SV_BASE_URL;
if (BASE_URL) test.use({ baseURL: BASE_URL });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(blob:|data:|http:\/\/127\.0\.0\.1:)/.test(url)) errors.push(`request left the page: ${url}`);
  });
});
test.afterEach(() => {
  expect(errors).toEqual([]);
});

/** Letters, digits only: line breaks, hyphens at line ends and list separators do not count. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

async function openLetter(page: Page, file: string, rowText: string, { reload = true } = {}) {
  if (reload) {
    await page.goto('/');
    await page.getByRole('button', { name: 'Try sample letters' }).click();
  }
  const row = page.getByRole('row').filter({ hasText: rowText }).first();
  await expect(row).toBeVisible({ timeout: 60_000 });
  await row.click();
  await page.keyboard.press('Enter');
  const view = page.locator('section.sv');
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { name: file })).toBeVisible();
  return view;
}

interface ListedField {
  id: string;
  value: string;
  verbatim: boolean;
  found: boolean;
}

async function listedFields(view: Locator): Promise<ListedField[]> {
  return view.locator('.sv-fields li.sv-field').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-field') ?? '',
      value: el.getAttribute('data-value') ?? '',
      verbatim: el.getAttribute('data-verbatim') === 'true',
      found: el.querySelector('button') !== null,
    })),
  );
}

/** The text of every highlight of a field, in order (text mode). */
async function markedText(view: Locator, id: string): Promise<string> {
  const parts = await view.locator(`.sv-text mark[data-fields~="${id}"]`).allTextContents();
  return parts.join('');
}

async function expectHighlightsReadAsValues(view: Locator) {
  const fields = await listedFields(view);
  expect(fields.length).toBeGreaterThan(10);
  for (const field of fields.filter((f) => f.found)) {
    const text = await markedText(view, field.id);
    expect(text.length, `${field.id} is highlighted`).toBeGreaterThan(0);
    if (field.verbatim) expect(squash(text), `${field.id}'s highlight reads as its value`).toBe(squash(field.value));
  }
  return fields;
}

test('text mode: every highlight reads as the value listed for its field, item by item', async ({ page }) => {
  const view = await openLetter(page, 'CM16-0923871.pdf', 'MRI of the right knee');
  await view.getByRole('button', { name: 'Text', exact: true }).click();
  await expect(view.locator('.sv-text')).toBeVisible();
  const chips = view.getByRole('group', { name: 'Choose an item' }).getByRole('button');
  await expect(chips).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await chips.nth(i).click();
    await expect(chips.nth(i)).toHaveAttribute('aria-pressed', 'true');
    const fields = await expectHighlightsReadAsValues(view);
    expect(fields.some((f) => f.id === `items[${i}].request` && f.found)).toBe(true);
  }
  // The letter's text is shown as text: no element of it came from the letter as markup.
  await expect(view.locator('.sv-text *:not(mark):not(span)')).toHaveCount(0);
});

test('text letter: only the text mode, highlights read as values, a partial authorization lists its original request', async ({ page }) => {
  const view = await openLetter(page, 'IMR-older-layout-concussion.txt', 'Zolpidem');
  await expect(view.getByRole('button', { name: 'Pages', exact: true })).toBeDisabled();
  await expect(view.locator('.sv-text')).toBeVisible();
  await expectHighlightsReadAsValues(view);

  const partial = await openLetter(page, 'CM16-0934402.pdf', 'Chiropractic', { reload: false });
  await partial.getByRole('button', { name: 'Text', exact: true }).click();
  await partial.getByRole('group', { name: 'Choose an item' }).getByRole('button').first().click();
  const fields = await expectHighlightsReadAsValues(partial);
  expect(fields.find((f) => f.id === 'items[0].originalRequest')?.value).toMatch(/2 times a week for 6 weeks/);
});

test('pages mode: boxes sit on ink on the right page, and choosing a field scrolls to it and flashes it', async ({ page }) => {
  const view = await openLetter(page, 'CM16-0945518.pdf', 'Home health aide');
  await expect(view.locator('canvas.sv-drawn').first()).toBeVisible();
  await expect(view.locator('.sv-page')).toHaveCount(3);

  // The case number is boxed once, on page 1, over printed text.
  const caseBox = view.locator('.sv-box[data-fields="caseNumber"]');
  await expect(caseBox).toHaveCount(1);
  await expect(caseBox).toHaveAttribute('title', /Case number: CM16-0945518/);
  expect(await caseBox.evaluate((el) => el.closest('.sv-page')?.getAttribute('data-page'))).toBe('0');

  // The first item's heading runs from the foot of page 1 onto page 2: boxed on both.
  await view.getByRole('group', { name: 'Choose an item' }).getByRole('button').first().click();
  const headingPages = await view
    .locator('.sv-box[data-fields="items[0].request"]')
    .evaluateAll((els) => [...new Set(els.map((el) => el.closest('.sv-page')?.getAttribute('data-page')))]);
  expect(headingPages).toEqual(['0', '1']);

  // Every box on a drawn page is inside the page and covers dark pixels of the drawn canvas.
  await view.locator('.sv-doc').evaluate((el) => (el.scrollTop = 0));
  await expect(view.locator('.sv-page[data-page="0"] canvas.sv-drawn')).toBeVisible();
  const report = await view.locator('.sv-page[data-page="0"]').evaluate((pageEl) => {
    const canvas = pageEl.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const pr = pageEl.getBoundingClientRect();
    const sx = canvas.width / pr.width;
    const sy = canvas.height / pr.height;
    const out = { boxes: 0, outside: 0, blank: [] as string[] };
    for (const box of pageEl.querySelectorAll<HTMLElement>('.sv-box')) {
      const r = box.getBoundingClientRect();
      out.boxes++;
      if (r.left < pr.left - 1 || r.right > pr.right + 1 || r.top < pr.top - 1 || r.bottom > pr.bottom + 1) out.outside++;
      const data = ctx.getImageData(
        Math.floor((r.left - pr.left) * sx),
        Math.floor((r.top - pr.top) * sy),
        Math.max(1, Math.ceil(r.width * sx)),
        Math.max(1, Math.ceil(r.height * sy)),
      ).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 && data[i + 3]! > 0) ink++;
      if (ink < 4) out.blank.push(box.dataset.fields ?? '?');
    }
    return out;
  });
  expect(report.boxes).toBeGreaterThan(10);
  expect(report.outside).toBe(0);
  expect(report.blank).toEqual([]);

  // Hovering names the field; choosing a field far down the letter scrolls the page to it and flashes it.
  await view.getByRole('group', { name: 'Choose an item' }).getByRole('button').nth(5).click();
  await view.locator('.sv-field[data-field="items[5].rationale"] button').click();
  const target = view.locator('.sv-box[data-fields="items[5].rationale"]').first();
  await expect(target).toHaveClass(/sv-flash/);
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('title', /Rationale \(item 6\)/);
  // The chosen item's fields are highlighted, the other items' not at all (their colours hid its words).
  await expect(view.locator('.sv-box.sv-selected[data-fields^="items[5]."]').first()).toBeVisible();
  expect(await view.locator('.sv-box[data-fields^="items[0]."]').count()).toBe(0);
});

test('up and down arrows on the list of values move value by value, showing each, and leave the table alone', async ({ page }) => {
  const view = await openLetter(page, 'CM16-0912345.pdf', 'Physical therapy 2 times a week');
  await view.getByRole('button', { name: 'Text', exact: true }).click();
  const selectedRow = page.locator('table.grid tbody tr[aria-selected="true"]');
  const rowBefore = await selectedRow.getAttribute('aria-rowindex');

  const values = view.locator('.sv-fields button.sv-field-button');
  const ids = await view
    .locator('.sv-fields li.sv-field:has(button)')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-field')!));
  expect(ids.length).toBeGreaterThan(3);
  await values.first().focus();
  for (const id of ids.slice(1, 4)) {
    await page.keyboard.press('ArrowDown');
    await expect(view.locator(`.sv-field[data-field="${id}"] button`)).toBeFocused();
    await expect(view.locator(`.sv-text mark[data-fields~="${id}"]`).first()).toHaveClass(/sv-flash/);
  }
  await page.keyboard.press('ArrowUp');
  await expect(view.locator(`.sv-field[data-field="${ids[2]}"] button`)).toBeFocused();
  // The arrows moved between values, not between the table's rows.
  await expect(selectedRow).toHaveAttribute('aria-rowindex', rowBefore!);
});

test('the close button closes the view', async ({ page }) => {
  const view = await openLetter(page, 'CM16-0912345.pdf', 'Physical therapy 2 times a week');
  await view.getByRole('button', { name: 'Close source view' }).click();
  await expect(view).toBeHidden();
});
