// Figures 1 and 2: the CLI beside poppler's pdftotext, each run the way its own users run it; and the
// extractor alone on canonical text.
//
// pdftotext runs as a shell user runs it over a folder with every core:
//   ls *.pdf | xargs -P $(nproc) -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _
// and the CLI as its users run it, `node dist-cli/extract.mjs <folder>` (what `npm run extract` runs
// once the build is fresh), start-up included, once with each PDF text engine (--text-engine pdfium,
// the default, and pdfjs). The three are run in turn, round after round (BENCH_ROUNDS, default 3), so
// a machine shared with other work slows each alike; the median of each counts, and each round's
// ratios are printed too. A lone letter is parsed in the CLI's own process, so its CPU seconds (GNU
// time) are printed beside its wall time: sharing the machine disturbs them less. (A batch's are not:
// the parse processes it ends are not waited for, so their CPU time is not counted by time(1).)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractLetter } from '../src/extract/extract-letter.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import { BUILT_CLI } from '../src/cli/run-built-cli.ts';
import { CORPUS_LETTERS, corpusPdfs, repeatTo } from './corpus.ts';
import type { Figure } from './figures.ts';

const cores = availableParallelism();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ENGINES = ['pdfium', 'pdfjs'] as const;
const PDFTOTEXT_LOOP = `ls *.pdf | xargs -P ${cores} -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _`;
const SMALL_LETTER = new URL('../test-fixtures/short-letter.pdf', import.meta.url).pathname;

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/** Wall seconds of a command, and the CPU seconds (user + system) it and the children it waited for used, by GNU time when installed. */
function timed(command: string, args: string[], cwd?: string): { wall: number; cpu: number } {
  const started = performance.now();
  const [file, argv] = hasTime ? [TIME, ['-f', 'cpu %U %S', command, ...args]] : [command, args];
  const run = spawnSync(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const list = (xs: number[]) => xs.map((s) => s.toFixed(2)).join(', ');
const both = (xs: { wall: number; cpu: number }[]) => xs.map((x) => `${x.wall.toFixed(2)} (${x.cpu.toFixed(2)})`).join(', ');
type Engine = (typeof ENGINES)[number];

export async function engineFigures(letterCount = 480): Promise<Figure[]> {
  const pdfs = corpusPdfs();
  if (pdfs.length === 0) return [{ name: 'engine', value: 'skipped: ../shared/corpus/letters not found' }];
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale']);

  // A folder of `letterCount` letters (the corpus repeated), as a user would have them.
  const folder = mkdtempSync(join(tmpdir(), 'imr-lens-bench-'));
  repeatTo(pdfs, letterCount)
    .slice(0, letterCount)
    .forEach((path, i) => copyFileSync(path, join(folder, `letter-${String(i).padStart(5, '0')}.pdf`)));

  const cli = (engine: string) => [BUILT_CLI, '--text-engine', engine, '--format', 'jsonl', '--out', '/dev/null', folder];
  const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
  const runs: Record<Engine, { wall: number; cpu: number }[]> = { pdfium: [], pdfjs: [] };
  const popplerRuns: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (hasPdftotext) popplerRuns.push(timed('sh', ['-c', PDFTOTEXT_LOOP], folder));
    for (const engine of ENGINES) runs[engine].push(timed(process.execPath, cli(engine)));
  }
  // One small letter, start to record: each engine in turn, 5 times.
  const oneLetter: Record<Engine, { wall: number; cpu: number }[]> = { pdfium: [], pdfjs: [] };
  for (let i = 0; i < 5; i++)
    for (const engine of ENGINES)
      oneLetter[engine].push(timed(process.execPath, [BUILT_CLI, '--text-engine', engine, '--format', 'json', SMALL_LETTER]));
  rmSync(folder, { recursive: true, force: true });

  const wall = (xs: { wall: number }[]) => xs.map((x) => x.wall);
  const cpu = (xs: { cpu: number }[]) => xs.map((x) => x.cpu);
  const figures: Figure[] = [];
  for (const engine of ENGINES) {
    const seconds = median(wall(runs[engine]));
    figures.push(
      {
        name: `CLI (${engine}): full records, ${letterCount} real letters, ${cores} processes, start-up included`,
        value: seconds,
        unit: 's',
      },
      { name: `CLI (${engine}): letters/s`, value: letterCount / seconds, unit: 'letters/s' },
      {
        name: `CLI (${engine}): one small letter, start to record (node dist-cli/extract.mjs, median of 5)`,
        value: median(wall(oneLetter[engine])),
        unit: 's',
      },
      {
        name: `CLI (${engine}): one small letter, CPU seconds (user + system, median of 5)`,
        value: median(cpu(oneLetter[engine])),
        unit: 's',
      },
    );
  }
  if (!hasPdftotext) {
    figures.push({ name: 'pdftotext', value: 'skipped: pdftotext not installed (apt-get install poppler-utils)' });
  } else {
    const popplerSeconds = median(wall(popplerRuns));
    figures.push({ name: `pdftotext: text only, same letters, shell + xargs -P ${cores}`, value: popplerSeconds, unit: 's' });
    for (const engine of ENGINES) {
      const ratios = runs[engine].map((r, round) => r.wall / popplerRuns[round]!.wall);
      figures.push(
        {
          name: `ratio: CLI (${engine}) time / pdftotext time${engine === 'pdfium' ? ' (target <= 1.5, goal 1.0)' : ''}`,
          value: median(wall(runs[engine])) / popplerSeconds,
          unit: 'x',
        },
        { name: `  each round's ratio: ${list(ratios)}`, value: '' },
      );
    }
    figures.push({
      name:
        `  runs, wall s: pdftotext ${list(wall(popplerRuns))}; CLI pdfium ${list(wall(runs.pdfium))}; CLI pdfjs ${list(wall(runs.pdfjs))}; ` +
        `one letter, wall (CPU) s: pdfium ${both(oneLetter.pdfium)}, pdfjs ${both(oneLetter.pdfjs)}`,
      value: '',
    });
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
