// Figure 6: OCR of scanned letters. Seconds per page for one engine (in this process, engine already
// started, on our own scanned sample page), and scanned letters per minute through the CLI (one
// process per core) on the shared corpus's scanned letters when present.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLetter } from '../src/document/load-letter.ts';
import { nodeOcrPlatform } from '../src/document/ocr-platform-node.ts';
import { stopOcrEngine } from '../src/document/ocr-engine.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import type { Figure } from './figures.ts';
import { BUILT_CLI } from '../src/cli/run-built-cli.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = resolve(ROOT, '../shared/corpus/scanned/letters');

export async function ocrFigures(): Promise<Figure[]> {
  const png = new Uint8Array(readFileSync(join(ROOT, 'test-fixtures/scanned-sample-page1.png')));
  const ocr = { platform: async () => nodeOcrPlatform };
  await loadLetter(png, { ocr }); // starts the engine (loads core and English data)
  const runs = 3;
  const start = performance.now();
  for (let i = 0; i < runs; i++) await loadLetter(png, { ocr });
  const perPage = (performance.now() - start) / runs / 1000;
  await stopOcrEngine();
  const figures: Figure[] = [{ name: 'OCR, one engine, one page (1700 x 2200 px scan of our sample)', value: perPage, unit: 's/page' }];

  if (existsSync(SCANNED)) {
    const letters = readdirSync(SCANNED).filter((f) => f.endsWith('.pdf')).length;
    const out = join(mkdtempSync(join(tmpdir(), 'imr-lens-ocr-bench-')), 'out.json');
    const t0 = performance.now();
    spawnSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: ROOT });
    const run = spawnSync(process.execPath, [BUILT_CLI, '--format', 'json', '--out', out, SCANNED], { cwd: ROOT, encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    if (run.status !== 0) throw new Error(run.stderr);
    const pages = (JSON.parse(readFileSync(out, 'utf8')) as LetterRecord[]).reduce((n, r) => n + r.pages, 0);
    figures.push(
      { name: `CLI on the ${letters} scanned corpus letters (${pages} pages, drawn at 2550 px wide)`, value: seconds, unit: 's' },
      { name: 'scanned letters per minute (CLI, one process per core)', value: (letters / seconds) * 60, unit: 'letters/min' },
      { name: 'wall time per scanned page (CLI, one process per core)', value: seconds / pages, unit: 's/page' },
    );
  }
  return figures;
}
