// Makes the hard-input PDFs the tests use, from content written for this project (no real letters):
// a short letter, the same letter protected by a password, a scanned letter with no text layer, a 1,000-page PDF, a PDF that
// is not a letter, and a PNG scan of a page of one of our sample letters. Run once: `npx tsx scripts/make-test-fixtures.ts` (needs Chromium and qpdf);
// the outputs are committed in test-fixtures/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium.ts';
import { chromium } from '@playwright/test';

const OUT = new URL('../test-fixtures/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

const LETTER_HTML = `<!doctype html><meta charset="utf-8"><style>body{font:12pt 'Times New Roman',serif}</style>
<p>Case Number: CM99-0001234</p>
<h3>HOW THE IMR FINAL DETERMINATION WAS MADE</h3>
<p>State(s) of Licensure: Oregon</p><p>Certification(s)/Specialty: Orthopaedic Surgery</p>
<h3>CLINICAL CASE SUMMARY</h3><p>The injured worker is a 47 year old female who sustained an industrial injury on 04/05/2014.</p>
<h3>IMR ISSUES, DECISIONS AND RATIONALES</h3>
<p>Lumbar support brace: Upheld</p>
<p>Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.</p>
<p>MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.</p>
<p>Decision rationale: Lumbar supports have no lasting benefit beyond the acute phase, so the request is not medically necessary.</p>`;

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
const pdf = async (html: string, file: string) => {
  await page.setContent(html);
  await page.pdf({ path: OUT + file, format: 'Letter', margin: { top: '1in', bottom: '1in', left: '1in', right: '1in' } });
};

await pdf(LETTER_HTML, 'short-letter.pdf');
execFileSync('qpdf', ['--encrypt', 'imr-lens', 'owner-secret', '256', '--', OUT + 'short-letter.pdf', OUT + 'password-protected.pdf']);

// A "scan": the words only as pixels, drawn on a canvas and embedded as an image.
await page.setContent('<canvas id="c" width="1200" height="400"></canvas>');
const png = await page.evaluate(() => {
  const canvas = document.getElementById('c') as HTMLCanvasElement;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 1200, 400);
  ctx.fillStyle = '#000';
  ctx.font = '36px serif';
  ctx.fillText('IMR ISSUES, DECISIONS AND RATIONALES', 40, 100);
  ctx.fillText('Lumbar support brace: Upheld', 40, 180);
  return canvas.toDataURL('image/png');
});
await pdf(`<img src="${png}" style="width:6.5in">`, 'scanned-no-text.pdf');

await pdf(
  Array.from({ length: 1000 }, (_, i) => `<p style="break-after:page">Page ${i + 1} of a very long document.</p>`).join(''),
  'thousand-pages.pdf',
);

await pdf(
  '<h1>Sourdough starter</h1><p>Mix equal weights of flour and water, keep it warm and feed it daily for a week.</p>',
  'not-a-letter.pdf',
);

await browser.close();

// A scanned page of one of OUR sample letters (public/samples, written for this project): page 1
// rasterised at 200 dpi and cut to black and white, as a fax would. Read by OCR in the unit tests
// (document/ocr-words.test.ts) and dropped as a PNG letter in e2e/ocr.spec.ts. Needs poppler and ImageMagick.
const SAMPLE = new URL('../public/samples/CM16-0912345.pdf', import.meta.url).pathname;
execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', SAMPLE, '/tmp/imr-lens-scan']);
execFileSync('convert', [
  '/tmp/imr-lens-scan.png',
  '-threshold',
  '60%',
  '-type',
  'bilevel',
  '-define',
  'png:bit-depth=1',
  OUT + 'scanned-sample-page1.png',
]);
console.log(`fixtures written to ${OUT}`);
