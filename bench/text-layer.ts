// Figure 9: text layers checked against the printed page (document/text-layer-check.ts). What the
// check costs and how often it cries wolf:
// - the born-digital corpus letters: letters flagged, pages read by OCR to check (both should be 0);
// - the corpus's scans made searchable here, honestly: each scan's pages as images with the
//   born-digital letter's own text as an invisible layer over them (a perfect OCR layer; the scan is
//   skewed and noisy, so OCR of it differs from it in places): false alarms, and seconds a letter
//   beside reading the scan alone by OCR;
// - our forged letter (a page image saying "Upheld" under a layer saying "Overturned"): caught, and seconds.
// Everything in this process, one OCR engine; run alone, the machine to itself, for comparable figures.
import { spawnSync } from 'node:child_process';
import { createCanvas } from '@napi-rs/canvas';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stopOcrEngine } from '../src/document/ocr-engine.ts';
import { nodeOcrPlatform } from '../src/document/ocr-platform-node.ts';
import { readPdfiumRuns, setPdfiumWasm } from '../src/document/pdfium-text.ts';
import { nodePdfiumWasm } from '../src/document/pdfium-wasm-node.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import { letterOutcome } from '../src/extract/record-outcome.ts';
import { parseLetter, setOcrPlatform } from '../src/parsing/worker/parse-letter.ts';
import { craftedLetterLines, craftedPdf, pageImage, pdfString, searchableScan } from '../src/test-support/crafted-pdfs.ts';
import type { Figure } from './figures.ts';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');

async function parse(path: string, bytes: Uint8Array): Promise<{ record: LetterRecord; seconds: number }> {
  const start = performance.now();
  const record = await parseLetter({ name: path, bytes: bytes.slice().buffer });
  return { record, seconds: (performance.now() - start) / 1000 };
}

const flagged = (r: LetterRecord) => r.problems.some((p) => p.code?.startsWith('text-layer') && p.code !== 'text-layer-checked');
const checkedPages = (r: LetterRecord) =>
  /text layer of pages? ([\d, ]+)/.exec(r.problems.find((p) => p.code === 'text-layer-checked')?.message ?? '')?.[1]?.split(',').length ??
  0;

/** A scan's pages as JPEG images, with `letter`'s own text layer over them, invisible. */
async function honestSearchableScan(scan: string, letter: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-lens-text-layer-'));
  spawnSync('pdftoppm', ['-r', '150', '-jpeg', scan, join(dir, 'p')]);
  const images = readdirSync(dir).sort();
  const layer = await readPdfiumRuns(new Uint8Array(readFileSync(letter)));
  const measure = createCanvas(10, 10).getContext('2d');
  return craftedPdf(
    layer.map((page, i) => {
      const jpeg = new Uint8Array(readFileSync(join(dir, images[i]!)));
      const size = jpegSize(jpeg);
      // Each word stretched to the width it has in the letter (Liberation Sans has Helvetica's widths), as OCR tools lay their layer.
      const text = page.runs
        .map((run) => {
          measure.font = `${run.fontSize}px "Liberation Sans"`;
          const stretch = (100 * run.width) / (measure.measureText(ascii(run.str)).width || run.width);
          return `BT 3 Tr /F1 ${run.fontSize.toFixed(2)} Tf ${stretch.toFixed(1)} Tz 1 0 0 1 ${run.x.toFixed(2)} ${run.y.toFixed(2)} Tm ${pdfString(ascii(run.str))} Tj ET`;
        })
        .join('\n');
      return {
        width: page.width,
        height: page.height,
        content: `q ${page.width} 0 0 ${page.height} 0 0 cm /Im0 Do Q\n${text}`,
        images: [{ jpeg, ...size }],
      };
    }),
  );
}

const ascii = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\xff]/g, '?');

