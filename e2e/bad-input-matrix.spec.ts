// The rest of the bad-input matrix in the app: text that is not a letter, a letter of an unknown
// layout, a corrupt and a truncated PDF, a file over the size limit, and letters saved as UTF-16 or
// Windows-1252. Each gets its own state and message while a good letter, the table and the filters
// the user had set stay as they were.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { test, expect, dropFiles, openApp, openFilesPanel, waitForParsing } from './fixtures.ts';
import { corruptJpeg, manyItemsLetter, pngDeclaring, tiffPages, zipWithEntries } from '../src/test-support/hostile-files.ts';
import { craftedLetterLines, craftedPdf, letterTextLayer, pageImage, searchableScan, textLines } from '../src/test-support/crafted-pdfs.ts';

const FIXTURES = resolve(import.meta.dirname, '../test-fixtures');
const row = (page: Page, name: string) => page.locator(`.file-row[data-file="${name}"]`);

const LETTER = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: Nevada',
  'Certification(s)/Specialty: Internal Medicine',
  '',
  'CLINICAL CASE SUMMARY',
  'The injured worker is a 38 year old male who sustained an industrial injury on 02/03/2015. Diagnoses include gastritis.',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'Omeprazole 20mg #30: Overturned',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 68-69.',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 68-69.',
  'Decision rationale: The worker\u2019s stomach upset on anti-inflammatories is documented, so the request is medically necessary.',
].join('\r\n');

const UNKNOWN_LAYOUT = [
  'DETERMINATION NOTICE',
  'CLINICAL CASE SUMMARY',
  'The injured worker is a 52 year old female injured on 04/04/2014.',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'Cervical traction unit: Upheld',
  'Claims Administrator guideline: Decision based on MTUS Neck and Upper Back Complaints 2004.',
  'MAXIMUS guideline: Decision based on MTUS Neck and Upper Back Complaints 2004.',
  'Decision rationale: Home traction is not supported, so the request is not medically necessary.',
].join('\n');

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf32le = (s: string) => Buffer.from(new Uint32Array([...s].map((c) => c.codePointAt(0)!)).buffer);
const cp1252 = (s: string) => Buffer.from([...s].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))));

test('every bad file gets its own state and message; the good letter, the rows and the filters stay', async ({ page }) => {
  await openApp(page);
  const short = readFileSync(join(FIXTURES, 'short-letter.pdf'));
  await dropFiles(page, [{ name: 'good.pdf', bytes: short }]);
  await waitForParsing(page, 1);
  const goodState = await row(page, 'good.pdf').getAttribute('data-state');
  const goodMessage = await row(page, 'good.pdf').textContent();
  // The user has filtered to Upheld before the bad files arrive.
  await page.locator('[data-facet="decision"] label', { hasText: 'Upheld' }).getByRole('checkbox').check();
  await expect(page.getByTestId('summary')).toContainText('1 item in 1 letter');

  await dropFiles(page, [
    { name: 'notes.txt', bytes: Buffer.from('Shopping list: milk, eggs, bread.\n') },
    { name: 'other-layout.txt', bytes: Buffer.from(UNKNOWN_LAYOUT) },
    { name: 'junk.pdf', bytes: Buffer.from('%PDF-1.7\n' + 'garbage '.repeat(100) + '\n%%EOF\n') },
    { name: 'cut.pdf', bytes: short.subarray(0, 1200) },
    { name: 'utf16.txt', bytes: utf16le(LETTER) },
    { name: 'windows-1252.txt', bytes: cp1252(LETTER) },
  ]);
  // A file over the size limit, made in the page (no need to send 50 MB through the test driver).
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'huge.pdf'));
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await waitForParsing(page, 8);

  await expect(row(page, 'notes.txt')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'notes.txt')).toContainText('Not an IMR determination letter');
  await expect(row(page, 'other-layout.txt')).toHaveAttribute('data-state', 'attention');
  await expect(row(page, 'other-layout.txt')).toContainText('Layout not recognised');
  await expect(row(page, 'junk.pdf')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'junk.pdf')).toContainText('Not a readable PDF');
  await expect(row(page, 'cut.pdf')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'cut.pdf')).toContainText('cut short');
  await expect(row(page, 'huge.pdf')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'huge.pdf')).toContainText('50 MB');
  for (const name of ['utf16.txt', 'windows-1252.txt']) await expect(row(page, name)).toHaveAttribute('data-state', 'done');
  await expect(row(page, 'good.pdf')).toHaveAttribute('data-state', goodState!);
  await expect(row(page, 'good.pdf')).toHaveText(goodMessage!);

  // The filter the user set still holds; the new Overturned items are counted but filtered out.
  await expect(page.locator('[data-facet="decision"] label', { hasText: 'Upheld' }).getByRole('checkbox')).toBeChecked();
  await expect(page.locator('table.grid tbody tr td[data-column="decision"]').first()).toHaveText('Upheld');
  await page.locator('[data-facet="decision"] label', { hasText: 'Upheld' }).getByRole('checkbox').uncheck();
  await page.locator('[data-facet="decision"] label', { hasText: 'Overturned' }).getByRole('checkbox').check();
  // Both encodings read the same letter: two Omeprazole rows with the curly apostrophe intact.
  await expect(page.locator('table.grid tbody tr').filter({ hasText: 'Omeprazole 20mg #30' })).toHaveCount(2);
});

