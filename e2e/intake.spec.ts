import { test, expect, dropFiles, openApp, waitForParsing, type DropFile } from './fixtures.ts';

const textLetter = (name: string, body: string): DropFile => ({ name, bytes: Buffer.from(body, 'utf8') });

test('the empty app offers a drop target, pickers and sample letters', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Drop IMR determination letters here' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add files…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try sample letters' })).toBeVisible();
});

test('bad files get their own message while the others are read; a duplicate is not added twice', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [
    textLetter('empty.pdf', ''),
    { name: 'fake.pdf', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 0, 0, 255, 254, 0, 0]) },
    textLetter('notes.txt', 'Shopping list: milk, eggs.\n'),
    textLetter('picture.png', 'x'),
  ]);
  await waitForParsing(page, 3);
  await expect(page.locator('.file-row[data-file="empty.pdf"]')).toHaveAttribute('data-state', 'failed');
  await expect(page.locator('.file-row[data-file="empty.pdf"] .file-message')).toHaveText('The file is empty.');
  await expect(page.locator('.file-row[data-file="fake.pdf"]')).toHaveAttribute('data-state', 'failed');
  await expect(page.locator('.file-row[data-file="fake.pdf"] .file-message')).toContainText('not a PDF, a text letter or a scanned image');
  await expect(page.getByTestId('notice').filter({ hasText: '1 file was skipped' })).toContainText('picture.png');

  await dropFiles(page, [textLetter('notes-copy.txt', 'Shopping list: milk, eggs.\n')]);
  await expect(page.getByTestId('notice').filter({ hasText: 'Duplicate not added' })).toContainText('notes-copy.txt (same as notes.txt)');
  await page.getByTestId('notice').filter({ hasText: 'Duplicate not added' }).getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Duplicate not added' })).toHaveCount(0);
  await expect(page.locator('.file-row')).toHaveCount(3);
});

test('"Try sample letters" says so when the build has no samples', async ({ page }) => {
  await page.route('**/samples/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }));
  await openApp(page);
  await page.getByRole('button', { name: 'Try sample letters' }).click();
  await expect(page.getByTestId('notice')).toHaveText(/No sample letters are bundled with this build\./);
  await expect(page.getByRole('heading', { name: 'Drop IMR determination letters here' })).toBeVisible();
});
