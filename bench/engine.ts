// Figure 1: the CLI beside poppler's pdftotext, each run the way its own users run it (figure 2, the
// extractor alone on canonical text, is extractor.ts; `npm run bench -- engine` prints both).
//
// pdftotext runs as a shell user runs it over a folder with every core:
//   ls *.pdf | xargs -P $(nproc) -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _
// and the CLI as its users start it, `npm run -s extract -- <folder>`, start-up (npm's included)
// counted, once with each PDF text engine (--text-engine pdfium, the default, and pdfjs). Scaling: both
// again with one process (xargs -P 1, --jobs 1). All are run in turn, round after round (BENCH_ROUNDS,
// default 3), so a machine shared with other work slows each alike; the median of each counts, and
// each round's ratios are printed too, with the load average. CPU seconds (perf stat's task-clock,
// which counts every process a command starts, the CLI's parse processes too) are disturbed less by
// sharing than wall time. A lone letter is parsed in the CLI's own process, so its CPU seconds (GNU
// time) are printed beside its wall time: sharing the machine disturbs them less. (A batch's are not:
// the parse processes it ends are not waited for, so their CPU time is not counted by time(1).)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_CLI } from '../src/cli/run-built-cli.ts';
import { corpusPdfs, repeatTo } from './corpus.ts';
import type { Figure } from './figures.ts';

const cores = availableParallelism();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ENGINES = ['pdfium', 'pdfjs'] as const;
const pdftotextLoop = (processes: number) =>
  `ls *.pdf | xargs -P ${processes} -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _`;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SMALL_LETTER = new URL('../test-fixtures/short-letter.pdf', import.meta.url).pathname;

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
// perf stat counts the CPU time of every process a command starts, also those it does not wait for
// (the CLI kills its parse processes once done, so GNU time would not count them).
const hasPerf = !spawnSync('perf', ['stat', '-e', 'task-clock', '-x,', 'true']).error;

/** Wall seconds of a command, and the CPU seconds (user + system) it and its children used (perf stat, else GNU time when installed). */
function timed(command: string, args: string[], cwd?: string): { wall: number; cpu: number } {
  const started = performance.now();
  const [file, argv] = hasPerf
    ? ['perf', ['stat', '-e', 'task-clock', '-x,', command, ...args]]
    : hasTime
      ? [TIME, ['-f', 'cpu %U %S', command, ...args]]
      : [command, args];
  const run = spawnSync(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const perf = /^([\d.]+),msec,task-clock/m.exec(run.stderr);
  const time = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
  return { wall, cpu: perf ? Number(perf[1]) / 1000 : time ? Number(time[1]) + Number(time[2]) : NaN };
}

const loadAverage = () => loadavg()[0]!;

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

  // As a user starts it: npm run (which rebuilds the CLI only when a source changed), start-up included.
  const cli = (engine: string, jobs?: number) => [
    'run',
    '-s',
    'extract',
    '--',
    '--text-engine',
    engine,
    ...(jobs ? ['--jobs', String(jobs)] : []),
    '--format',
    'jsonl',
    '--out',
    '/dev/null',
    folder,
  ];
  const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
  const engines = ENGINES.filter((e) => e === 'pdfium' || process.env.BENCH_PDFJS !== '0');
  type Run = { wall: number; cpu: number };
  const runs: Record<Engine, Run[]> = { pdfium: [], pdfjs: [] };
  const popplerRuns: Run[] = [];
  // Scaling: the same work with one process.
  const cliOne: Run[] = [];
  const popplerOne: Run[] = [];
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    loads.push(loadAverage());
    if (hasPdftotext) popplerRuns.push(timed('sh', ['-c', pdftotextLoop(cores)], folder));
    for (const engine of engines) runs[engine].push(timed(NPM, cli(engine)));
    if (hasPdftotext) popplerOne.push(timed('sh', ['-c', pdftotextLoop(1)], folder));
    cliOne.push(timed(NPM, cli('pdfium', 1)));
  }
  // One small letter, start to record: each engine in turn, 5 times.
  const oneLetter: Record<Engine, Run[]> = { pdfium: [], pdfjs: [] };
  for (let i = 0; i < 5; i++)
    for (const engine of engines)
      oneLetter[engine].push(timed(process.execPath, [BUILT_CLI, '--text-engine', engine, '--format', 'json', SMALL_LETTER]));
  rmSync(folder, { recursive: true, force: true });

  const wall = (xs: { wall: number }[]) => xs.map((x) => x.wall);
  const cpu = (xs: { cpu: number }[]) => xs.map((x) => x.cpu);
  const figures: Figure[] = [{ name: `load average (1 min) at each round's start: ${list(loads)}`, value: '' }];
  for (const engine of engines) {
    const seconds = median(wall(runs[engine]));
    figures.push(
      {
        name: `CLI (${engine}): full records, ${letterCount} real letters, ${cores} processes, npm run extract, start-up included`,
        value: seconds,
        unit: 's',
      },
      { name: `CLI (${engine}): letters/s`, value: letterCount / seconds, unit: 'letters/s' },
      { name: `CLI (${engine}): CPU seconds, parse processes included (median)`, value: median(cpu(runs[engine])), unit: 's' },
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
    figures.push(
      { name: `pdftotext: text only, same letters, shell + xargs -P ${cores}`, value: popplerSeconds, unit: 's' },
      { name: `pdftotext: CPU seconds (median)`, value: median(cpu(popplerRuns)), unit: 's' },
    );
    for (const engine of engines) {
      const ratios = runs[engine].map((r, round) => r.wall / popplerRuns[round]!.wall);
      const cpuRatios = runs[engine].map((r, round) => r.cpu / popplerRuns[round]!.cpu);
      figures.push(
        {
          name: `ratio: CLI (${engine}) time / pdftotext time${engine === 'pdfium' ? ' (goal <= 1.0), median of rounds' : ''}`,
          value: median(ratios),
          unit: 'x',
        },
        { name: `  each round's ratio: ${list(ratios)}; of CPU seconds: ${list(cpuRatios)}`, value: '' },
      );
    }
    // Scaling at 1 and `cores` processes, each against its own one-process time.
    const speedUp = (one: Run[], all: Run[]) => median(one.map((r, i) => r.wall / all[i]!.wall));
    figures.push(
      { name: `scaling: CLI (pdfium), 1 process (--jobs 1)`, value: median(wall(cliOne)), unit: 's' },
      {
        name: `scaling: CLI (pdfium), 1 → ${cores} processes, speed-up (median of rounds)`,
        value: speedUp(cliOne, runs.pdfium),
        unit: 'x',
      },
      { name: `scaling: pdftotext, 1 process (xargs -P 1)`, value: median(wall(popplerOne)), unit: 's' },
      {
        name: `scaling: pdftotext, 1 → ${cores} processes, speed-up (median of rounds)`,
        value: speedUp(popplerOne, popplerRuns),
        unit: 'x',
      },
      {
        name: `ratio at 1 process: CLI (pdfium) / pdftotext (median of rounds)`,
        value: median(cliOne.map((r, i) => r.wall / popplerOne[i]!.wall)),
        unit: 'x',
      },
      {
        name:
          `  runs, wall (CPU) s: pdftotext ${both(popplerRuns)}; CLI pdfium ${both(runs.pdfium)}; CLI pdfjs ${both(runs.pdfjs)}; ` +
          `1 process: pdftotext ${both(popplerOne)}, CLI ${both(cliOne)}; ` +
          `one letter: pdfium ${both(oneLetter.pdfium)}, pdfjs ${both(oneLetter.pdfjs)}`,
        value: '',
      },
    );
  }

  return figures;
}