// Hostile inputs, built here at test time (src/test-support/hostile-files.ts): bombs declared in a few
// bytes, a letter of 10,000 one-line items, zips that name one entry twice, are encrypted or empty,
// letters in encodings and line ends of every kind, a PDF with bytes after its end and one named .zip.
test('hostile files each get their own state and message, and the tab stays up', async ({ page }) => {
  await openApp(page);
  const short = readFileSync(join(FIXTURES, 'short-letter.pdf'));
  const encrypted = zipSync({ 'locked.pdf': short, 'open.pdf': short });
  markEncrypted(encrypted, 'locked.pdf');
  await dropFiles(page, [
    { name: 'bomb.png', bytes: Buffer.from(pngDeclaring(60000, 60000)) },
    { name: 'tiny.jpg', bytes: Buffer.from(corruptJpeg()) },
    { name: 'loop.tif', bytes: Buffer.from(tiffPages(3, { loop: true })) },
    { name: 'fax.tif', bytes: Buffer.from(tiffPages(260)) },
    { name: 'many-items.txt', bytes: Buffer.from(manyItemsLetter(10_000)) },
    {
      name: 'twins.zip',
      bytes: Buffer.from(
        zipWithEntries([
          ['letter.txt', Buffer.from(LETTER)],
          ['letter.txt', Buffer.from(LETTER.replace('Omeprazole 20mg #30', 'Ranitidine 150mg #60'))],
        ]),
      ),
    },
    { name: 'locked.zip', bytes: Buffer.from(encrypted) },
    { name: 'empty.zip', bytes: Buffer.from(zipSync({})) },
    { name: 'utf16-no-bom.txt', bytes: Buffer.from(LETTER, 'utf16le') },
    { name: 'nel.txt', bytes: Buffer.from(LETTER.replace(/\r\n/g, '\u0085')) },
    { name: 'line-separator.txt', bytes: Buffer.from(LETTER.replace(/\r\n/g, '\u2028')) },
    { name: 'utf32.txt', bytes: utf32le(LETTER) },
    { name: 'padded.pdf', bytes: Buffer.concat([short, Buffer.from('\r\n-- sent by fax --\r\n'), Buffer.alloc(4096)]) },
    // Not the same bytes as locked.zip/open.pdf, which would be added once.
    { name: 'really-a-pdf.zip', bytes: Buffer.concat([short, Buffer.from('\n')]) },
  ]);
  const expected: [string, string, string | RegExp][] = [
    ['bomb.png', 'failed', '60000 × 60000 pixels'],
    ['tiny.jpg', 'failed', 'no JPEG frame header'],
    ['loop.tif', 'failed', 'its pages loop back on themselves'],
    ['fax.tif', 'failed', 'This image has 260 pages'],
    ['many-items.txt', 'attention', 'only the first 200 were read'],
    ['twins.zip/letter.txt (entry 1)', 'done', ''],
    ['twins.zip/letter.txt (entry 2)', 'done', ''],
    ['locked.zip/open.pdf', 'attention', ''],
    ['utf16-no-bom.txt', 'done', ''],
    ['nel.txt', 'done', ''],
    ['line-separator.txt', 'done', ''],
    ['utf32.txt', 'done', ''],
    ['padded.pdf', 'attention', ''],
    ['really-a-pdf.zip', 'attention', ''],
  ];
  await waitForParsing(page, expected.length);
  for (const [name, state, message] of expected) {
    await expect(row(page, name)).toHaveAttribute('data-state', state);
    if (message) await expect(row(page, name)).toContainText(message);
  }
  await expect(row(page, 'padded.pdf')).not.toContainText('cut short');
  await expect(page.getByTestId('notice').filter({ hasText: 'locked.zip/locked.pdf' })).toContainText(
    'encrypted: the archive has a password',
  );
  await expect(page.getByTestId('notice').filter({ hasText: 'empty.zip' })).toContainText('the archive is empty');
  // The two entries of one name are two letters: both items are rows (searched for: 200 rows are virtualised).
  await page.locator('#table-search').fill('Ranitidine');
  await expect(page.locator('table.grid tbody tr').filter({ hasText: 'Ranitidine 150mg #60' })).toHaveCount(1);
  // Reloading brings the 10,000-item letter back (bounded) without taking the tab down.
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.file-row')).toHaveCount(expected.length);
});

