// Renders the sample letters of src/samples/letters.ts to public/samples/ (real PDFs with a text
// layer, printed by Chromium from HTML; one plain-text letter), writes public/samples/index.json and
// the answer keys in src/samples/answer-keys/, then reads every PDF back through the app's own text
// layer (document/pdf-text.ts + layout-text.ts) and fails if the canonical text does not read right.
//
//   npx tsx scripts/make-samples.ts
//   npx tsx scripts/make-samples.ts --keys-only   (rewrites only the answer keys: the letters' words did not change)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.ts';
import { chromium } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { readPdfRuns } from '../src/document/pdf-text.ts';
import { layoutLetterText, PAGE_BREAK } from '../src/document/layout-text.ts';
import {
  answerKey,
  credentialParagraphs,
  ISSUES_LEAD,
  itemHeading,
  methodParagraph,
  SAMPLE_LETTERS,
  SUMMARY_LEAD,
  type SampleItem,
  type SampleLetter,
} from '../src/samples/letters.ts';
import { LAYOUT_SAMPLES, layoutAnswerKey, layoutParagraphs, type LayoutSample } from '../src/samples/layout-letters.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public/samples');
const keyDir = join(root, 'src/samples/answer-keys');

/** One line of text is 18 CSS px and every vertical space is a whole number of lines, so a page (9in = 864px) holds exactly 48. */
const LINE_PX = 18;
const PAGE_PX = 864;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
  @page { size: Letter; margin: 1in; }
  html { font-family: 'Liberation Serif', 'Times New Roman', Times, serif; font-size: 12pt; line-height: ${LINE_PX}px;
         font-kerning: none; font-variant-ligatures: none; color: #000; }
  body { margin: 0; width: 6.5in; orphans: 1; widows: 1; }
  p { margin: 0 0 ${LINE_PX}px; text-align: left; }
  p.tight { margin-bottom: 0; }
  .section { font-weight: bold; text-align: center; margin: 0; }
  table.header { border-collapse: collapse; table-layout: fixed; width: 6.5in; margin: 0 0 ${LINE_PX}px; }
  table.header td { padding: 0; vertical-align: top; line-height: ${LINE_PX}px; }
  table.header td.label { width: 1.6in; font-weight: bold; }
  table.header td.value { width: 1.65in; }
`;

function letterHtml(letter: SampleLetter, spacerBefore: Map<number, number> = new Map()): string {
  const parts: string[] = [];
  const h = letter.header;
  if (h) {
    const row = (a: string, av: string, b = '', bv = '') =>
      `<tr><td class="label">${a}</td><td class="value">${escapeHtml(av)}</td><td class="label">${b}</td><td class="value">${escapeHtml(bv)}</td></tr>`;
    parts.push(
      '<table class="header">',
      row('Case Number:', h.caseNumber),
      row('Date Assigned:', h.dateAssigned, 'Date of Injury:', h.dateOfInjury),
      row('Decision Date:', h.decisionDate, 'UR Denial Date:', h.urDenialDate),
      row('Priority:', h.priority, 'Application<br>Received:', h.applicationReceived),
      '</table>',
    );
  }
  parts.push('<p class="section">HOW THE IMR FINAL DETERMINATION WAS MADE</p>');
  parts.push(`<p>${escapeHtml(methodParagraph(letter.credentials))}</p>`);
  const credentials = credentialParagraphs(letter.credentials);
  credentials.forEach((line, i) => parts.push(`<p class="${i < credentials.length - 1 ? 'tight' : ''}">${escapeHtml(line)}</p>`));
  parts.push('<p class="section">CLINICAL CASE SUMMARY</p>', `<p>${escapeHtml(SUMMARY_LEAD)}</p>`, `<p>${escapeHtml(letter.summary)}</p>`);
  parts.push('<p class="section">IMR ISSUES, DECISIONS AND RATIONALES</p>', `<p>${escapeHtml(ISSUES_LEAD)}</p>`);
  letter.items.forEach((item, i) => {
    const spacer = spacerBefore.get(i) ?? 0;
    const style = spacer ? ` style="margin-top:${spacer}px"` : '';
    parts.push(
      `<p class="item-heading" data-item="${i}"${style}>${escapeHtml(itemHeading(item))}</p>`,
      `<p>Claims Administrator guideline: ${escapeHtml(item.claimsAdministratorGuideline)}</p>`,
      `<p>MAXIMUS guideline: ${escapeHtml(item.reviewerGuideline)}</p>`,
      `<p>Decision rationale: ${escapeHtml(item.rationale)}</p>`,
    );
  });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}

/** Wraps a paragraph to lines of at most `width` characters. */
function wrap(text: string, width = 95): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The plain-text letter, in the shape such letters have when saved as text from a word processor:
 * every line ends with a space and is followed by an empty line, paragraphs by a line holding a space.
 */
function letterText(letter: SampleLetter): string {
  const paragraphs: string[][] = [];
  const para = (text: string) => paragraphs.push(wrap(text));
  paragraphs.push([' HOW THE IMR FINAL DETERMINATION WAS MADE']);
  para(methodParagraph(letter.credentials));
  const credentials = credentialParagraphs(letter.credentials);
  if (credentials.length) paragraphs.push(credentials);
  paragraphs.push(['CLINICAL CASE SUMMARY', ...wrap(SUMMARY_LEAD)]);
  para(letter.summary);
  paragraphs.push(['IMR ISSUES, DECISIONS AND RATIONALES', ...wrap(ISSUES_LEAD)]);
  for (const item of letter.items) {
    para(itemHeading(item));
    para(`Claims Administrator guideline: ${item.claimsAdministratorGuideline}`);
    para(`MAXIMUS guideline: ${item.reviewerGuideline}`);
    para(`Decision rationale: ${item.rationale}`);
  }
  return paragraphs.map((lines) => lines.map((l) => `${l} \n\n`).join('')).join(' \n\n');
}

/** A letter of an earlier layout as HTML: its paragraphs in order, headings bold. */
function layoutLetterHtml(letter: LayoutSample): string {
  const body = layoutParagraphs(letter)
    .map((p) => `<p${p.heading ? ' style="font-weight:bold"' : ''}>${escapeHtml(p.text)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** A letter of an earlier layout as text: lines wrapped, single-spaced, a blank line between paragraphs. */
function earlierLayoutText(letter: LayoutSample): string {
  return `${layoutParagraphs(letter)
    .map((p) => wrap(p.text).join('\n'))
    .join('\n\n')}\n`;
}

async function writeKey(file: string, key: object) {
  const keyFile = join(keyDir, file.replace(/\.[a-z]+$/, '.json'));
  const prettierConfig = (await resolveConfig(keyFile)) ?? {};
  writeFileSync(keyFile, await format(JSON.stringify(key), { ...prettierConfig, parser: 'json' }));
}

const FOOTER = `<div style="width:100%; text-align:center; font-family:'Liberation Serif',serif; font-size:10pt;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  rmSync(keyDir, { recursive: true, force: true });
  mkdirSync(keyDir, { recursive: true });

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 624, height: 800 } });
    for (const letter of SAMPLE_LETTERS) {
      const target = join(outDir, letter.file);
      if (letter.format === 'txt') {
        writeFileSync(target, letterText(letter));
      } else {
        // Lay out once on screen (same fonts, same 624px column) to find where a heading must start
        // for it to run from the last line of one page onto the next, then print.
        // Of the headings that wrap, the one needing the least blank space before it is chosen.
        const spacers = new Map<number, number>();
        if (letter.headingAcrossPages) {
          await page.setContent(letterHtml(letter));
          const boxes = await page
            .locator('p.item-heading')
            .evaluateAll((els) => els.map((el) => ({ top: (el as HTMLElement).offsetTop, height: (el as HTMLElement).offsetHeight })));
          const lastLineTop = PAGE_PX - LINE_PX;
          const options = boxes
            .map(({ top, height }, i) => ({ i, height, spacer: (((lastLineTop - (top % PAGE_PX)) % PAGE_PX) + PAGE_PX) % PAGE_PX }))
            .filter((o) => o.height >= 2 * LINE_PX)
            .sort((a, b) => a.spacer - b.spacer);
          if (!options[0]) throw new Error(`${letter.file}: no item heading wraps`);
          spacers.set(options[0].i, options[0].spacer);
        }
        const wanted = [...spacers.keys()];
        // Page breaks truncate the margins they cut, so the printed flow can sit a line or two off the
        // screen one: print, read back, and nudge the spacer a line at a time until the heading crosses.
        const nudges = [0, 1, -1, 2, -2, 3, -3];
        for (const [attempt, nudge] of nudges.entries()) {
          const tried = new Map([...spacers].map(([i, px]) => [i, Math.max(0, px + nudge * LINE_PX)]));
          await page.setContent(letterHtml(letter, tried));
          await page.emulateMedia({ media: 'print' });
          const pdf = await page.pdf({
            format: 'Letter',
            margin: { top: '1in', bottom: '1in', left: '1in', right: '1in' },
            displayHeaderFooter: Boolean(letter.pageFooters),
            headerTemplate: '<span></span>',
            footerTemplate: letter.pageFooters ? FOOTER : '<span></span>',
            tagged: false,
            outline: false,
          });
          await page.emulateMedia({ media: 'screen' });
          writeFileSync(target, pdf);
          if (!wanted.length || (await headingsCross(letter, wanted, pdf))) break;
          if (attempt === nudges.length - 1) throw new Error(`${letter.file}: could not lay a heading across a page`);
        }
      }
      await writeKey(letter.file, answerKey(letter));
      console.log(`wrote ${letter.file}`);
    }
    for (const letter of LAYOUT_SAMPLES) {
      const target = join(outDir, letter.file);
      if (letter.format === 'txt') writeFileSync(target, earlierLayoutText(letter));
      else {
        await page.setContent(layoutLetterHtml(letter));
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({
          format: 'Letter',
          margin: { top: '1in', bottom: '1in', left: '1in', right: '1in' },
          tagged: false,
          outline: false,
        });
        await page.emulateMedia({ media: 'screen' });
        writeFileSync(target, pdf);
      }
      await writeKey(letter.file, layoutAnswerKey(letter));
      console.log(`wrote ${letter.file}`);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify([...SAMPLE_LETTERS, ...LAYOUT_SAMPLES].map((l) => l.file))}\n`);

  for (const letter of SAMPLE_LETTERS.filter((l) => l.format === 'pdf')) await verify(letter);
  for (const letter of LAYOUT_SAMPLES.filter((l) => l.format === 'pdf')) await verifyLayoutLetter(letter);
  console.log('all samples read back correctly');
}

