// The parse workers read PDF text with PDFium (its WebAssembly fetched from the app's own files),
// making the same records as the CLI; when PDFium cannot start they read with pdf.js, to the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { LetterRecord } from '../src/extract/record.ts';
import { runBuiltCli } from '../src/cli/run-built-cli.ts';
import { test, expect, dropFiles, fileAt, openApp, waitForParsing } from './fixtures.ts';

const SAMPLES = resolve(import.meta.dirname, '../public/samples');
const samplePdfs = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.pdf'))
  .sort()
  .map((name) => join(SAMPLES, name));

async function exportedRecords(page: Page): Promise<LetterRecord[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as LetterRecord[];
}

/** What the text engine decides: the text, its pages, and what was read from it. */
const reading = (r: LetterRecord) => ({ file: r.file, text: r.text, pageStarts: r.pageStarts, layout: r.layout, status: r.status });

function cliRecords(engine: 'pdfium' | 'pdfjs'): LetterRecord[] {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: resolve(import.meta.dirname, '..') });
  const run = runBuiltCli(['--format', 'json', '--text-engine', engine, ...samplePdfs]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as LetterRecord[];
}

test('a dropped PDF is read by PDFium in the worker, from the app’s own wasm, to the CLI’s very records', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  await openApp(page);
  await dropFiles(page, samplePdfs.map(fileAt));
  await waitForParsing(page, samplePdfs.length);
  const records = await exportedRecords(page);
  expect(records.map((r) => r.textEngine)).toEqual(samplePdfs.map(() => 'pdfium'));

  const origin = new URL(baseURL!).origin;
  const wasm = requests.filter((url) => url.endsWith('.wasm'));
  expect(wasm.length).toBeGreaterThan(0);
  expect(wasm.every((url) => url.startsWith(`${origin}/assets/pdfium-`))).toBe(true);
  // pdf.js's reading code stays unloaded: nothing fell back to it.
  expect(requests.filter((url) => /\/assets\/pdf-text-[^/]+\.js$/.test(url))).toEqual([]);

  const cli = cliRecords('pdfium');
  const byFile = (list: LetterRecord[]) => [...list].sort((a, b) => a.file.localeCompare(b.file)).map(reading);
  expect(byFile(records)).toEqual(byFile(cli));
  expect(cli.every((r) => r.textEngine === 'pdfium' && r.engineVersion === records[0]!.engineVersion)).toBe(true);
});

test('when PDFium cannot start, the worker reads with pdf.js, to the same text', async ({ page }) => {
  // A pdfium.wasm that is no WebAssembly: the engine fails to start, as it would in a browser without it.
  await page
    .context()
    .route('**/assets/pdfium-*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not WebAssembly' }));
  await openApp(page);
  await dropFiles(page, samplePdfs.map(fileAt));
  await waitForParsing(page, samplePdfs.length);
  const records = await exportedRecords(page);
  expect(records.map((r) => r.textEngine)).toEqual(samplePdfs.map(() => 'pdfjs'));
  const byFile = (list: LetterRecord[]) => [...list].sort((a, b) => a.file.localeCompare(b.file)).map(reading);
  expect(byFile(records)).toEqual(byFile(cliRecords('pdfium')));
});
