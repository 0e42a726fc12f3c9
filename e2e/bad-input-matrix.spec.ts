// The rest of the bad-input matrix in the app: text that is not a letter, a letter of an unknown
// layout, a corrupt and a truncated PDF, a file over the size limit, and letters saved as UTF-16 or
// Windows-1252. Each gets its own state and message while a good letter, the table and the filters
// the user had set stay as they were.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, dropFiles, openApp, waitForParsing } from './fixtures.ts';

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
