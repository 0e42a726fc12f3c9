// The app works offline after its first visit: the service worker cached the page, its workers,
// pdf.js, PDFium's wasm and tesseract's worker, core and data. With the network off, a reload opens
// the app, a PDF letter is read (PDFium) and drawn (pdf.js), and a scan is read by OCR. And the
// browser can install it.
import { resolve } from 'node:path';
import { test, expect, dropFiles, fileAt, waitForParsing } from './fixtures.ts';
import { startStaticHost } from './hosts.ts';

const SAMPLE_PDF = resolve(import.meta.dirname, '../public/samples/CM16-0923871.pdf');
const SCAN_PNG = resolve(import.meta.dirname, '../test-fixtures/scanned-sample-page1.png');

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app opens and reads a PDF letter and a scan with the network off', async ({ page, context }) => {
  test.setTimeout(300_000);
  const host = await startStaticHost();
  try {
    await page.goto(host.url);
    await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
    // The first visit installs the service worker, which caches the app and takes over the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    });

    // Installable: a manifest Chromium reads without errors, and nothing else in the way (a test's
    // browser context is always incognito, which Chromium names as the one reason it would not offer it).
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);

    await context.setOffline(true);
    // The host is gone too: only the service worker's cache can answer.
    await host.close();
    await page.reload();
    await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'imr-lens' })).toBeVisible();

    await dropFiles(page, [fileAt(SAMPLE_PDF), fileAt(SCAN_PNG)]);
    await waitForParsing(page, 2);
    await expect(page.locator('.file-row[data-state="failed"]')).toHaveCount(0);
    await expect(page.locator('.file-row').filter({ hasText: 'Read by OCR' })).toHaveCount(1);
    // The scan is our sample CM16-0912345 as a PNG; the PDF is CM16-0923871.
    await expect(page.getByRole('row').filter({ hasText: 'CM16-0912345' }).first()).toBeVisible();
    await page.getByRole('row').filter({ hasText: 'CM16-0923871' }).first().click();
    await page.keyboard.press('Enter');
    await expect(page.locator('section.sv .sv-page[data-page="0"] canvas.sv-drawn')).toBeVisible();
  } finally {
    await context.setOffline(false);
    await host.close();
  }
});