/** Reads a PDF of an earlier layout back as the app does and checks every paragraph came through in order. */
async function verifyLayoutLetter(letter: LayoutSample) {
  const pages = await readPdfRuns(new Uint8Array(readFileSync(join(outDir, letter.file))));
  const { text } = layoutLetterText(pages);
  const squash = (s: string) => s.replace(/\s+/g, '');
  const flat = squash(text);
  let from = 0;
  for (const p of layoutParagraphs(letter)) {
    const at = flat.indexOf(squash(p.text), from);
    if (at < 0) throw new Error(`${letter.file}: missing or garbled: ${p.text.slice(0, 80)}\n----\n${text}`);
    from = at;
  }
  console.log(`read back ${letter.file}: ${pages.length} page(s), ${text.length} characters`);
}

async function headingsCross(letter: SampleLetter, items: number[], pdf: Uint8Array): Promise<boolean> {
  const { text } = layoutLetterText(await readPdfRuns(new Uint8Array(pdf)));
  return items.every((i) => headingCrossesPage(text, letter.items[i]!));
}

function headingCrossesPage(text: string, item: SampleItem): boolean {
  const at = text.indexOf(itemHeading(item).split(' ').slice(0, 4).join(' '));
  const breakAt = text.indexOf(PAGE_BREAK, at);
  const end = text.indexOf(`: ${item.decision}`, at);
  return at >= 0 && breakAt >= 0 && end >= 0 && breakAt < end;
}

