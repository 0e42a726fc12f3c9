// Text that a text layer holds but the page does not print, found while reading the layer, on PDFs
// written here (src/test-support/crafted-pdfs.ts): each way of hiding text, the text that is printed
// beside it, and which pages are worth reading by OCR to check their layer.
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { layoutLetterText } from './layout-text.ts';
import { loadLetter } from './load-letter.ts';
import { readPdfRuns } from './pdf-text.ts';
import { readPdfPages } from './pdf-text-engine.ts';
import { pagesToCheck } from './text-layer-check.ts';
import type { PageRuns } from './page-runs.ts';
import { craftedPdf, textLines, type CraftedImage } from '../test-support/crafted-pdfs.ts';

/** A small white JPEG: enough for PDFium to know an image is drawn, and where. */
async function whiteImage(): Promise<CraftedImage> {
  const canvas = createCanvas(4, 4);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 4, 4);
  return { jpeg: new Uint8Array(await canvas.encode('jpeg')), widthPx: 4, heightPx: 4 };
}

async function pdfium(content: string, images?: CraftedImage[]): Promise<PageRuns> {
  const { pages, engine } = await readPdfPages(craftedPdf([{ content, images }]));
  expect(engine).toBe('pdfium');
  return pages[0]!;
}

const hiddenBy = (page: PageRuns) => Object.fromEntries((page.hidden ?? []).map((h) => [h.reason, h.sample]));
const words = (page: PageRuns) => layoutLetterText([page]).text;

describe('text that is not printed (PDFium)', () => {
  it('tells each way of hiding text from text that is printed, and leaves out what can be printed nowhere', async () => {
    const page = await pdfium(
      [
        textLines(['Printed in black'], { y: 720 }),
        textLines(['Render mode three'], { y: 700, before: '3 Tr' }),
        textLines(['Clip only mode seven'], { y: 690, before: '7 Tr' }),
        textLines(['White on the white page'], { y: 680, before: '1 1 1 rg' }),
        textLines(['Drawn past the right edge'], { x: 640, y: 660 }),
        textLines(['Drawn under the page'], { y: -40 }),
        `q 72 600 100 30 re W n ${textLines(['Outside its clip'], { y: 560 })} Q`,
        `q 72 545 300 30 re W n ${textLines(['Inside its clip'], { y: 550 })} Q`,
        textLines(['Under a later box'], { y: 500 }),
        'q 0.2 0.4 0.2 rg 60 490 200 30 re f Q',
        'q 0 0 0.5 rg 60 400 300 40 re f Q',
        textLines(['White on a navy band'], { y: 420, before: '1 1 1 rg' }),
        textLines(['Navy on the navy band'], { y: 405, before: '0 0 0.5 rg' }),
        textLines(['Stroked outline'], { y: 380, before: '1 Tr 1 1 1 rg 0 0 0 RG' }),
      ].join('\n'),
    );
    expect(hiddenBy(page)).toEqual({
      invisible: 'Render mode three Clip only mode seven',
      background: 'White on the white page Navy on the navy band',
      'off-page': 'Drawn past the right edge Drawn under the page',
      clipped: 'Outside its clip',
      covered: 'Under a later box',
    });
    const text = words(page);
    // Printed text, and text hidden on the page (checked against a page image where there is one), is read...
    for (const line of [
      'Printed in black',
      'Inside its clip',
      'White on a navy band',
      'Stroked outline',
      'Render mode three',
      'Under a later box',
    ])
      expect(text).toContain(line);
    // ...text off the page or clipped away is not.
    for (const line of ['Drawn past', 'Drawn under', 'Outside its clip']) expect(text).not.toContain(line);
    expect(page.hidden!.find((h) => h.reason === 'off-page')!.chars).toBe('Drawnpasttherightedge'.length + 'Drawnunderthepage'.length);
  });

  it('says how much of the page an image covers, and checks only pages an image covers mostly whose text is not printed', async () => {
    const scan = `q 612 0 0 792 0 0 cm /Im0 Do Q\n${textLines(['Searchable scan words'], { before: '3 Tr' })}`;
    const logo = `q 60 0 0 30 72 740 cm /Im0 Do Q\n${textLines(['Letterhead words'])}`;
    const hiddenNoImage = textLines(['White words'], { before: '1 1 1 rg' });
    const image = await whiteImage();
    const pages = [await pdfium(scan, [image]), await pdfium(logo, [image]), await pdfium(hiddenNoImage)];
    expect(pages.map((p) => Math.round((p.imageCover ?? 0) * 1000) / 1000)).toEqual([1, 0.004, 0]);
    expect(pagesToCheck(pages)).toEqual([0]);
  });

  it('a born-digital letter of ours has nothing hidden, and no page to check', async () => {
    const page = await pdfium(textLines(['Case Number: CM26-0000001', 'Knee brace: Upheld']));
    expect(page.hidden).toBeUndefined();
    expect(page.imageCover).toBeUndefined();
  });

  it('pdf.js, the fallback, leaves out text off the page by itself (it is told neither render mode, colour nor clip)', async () => {
    const off = [textLines(['Off right'], { x: 700 }), textLines(['Off below'], { y: -40 }), textLines(['Off left'], { x: -200 })];
    const [page] = await readPdfRuns(craftedPdf([{ content: [textLines(['On the page']), ...off].join('\n') }]));
    expect(words(page!)).toBe('On the page');
    expect(page!.hidden).toBeUndefined();
  });

  it('a PDF read without checking its layer (the source view drawing it again) still reports what is hidden', async () => {
    const letter = await loadLetter(
      craftedPdf([{ content: [textLines(['Printed']), textLines(['Hidden'], { y: 700, before: '3 Tr' })].join('\n') }]),
    );
    expect(letter.textLayer).toEqual({
      hidden: [{ page: 0, reason: 'invisible', chars: 6, sample: 'Hidden' }],
      checked: [],
      unchecked: [],
    });
  });
});