/** Ends every parse worker from inside, as a worker out of memory ends: no error event, no message. */
async function endParseWorkers(page: Page): Promise<void> {
  const parseWorkers = () => page.workers().filter((w) => /parse/.test(w.url()));
  await expect.poll(() => parseWorkers().length).toBeGreaterThan(0);
  const doomed = parseWorkers();
  // Each holds its life lock (taken as it starts) before it is ended, as a worker reading a file does.
  for (const w of doomed)
    await expect.poll(() => w.evaluate(async () => (await navigator.locks.query()).held?.length ?? 0)).toBeGreaterThan(0);
  await Promise.all(doomed.map((w) => w.evaluate(() => self.close()).catch(() => {})));
}

test('a parse worker that dies fails its file at once; tried again and stopped twice, it is never read again', async ({ page }) => {
  await openApp(page);
  const scan = readFileSync(join(FIXTURES, 'scanned-sample-page1.png')); // read by OCR: seconds
  await dropFiles(page, [{ name: 'scan.png', bytes: scan }]);
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'reading');
  await endParseWorkers(page);
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'scan.png')).toContainText('The reader stopped unexpectedly on this file');
  await openFilesPanel(page);
  await row(page, 'scan.png').getByRole('button', { name: 'Try again' }).click();
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'reading');
  await endParseWorkers(page);
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'scan.png')).toContainText('The reader stopped unexpectedly twice on this file');
  await expect(row(page, 'scan.png').getByRole('button', { name: 'Try again' })).toHaveCount(0);
  // The count is kept with the session: after a reload the file is still failed for good, and not read.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'scan.png')).toContainText('The reader stopped unexpectedly twice on this file');
});

