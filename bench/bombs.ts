// Figure 8: hostile inputs through the CLI, each alone, built here (src/test-support/hostile-files.ts):
// the CLI's wall time from start to record (its parse process included), and the peak resident memory
// of the parse itself (GNU time's maximum RSS of bench/parse-one.ts, which parses the file in one
// process as a CLI parse process does). Printed, never asserted: the tests check that each is refused
// with its message; this says what that costs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { BUILT_CLI } from '../src/cli/run-built-cli.ts';
import { corruptJpeg, manyItemsLetter, pngDeclaring, tiffPages } from '../src/test-support/hostile-files.ts';
import type { Figure } from './figures.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A zip whose directory says its one entry is 100 bytes; it inflates to 200 MB. */
function understatedZip(): Uint8Array {
  const zip = zipSync({ 'letter.txt': new Uint8Array(200 * 1024 * 1024) }, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100, true);
  return zip;
}

export function bombFigures(): Figure[] {
  spawnSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'imr-lens-bombs-'));
  const bombs: [string, Uint8Array | string][] = [
    ['png-60000x60000.png', pngDeclaring(60000, 60000)],
    ['corrupt.jpg', corruptJpeg()],
    ['looping.tif', tiffPages(3, { loop: true })],
    ['260-pages.tif', tiffPages(260)],
    ['10000-items.txt', manyItemsLetter(10_000)],
    ['understated.zip', understatedZip()],
    ['ribbon-page.pdf', ribbonPdf()],
  ];
  const figures: Figure[] = [];
  for (const [name, bytes] of bombs) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const t0 = performance.now();
    spawnSync(process.execPath, [BUILT_CLI, '--format', 'json', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (performance.now() - t0) / 1000;
    const parse = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '--import', 'tsx', 'bench/parse-one.ts', path], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const peakKb = Number(parse.stderr.trim().split('\n').at(-1));
    figures.push(
      { name: `${name} (${bytes.length} bytes): CLI time`, value: seconds, unit: 's' },
      { name: `${name}: parse peak memory`, value: peakKb / 1024, unit: 'MB' },
      { name: `${name}: read as`, value: parse.stdout.trim().slice(0, 90) },
    );
  }
  return figures;
}

/** A one-page PDF 10 pt wide and 14,400 pt tall: drawn 2550 px wide for OCR it would be 3.7 billion pixels. */
function ribbonPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 14400] /Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >> >>',
    '<< /Length 26 >>\nstream\nq 10 0 0 14400 0 0 cm /Im Do Q\nendstream',
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0000\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}
