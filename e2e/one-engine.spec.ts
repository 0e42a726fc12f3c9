// One engine, one answer: the app's parse workers (parsing/worker/parse-letter.ts as the workers run
// it, in Chromium) and the CLI (its parse processes, in Node) are given the same letters, the samples
// and the shared corpus read in place, and must make identical records: every field, span, problem
// and count. The corpus is required in CI (CI=true), skipped with a message elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { LetterRecord } from '../src/extract/record.ts';
import { runBuiltCli } from '../src/cli/run-built-cli.ts';
import {
  test,
  expect,
  dropFiles,
  fileAt,
  HAS_CORPUS,
  LETTERS_DIR,
  NO_CORPUS_MESSAGE,
  openApp,
  openFilesPanel,
  waitForParsing,
} from './fixtures.ts';

const SAMPLES = resolve(import.meta.dirname, '../public/samples');
const SCANS = [
  resolve(import.meta.dirname, '../test-fixtures/scanned-sample-page1.png'),
  resolve(import.meta.dirname, '../test-fixtures/scanned-no-text.pdf'),
];
const inFolder = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(pdf|txt|png|jpe?g|tiff?)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));

async function exportedRecords(page: Page): Promise<LetterRecord[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as LetterRecord[];
}

/** The record as the engine made it: the review the app's export adds to it taken away. */
function engineRecord(exported: LetterRecord): LetterRecord {
  const { addedItems: _added, review: _review, ...record } = exported as LetterRecord & { addedItems?: unknown; review?: unknown };
  const items = record.items.map((item) => {
    const { review: _r, ...engine } = item as typeof item & { review?: unknown };
    return engine;
  });
  return { ...record, items };
}

for (const [label, folders] of [
  ['the sample letters', [SAMPLES]],
  ['the shared corpus', [LETTERS_DIR]],
  ['scans read by OCR', ['scans']],
] as const) {
  test(`the app's workers and the CLI make identical records of ${label}`, async ({ page }) => {
    test.setTimeout(600_000);
    if (folders[0] === LETTERS_DIR) {
      if (process.env.CI === 'true') expect(HAS_CORPUS, NO_CORPUS_MESSAGE).toBe(true);
      test.skip(!HAS_CORPUS, NO_CORPUS_MESSAGE);
    }
    const paths = folders.flatMap((folder) => (folder === 'scans' ? SCANS : inFolder(folder)));
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: resolve(import.meta.dirname, '..') });
    const run = runBuiltCli(['--format', 'json', ...paths]);
    expect(run.status, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as LetterRecord[];

    await openApp(page);
    await dropFiles(page, paths.map(fileAt));
    await waitForParsing(page, paths.length);
    const app = new Map((await exportedRecords(page)).map((r) => [r.file, engineRecord(r)]));

    // Every letter read, field by field; a letter that failed is in no export, so its message is compared.
    await openFilesPanel(page);
    for (const record of cli) {
      if (record.status === 'failed') {
        await expect(page.locator(`.file-row[data-file="${record.file}"]`)).toContainText(record.problems[0]!.message);
        continue;
      }
      expect(app.get(record.file), record.file).toEqual(record);
    }
    expect(app.size).toBe(cli.filter((r) => r.status !== 'failed').length);
    const items = (list: Iterable<LetterRecord>) => [...list].reduce((n, r) => n + r.items.length, 0);
    expect(items(app.values())).toBe(items(cli));
  });
}
