// One policy over everything the app runs. A <meta> policy binds the page only: a worker loaded from
// a URL takes its policy from that URL's response. From inside every worker the app starts (the parse
// workers, the source view's layout worker, pdf.js's worker, the unzip worker, tesseract's worker)
// and from the page, a fetch to another origin must be blocked, and the listener there never reached:
// under `vite preview` (which sends the policy header), and on a static host that sends no header at
// all once the service worker serves the app.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
// The base test: the fixtures' one fails on console errors, and the blocked fetches are logged as such.
import { test, expect, type Page, type Worker } from '@playwright/test';
import { dropFiles, fileAt, waitForParsing } from './fixtures.ts';
import { startListener, startStaticHost, type Listener } from './hosts.ts';

const SAMPLE_PDF = resolve(import.meta.dirname, '../public/samples/CM16-0912345.pdf');
const SCAN_PNG = resolve(import.meta.dirname, '../test-fixtures/scanned-sample-page1.png');
const UNZIP_WORKER = readdirSync(resolve(import.meta.dirname, '../dist/assets')).find((name) => /^unzip\.worker-.*\.js$/.test(name));

/** What a fetch to the listener from this context came to. */
const tryToLeak = (url: string) =>
  fetch(url).then(
    (response) => `reached (${response.status})`,
    () => 'blocked',
  );

/** Starts every worker the app has, then asks each (and the page) to reach the listener. */
async function leakFromEverywhere(page: Page, listener: Listener): Promise<Record<string, string>> {
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  // Parse workers, and tesseract's worker inside one (the PNG is a scan).
  await dropFiles(page, [fileAt(SAMPLE_PDF), fileAt(SCAN_PNG)]);
  await waitForParsing(page, 2);
  // The source view of the PDF: its layout worker and pdf.js's worker.
  await page.getByRole('row').filter({ hasText: 'CM16-0912345' }).first().click();
  await page.keyboard.press('Enter');
  await expect(page.locator('section.sv .sv-page[data-page="0"] canvas.sv-drawn')).toBeVisible();
  // The app ends its unzip worker as soon as an archive is open; started here from the same file.
  await page.evaluate((url) => void new Worker(url, { type: 'module', name: 'imr-lens unzip' }), `assets/${UNZIP_WORKER}`);
  await expect.poll(() => workers.some((w) => w.url().includes('unzip.worker'))).toBe(true);

  const outcome: Record<string, string> = { page: await page.evaluate(tryToLeak, `${listener.url}page`) };
  for (const [i, worker] of workers.entries()) {
    const name = `${new URL(worker.url()).pathname.replace(/-[\w-]{8}\.js$/, '.js')} #${i}`;
    outcome[name] = await worker.evaluate(tryToLeak, `${listener.url}${encodeURIComponent(name)}`);
  }
  return outcome;
}

function expectAllBlocked(outcome: Record<string, string>, listener: Listener): void {
  const names = Object.keys(outcome);
  for (const expected of ['parse.worker', 'pdf.worker', 'unzip.worker', 'ocr/worker.min.js']) {
    expect(
      names.some((name) => name.includes(expected)),
      `a worker from ${expected} was asked`,
    ).toBe(true);
  }
  // Two parse workers at least: the pool's and the source view's own (layout).
  expect(names.filter((name) => name.includes('parse.worker')).length).toBeGreaterThanOrEqual(2);
  expect(Object.entries(outcome).filter(([, result]) => result !== 'blocked')).toEqual([]);
  expect(listener.hits).toEqual([]);
}

test('under vite preview the policy is a response header, and no worker nor the page reaches another origin', async ({ page }) => {
  test.setTimeout(300_000);
  const listener = await startListener();
  try {
    const response = await page.goto('/');
    expect(response!.headers()['content-security-policy']).toContain("connect-src 'self' blob: data:");
    await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
    expectAllBlocked(await leakFromEverywhere(page, listener), listener);
  } finally {
    await listener.close();
  }
});

test.describe('on a static host that sends no policy', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker serves every file with the policy, so no worker nor the page reaches another origin', async ({ page }) => {
    test.setTimeout(300_000);
    const [host, listener] = await Promise.all([startStaticHost(), startListener()]);
    try {
      const first = await page.goto(host.url);
      expect(first!.headers()['content-security-policy']).toBeUndefined();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
      });
      const served = await page.reload();
      expect(served!.fromServiceWorker()).toBe(true);
      expect(served!.headers()['content-security-policy']).toContain("connect-src 'self' blob: data:");
      await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
      expectAllBlocked(await leakFromEverywhere(page, listener), listener);
    } finally {
      await Promise.all([host.close(), listener.close()]);
    }
  });
});