/** Reads a PDF back as the app does and checks the header rows, the words of every item, and the page-crossing heading. */
async function verify(letter: SampleLetter) {
  const pages = await readPdfRuns(new Uint8Array(readFileSync(join(outDir, letter.file))));
  const { text } = layoutLetterText(pages);
  const fail = (what: string) => {
    throw new Error(`${letter.file}: ${what}\n----\n${text}`);
  };
  const h = letter.header;
  if (h) {
    const rows = [
      `Case Number: ${h.caseNumber}`,
      `Date Assigned: ${h.dateAssigned}`,
      `Date of Injury: ${h.dateOfInjury}`,
      `Decision Date: ${h.decisionDate}`,
      `UR Denial Date: ${h.urDenialDate}`,
      `Priority: ${h.priority}`,
      `Application Received: ${h.applicationReceived}`,
    ];
    if (!text.startsWith(`${rows.join('\n')}\n\n`)) fail('the header table does not read as one "Label: value" line per cell pair');
  } else if (/Case Number/.test(text)) fail('an older-layout letter has a header');
  // Words must come through in order; only line breaks (and page footers) may differ.
  const squash = (s: string) => s.replace(/Page \d+ of \d+/g, '').replace(/\s+/g, '');
  const flat = squash(text);
  for (const item of letter.items) {
    for (const part of [itemHeading(item), item.claimsAdministratorGuideline, item.reviewerGuideline, item.rationale]) {
      if (!flat.includes(squash(part))) fail(`missing or garbled: ${part.slice(0, 80)}`);
    }
  }
  if (letter.headingAcrossPages && !letter.items.some((item) => headingCrossesPage(text, item))) fail('no item heading crosses a page');
  console.log(`read back ${letter.file}: ${pages.length} page(s), ${text.length} characters`);
}

/** The answer keys alone, from the same descriptions, when what a key records changed but no letter did. */
async function writeKeysOnly() {
  rmSync(keyDir, { recursive: true, force: true });
  mkdirSync(keyDir, { recursive: true });
  for (const letter of SAMPLE_LETTERS) await writeKey(letter.file, answerKey(letter));
  for (const letter of LAYOUT_SAMPLES) await writeKey(letter.file, layoutAnswerKey(letter));
  console.log(`wrote ${SAMPLE_LETTERS.length + LAYOUT_SAMPLES.length} answer keys`);
}

await (process.argv.includes('--keys-only') ? writeKeysOnly() : main());