test('a letter that takes the whole tab down is not read again by the next start, nor by Resume', async ({ page }) => {
  const scan = readFileSync(join(FIXTURES, 'scanned-sample-page1.png'));
  /**
   * The page dies while it reads the scan, as a tab out of memory does: it writes nothing as it goes
   * (here: its localStorage refuses the pagehide's note) and its locks are released. (Chromium's
   * Page.crash would be truer, but Playwright opens no page after it.)
   */
  const dieWhileReading = async () => {
    await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'reading');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
    await page.evaluate(() => (Storage.prototype.setItem = () => {}));
    await page.reload();
    await expect(page.locator('.app[data-hydrated="true"]')).toBeVisible();
  };
  await openApp(page);
  await dropFiles(page, [{ name: 'scan.png', bytes: scan }]);
  await dieWhileReading();
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'scan.png')).toContainText('The reader stopped unexpectedly on this file (the page itself stopped');
  await expect(page.getByRole('button', { name: /Resume/ })).toHaveCount(0);

  await openFilesPanel(page);
  await row(page, 'scan.png').getByRole('button', { name: 'Try again' }).click();
  await dieWhileReading();
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'scan.png')).toContainText('The reader stopped unexpectedly twice on this file');
  await expect(page.getByRole('button', { name: /Resume|Try again/ })).toHaveCount(0);
  // A page closed (or reloaded) as pages are, while a file is read, sets it aside for Resume instead (e2e/session.spec.ts).
});

// Forged text layers, built here at test time (src/test-support/crafted-pdfs.ts): a page image printing
// "Upheld" under an invisible text layer saying "Overturned", and phantom items drawn off the page and
// white on white. None is shown as Done; the forged letter names both readings and is read as printed.
test('a forged text layer is never Done: both readings are shown, and the letter is read and highlighted as printed', async ({ page }) => {
  test.setTimeout(600_000);
  await openApp(page);
  const forged = searchableScan(
    await pageImage(craftedLetterLines({ decision: 'Upheld' })),
    craftedLetterLines({ decision: 'Overturned' }),
  );
  const phantoms = craftedPdf([
    {
      content: [
        letterTextLayer(craftedLetterLines({ caseNumber: 'CM26-0007713', request: 'Knee sleeve' })),
        textLines(['Ankle brace: Overturned', 'Decision rationale: It helps, so it is medically necessary.'], { x: 640, y: 300 }),
        textLines(['Cervical pillow: Overturned'], { y: 250, before: '1 1 1 rg' }),
      ].join('\n'),
    },
  ]);
  await dropFiles(page, [
    { name: 'forged.pdf', bytes: Buffer.from(forged) },
    { name: 'phantoms.pdf', bytes: Buffer.from(phantoms) },
  ]);
  await expect(page.locator('.file-row')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.locator('.file-row[data-state="queued"], .file-row[data-state="reading"]')).toHaveCount(0, { timeout: 500_000 });
  await expect(row(page, 'forged.pdf')).toHaveAttribute('data-state', 'attention');
  await expect(row(page, 'forged.pdf')).toContainText('item 1 decision: printed "Upheld", text layer "Overturned"');
  await expect(row(page, 'phantoms.pdf')).toHaveAttribute('data-state', 'attention');
  await expect(row(page, 'phantoms.pdf')).toContainText('drawn off the page on page 1');
  // The phantom off the page is no item.
  await expect(page.locator('table.grid tbody tr').filter({ hasText: 'Knee sleeve' })).toHaveCount(1);
  await expect(page.locator('table.grid tbody tr').filter({ hasText: 'Ankle brace' })).toHaveCount(0);

  // The forged letter's row says what is printed, and its source view lists the disagreement and boxes the printed "Upheld".
  const forgedRow = page.locator('table.grid tbody tr').filter({ hasText: 'Wrist splint for night use' });
  await expect(forgedRow.locator('td[data-column="decision"]')).toHaveText('Upheld');
  await forgedRow.click();
  await page.keyboard.press('Enter');
  const view = page.locator('section.sv');
  await expect(view.getByText('text layer "Overturned"').first()).toBeVisible();
  await expect(view.locator('.sv-page[data-page="0"] canvas.sv-drawn')).toBeVisible();
  const decisionBox = view.locator('.sv-page[data-page="0"] .sv-box[data-fields$="decision"]');
  await expect(decisionBox).toHaveCount(1);
  await expect(decisionBox).toHaveAttribute('title', /Upheld/);
});

/** Sets the "encrypted" flag of `name` in the zip's central directory. */
function markEncrypted(zip: Uint8Array, name: string): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (Buffer.from(zip.subarray(at + 46, at + 46 + length)).toString() === name) view.setUint16(at + 8, 1, true);
  }
}
