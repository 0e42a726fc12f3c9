// Figures 1 and 2: the CLI beside poppler's pdftotext, each run the way its own users run it; and the
// extractor alone on canonical text.
//
// pdftotext runs as a shell user runs it over a folder with every core:
//   ls *.pdf | xargs -P $(nproc) -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _
// and the CLI as its users run it, `node dist-cli/extract.mjs <folder>` (what `npm run extract` runs
// once the build is fresh), start-up included. Each is run 3 times, alternating; the median counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractLetter } from '../src/extract/extract-letter.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import { BUILT_CLI } from '../src/cli/run-built-cli.ts';
import { CORPUS_LETTERS, corpusPdfs, repeatTo } from './corpus.ts';
import type { Figure } from './figures.ts';

const cores = availableParallelism();
const ROUNDS = 3;
const PDFTOTEXT_LOOP = `ls *.pdf | xargs -P ${cores} -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _`;
const SMALL_LETTER = new URL('../test-fixtures/short-letter.pdf', import.meta.url).pathname;

function wallSeconds(command: string, args: string[], cwd?: string): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function engineFigures(letterCount = 480): Promise<Figure[]> {
  const pdfs = corpusPdfs();
  if (pdfs.length === 0) return [{ name: 'engine', value: 'skipped: ../shared/corpus/letters not found' }];
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale']);

  // A folder of `letterCount` letters (the corpus repeated), as a user would have them.
  const folder = mkdtempSync(join(tmpdir(), 'imr-lens-bench-'));
  repeatTo(pdfs, letterCount)
    .slice(0, letterCount)
    .forEach((path, i) => copyFileSync(path, join(folder, `letter-${String(i).padStart(5, '0')}.pdf`)));

  const cli = [BUILT_CLI, '--format', 'jsonl', '--out', '/dev/null', folder];
  const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
  const engineRuns: number[] = [];
  const popplerRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    engineRuns.push(wallSeconds(process.execPath, cli));
    if (hasPdftotext) popplerRuns.push(wallSeconds('sh', ['-c', PDFTOTEXT_LOOP], folder));
  }
  const oneLetter = median(Array.from({ length: 5 }, () => wallSeconds(process.execPath, [BUILT_CLI, '--format', 'json', SMALL_LETTER])));
  rmSync(folder, { recursive: true, force: true });

  const engineSeconds = median(engineRuns);
  const figures: Figure[] = [
    { name: `CLI: full records, ${letterCount} real letters, ${cores} processes, start-up included`, value: engineSeconds, unit: 's' },
    { name: 'CLI: letters/s', value: letterCount / engineSeconds, unit: 'letters/s' },
    { name: 'CLI: one small letter, start to record (node dist-cli/extract.mjs, median of 5)', value: oneLetter, unit: 's' },
  ];
  if (!hasPdftotext) {
    figures.push({ name: 'pdftotext', value: 'skipped: pdftotext not installed (apt-get install poppler-utils)' });
  } else {
    const popplerSeconds = median(popplerRuns);
    figures.push(
      { name: `pdftotext: text only, same letters, shell + xargs -P ${cores}`, value: popplerSeconds, unit: 's' },
      { name: 'ratio: CLI time / pdftotext time (target <= 1.5, goal 1.0)', value: engineSeconds / popplerSeconds, unit: 'x' },
      {
        name: `  runs: CLI ${engineRuns.map((s) => s.toFixed(2)).join(', ')} s; pdftotext ${popplerRuns.map((s) => s.toFixed(2)).join(', ')} s`,
        value: '',
      },
    );
  }

  // Figure 2: the extractor alone on canonical text, one core.
  const out = join(mkdtempSync(join(tmpdir(), 'imr-lens-bench-')), 'records.json');
  execFileSync(process.execPath, [BUILT_CLI, '--format', 'json', '--out', out, CORPUS_LETTERS], { stdio: 'ignore' });
  const texts = (JSON.parse(readFileSync(out, 'utf8')) as LetterRecord[]).map((r) => ({ text: r.text, pageStarts: r.pageStarts }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  let rounds = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const t of texts) extractLetter(t.text);
    rounds++;
  }
  const seconds = (performance.now() - t0) / 1000;
  figures.push({ name: 'extractor alone on canonical text, 1 core', value: (bytes * rounds) / seconds / 1e6, unit: 'MB/s' });
  return figures;
}
