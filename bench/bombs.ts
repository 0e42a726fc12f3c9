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
import { corruptJpeg, manyItemsLetter, pngDeclaring, ribbonPdf, tiffPages } from '../src/test-support/hostile-files.ts';
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
