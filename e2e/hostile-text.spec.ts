// Letter text and file names are hostile input: markup in them must render as the characters it is,
// in the table, the files panel and the source view, and never run.
import { test, expect, dropFiles, openApp, waitForParsing } from './fixtures.ts';

const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'">';

const HOSTILE_LETTER = [
  'Case Number: CM99-0000666',
  'Date Assigned: 01/04/2016',
  'Date of Injury: 02/03/2014',
  'Decision Date: 02/01/2016',
  'UR Denial Date: 12/20/2015',
  'Priority: Standard',
  'Application Received: 12/28/2015',
  '',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California',
  `Certification(s)/Specialty: Family Practice ${IMG}`,
  '',
  'CLINICAL CASE SUMMARY',
  `The injured worker is a 44 year old male who sustained an industrial injury on 02/03/2014. Diagnoses include ${SCRIPT}.`,
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  `Knee brace ${SCRIPT} ${IMG}: Overturned`,
  '',
  'Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.',
  '',
  'MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.',
  '',
  `Decision rationale: The brace ${IMG} is supported here, so the request is medically necessary.`,
].join('\n');

test('markup in a letter and in its file name is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  const name = `${IMG}${SCRIPT}.txt`;
  await dropFiles(page, [{ name, bytes: Buffer.from(HOSTILE_LETTER) }]);
  await waitForParsing(page, 1);

  // Table and files panel show the characters.
  const row = page.locator('table.grid tbody tr').filter({ hasText: 'Knee brace' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td[data-column="request"]')).toContainText(`Knee brace ${SCRIPT} ${IMG}`);
  await expect(page.locator('.file-row').first()).toContainText(name);

  // The source view, in text mode, shows them too.
  await row.click();
  await page.keyboard.press('Enter');
  const view = page.locator('section.sv');
  await expect(view).toBeVisible();
  await expect(view.locator('.sv-doc')).toContainText(`Decision rationale: The brace ${IMG} is supported here`);

  // Nothing ran and no element was made from the markup.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], body script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
