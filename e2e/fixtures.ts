// Shared Playwright fixtures for the review app: every test fails on any console error or uncaught
// page error, and helpers drop files the way a user's drag-and-drop does.
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');
export const LETTERS_DIR = join(CORPUS, 'letters');
export const HAS_CORPUS = existsSync(LETTERS_DIR);
export const NO_CORPUS_MESSAGE = `the reference corpus is not at ${LETTERS_DIR}; these tests read real letters in place and are skipped without it`;

export interface DropFile {
  name: string;
  bytes: Buffer;
}

export function corpusLetters(filter: (name: string) => boolean = () => true): DropFile[] {
  return readdirSync(LETTERS_DIR)
    .filter(filter)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(LETTERS_DIR, name)) }));
}

export const fileAt = (path: string): DropFile => ({ name: basename(path), bytes: readFileSync(path) });

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Dispatches a real DragEvent (dragenter, dragover, drop) carrying these files on the window. */
export async function dropFiles(page: Page, files: DropFile[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    const target = document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, payload);
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
}

/** Waits until no file is queued or being read, and the session has been written to IndexedDB. */
export async function waitForParsing(page: Page, files: number): Promise<void> {
  await expect(page.locator('.file-row')).toHaveCount(files, { timeout: 60_000 });
  await expect(page.locator('.file-row[data-state="queued"], .file-row[data-state="reading"]')).toHaveCount(0, { timeout: 90_000 });
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

/** Opens the files panel (it folds by itself once every file is read). */
export async function openFilesPanel(page: Page): Promise<void> {
  const toggle = page.getByTestId('files-panel').getByRole('button', { name: /^Files/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Shows a column hidden by default (the File column, say) through the Columns menu. */
export async function showColumn(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Columns', exact: true });
  await button.click();
  const menu = page.getByRole('group', { name: 'Columns', exact: true });
  await menu.getByRole('checkbox', { name, exact: true }).check();
  await button.click();
  await expect(menu).toHaveCount(0);
}

export { writeSavedSession } from '../scripts/saved-session.ts';
