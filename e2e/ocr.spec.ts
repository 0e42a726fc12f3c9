// Scanned letters read by OCR in the app: a scanned PDF (a real one from the shared corpus, read in
// place) and a PNG scan of one of our own sample letters are dropped together; the files list shows
// per-page OCR progress, the letters are read, and the source view draws the page image with the
// case number's highlight on the printed case number. No request leaves the page.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, CORPUS, dropFiles, fileAt, openApp } from './fixtures.ts';

const SCANNED = join(CORPUS, 'scanned/letters');
const PNG = resolve(import.meta.dirname, '../test-fixtures/scanned-sample-page1.png');

test('a scanned PDF and a PNG are read by OCR with progress, and highlights land on the words of the page image', async ({
  page,
  baseURL,
}) => {
  test.skip(!existsSync(SCANNED), `the scanned letters are not at ${SCANNED}; this test reads one in place and is skipped without it`);
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));

  await openApp(page);
  const scan = fileAt(join(SCANNED, readdirSync(SCANNED).sort()[0]!));
  await dropFiles(page, [scan, fileAt(PNG)]);

  // Per-page progress while the scan is read.
  await expect(
    page
      .locator('.file-row[data-state="reading"]')
      .filter({ hasText: /OCR page \d+ of \d+/ })
      .first(),
  ).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.locator('.file-row[data-state="queued"], .file-row[data-state="reading"]')).toHaveCount(0, { timeout: 500_000 });
  await expect(page.locator('.file-row[data-state="failed"]')).toHaveCount(0);
  // Both are marked as read by OCR.
  await expect(page.locator('.file-row').filter({ hasText: 'Read by OCR' })).toHaveCount(2);

  // The PNG letter (our sample CM16-0912345) in the source view: its page image, with the case number boxed over ink.
  await page.getByRole('row').filter({ hasText: 'CM16-0912345' }).first().click();
  await page.keyboard.press('Enter');
  const view = page.locator('section.sv');
  await expect(view.getByRole('heading', { name: 'scanned-sample-page1.png' })).toBeVisible();
  await expect(view.getByText(/read by OCR/)).toBeVisible();
  await expect(view.locator('.sv-page[data-page="0"] canvas.sv-drawn')).toBeVisible();
  const caseBox = view.locator('.sv-box[data-fields="caseNumber"]');
  await expect(caseBox).toHaveCount(1);
  await expect(caseBox).toHaveAttribute('title', /CM16-0912345/);
  const where = await view.locator('.sv-page[data-page="0"]').evaluate((pageEl) => {
    const canvas = pageEl.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const pr = pageEl.getBoundingClientRect();
    const r = pageEl.querySelector<HTMLElement>('.sv-box[data-fields="caseNumber"]')!.getBoundingClientRect();
    const sx = canvas.width / pr.width;
    const sy = canvas.height / pr.height;
    const ink = (left: number, top: number, width: number, height: number) => {
      const data = ctx.getImageData(
        Math.floor(left * sx),
        Math.floor(top * sy),
        Math.max(1, Math.ceil(width * sx)),
        Math.max(1, Math.ceil(height * sy)),
      ).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark / (data.length / 4);
    };
    const left = r.left - pr.left;
    const top = r.top - pr.top;
    return {
      fraction: { left: left / pr.width, top: top / pr.height, width: r.width / pr.width },
      inkInside: ink(left, top, r.width, r.height),
    };
  });
  // Printed text inside the box: a good share of dark pixels, and the box is on the page's upper half.
  expect(where.inkInside).toBeGreaterThan(0.08);
  expect(where.fraction.top).toBeLessThan(0.5);
  expect(where.fraction.left + where.fraction.width).toBeLessThan(1);

  await page.screenshot({ path: test.info().outputPath('ocr-source-view.png') });

  const foreign = requests.filter((url) => !(url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')));
  expect(foreign).toEqual([]);
  // tesseract's files came from the app's own ocr/ folder.
  expect(requests.some((url) => url.startsWith(`${origin}/ocr/eng.traineddata.gz`))).toBe(true);
});