/** Width and height of a JPEG from its first frame header. */
function jpegSize(jpeg: Uint8Array): { widthPx: number; heightPx: number } {
  for (let at = 2; at + 9 < jpeg.length;) {
    const marker = jpeg[at + 1]!;
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xc3)
      return { heightPx: (jpeg[at + 5]! << 8) | jpeg[at + 6]!, widthPx: (jpeg[at + 7]! << 8) | jpeg[at + 8]! };
    at += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

export async function textLayerFigures(): Promise<Figure[]> {
  setPdfiumWasm(nodePdfiumWasm);
  setOcrPlatform(async () => nodeOcrPlatform);
  const figures: Figure[] = [];
  try {
    const forged = searchableScan(await pageImage(craftedLetterLines()), craftedLetterLines({ decision: 'Overturned' }));
    await parse('warm-up.pdf', forged); // starts the OCR engine
    const caught = await parse('forged.pdf', forged);
    figures.push(
      {
        name: 'forged letter ("Upheld" printed, "Overturned" in its layer): needs attention',
        value: letterOutcome(caught.record) === 'attention' ? 1 : 0,
        unit: 'yes=1',
      },
      { name: 'forged letter: seconds to read, its page read by OCR to check it', value: caught.seconds, unit: 's' },
    );

    const lettersDir = join(CORPUS, 'letters');
    if (existsSync(lettersDir)) {
      const pdfs = readdirSync(lettersDir).filter((f) => f.endsWith('.pdf'));
      let falseAlarms = 0;
      let pagesRead = 0;
      for (const f of pdfs) {
        const { record } = await parse(f, new Uint8Array(readFileSync(join(lettersDir, f))));
        if (flagged(record)) falseAlarms++;
        pagesRead += checkedPages(record);
      }
      figures.push(
        { name: `born-digital corpus letters (${pdfs.length}) flagged by the text-layer check`, value: falseAlarms, unit: 'letters' },
        { name: 'born-digital corpus letters: pages read by OCR to check a layer', value: pagesRead, unit: 'pages' },
      );
    }

    const scansDir = join(CORPUS, 'scanned/letters');
    if (existsSync(scansDir)) {
      // BENCH_SCANS=CM17-0007857,CM17-0011517 measures only those.
      const only = process.env.BENCH_SCANS?.split(',');
      const scans = readdirSync(scansDir).filter((f) => f.endsWith('.scan.pdf') && (!only || only.some((o) => f.startsWith(o))));
      let falseAlarms = 0;
      let checked = 0;
      let withLayer = 0;
      let alone = 0;
      const alarms: string[] = [];
      for (const f of scans) {
        const scan = join(scansDir, f);
        const searchable = await honestSearchableScan(scan, join(lettersDir, f.replace('.scan.pdf', '.pdf')));
        const a = await parse(f, searchable);
        const b = await parse(f, new Uint8Array(readFileSync(scan)));
        console.error(`  ${f}: ${a.seconds.toFixed(1)} s checked, ${b.seconds.toFixed(1)} s as a scan alone`);
        if (flagged(a.record)) {
          falseAlarms++;
          alarms.push(`${f}: ${a.record.problems.find((p) => p.code?.startsWith('text-layer'))?.message}`);
        }
        checked += checkedPages(a.record);
        withLayer += a.seconds;
        alone += b.seconds;
      }
      for (const alarm of alarms) console.log(`  false alarm: ${alarm}`);
      figures.push(
        { name: `corpus scans made searchable, honestly (${scans.length}): flagged`, value: falseAlarms, unit: 'letters' },
        { name: 'corpus scans made searchable: pages read by OCR to check', value: checked, unit: 'pages' },
        { name: 'corpus scans made searchable: seconds a letter, checked', value: withLayer / scans.length, unit: 's' },
        { name: 'the same scans without a layer: seconds a letter, read by OCR', value: alone / scans.length, unit: 's' },
      );
    }
  } finally {
    await stopOcrEngine();
    setOcrPlatform(null);
  }
  return figures;
}
