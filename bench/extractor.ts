// Figure 2: the extractor alone, on the canonical text of the corpus letters (read by the built CLI),
// on one core. Printed three ways:
// - as every round since the first measured it: rounds over the letters for 3 s from a cold start, so
//   the first round's compiling of the vocabularies' long patterns is inside the figure;
// - warmed: the median of rounds after that first one, and the first round's own time;
// - beside the figure the previous round recorded (PREVIOUS), as a ratio.
// BENCH_EXTRACTOR_BASELINE=<a checkout of another commit> also loads that checkout's extractor and
// runs the two in turn, round after round in this one process (so a machine shared with other work
// slows both alike), and prints the ratio of their CPU time and of their median rounds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractLetter } from '../src/extract/extract-letter.ts';
import type { LetterRecord } from '../src/extract/record.ts';
import { BUILT_CLI } from '../src/cli/run-built-cli.ts';
import { CORPUS_LETTERS, corpusPdfs } from './corpus.ts';
import type { Figure } from './figures.ts';

/** The figure the previous round recorded (docs/performance.md), to print the ratio against. */
const PREVIOUS = { mbPerSecond: 4.74, round: 'main 000dc90, 2026-12-07, load average 2' };
const COLD_SECONDS = 3;
const BASELINE_SECONDS = Number(process.env.BENCH_EXTRACTOR_SECONDS ?? 30);

type Extract = (text: string) => unknown;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

/** The canonical text of every corpus letter, as the built CLI reads it. */
function corpusTexts(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'imr-lens-bench-'));
  const out = join(dir, 'records.json');
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale']);
  execFileSync(process.execPath, [BUILT_CLI, '--format', 'json', '--out', out, CORPUS_LETTERS], { stdio: 'ignore' });
  const texts = (JSON.parse(readFileSync(out, 'utf8')) as LetterRecord[]).map((r) => r.text);
  rmSync(dir, { recursive: true, force: true });
  return texts;
}

/** One round over the letters: wall and CPU seconds. */
function round(extract: Extract, texts: readonly string[]): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const t of texts) extract(t);
  return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu) };
}

/** The other checkout's extractor, run against this one in turn. */
async function againstBaseline(baseline: string, texts: readonly string[], bytes: number): Promise<Figure[]> {
  const url = pathToFileURL(resolve(baseline, 'src/extract/extract-letter.ts')).href;
  const before = ((await import(url)) as { extractLetter: Extract }).extractLetter;
  const runs = { before: [] as { wall: number; cpu: number }[], now: [] as { wall: number; cpu: number }[] };
  // Warm both (their patterns compiled), then alternate which goes first.
  round(before, texts);
  round(extractLetter, texts);
  const started = performance.now();
  for (let n = 0; performance.now() - started < BASELINE_SECONDS * 1000; n++) {
    const order = n % 2 === 0 ? (['before', 'now'] as const) : (['now', 'before'] as const);
    for (const which of order) runs[which].push(round(which === 'before' ? before : extractLetter, texts));
  }
  const mb = (seconds: number) => bytes / seconds / 1e6;
  const wall = (k: 'before' | 'now') => median(runs[k].map((r) => r.wall));
  const cpu = (k: 'before' | 'now') => sum(runs[k].map((r) => r.cpu));
  return [
    { name: `against ${baseline}: ${runs.now.length} rounds each, in turn, warmed; load average ${loadavg()[0]!.toFixed(1)}`, value: '' },
    { name: '  before: median round', value: mb(wall('before')), unit: 'MB/s' },
    { name: '  now: median round', value: mb(wall('now')), unit: 'MB/s' },
    { name: '  speed-up, median rounds (before / now)', value: wall('before') / wall('now'), unit: 'x' },
    { name: '  speed-up, CPU seconds (before / now)', value: cpu('before') / cpu('now'), unit: 'x' },
  ];
}

export async function extractorFigures(): Promise<Figure[]> {
  if (corpusPdfs().length === 0) return [{ name: 'extractor', value: 'skipped: ../shared/corpus/letters not found' }];
  const texts = corpusTexts();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const loadAtStart = loadavg()[0]!;

  // As every round measured it: 3 s of rounds from cold.
  const rounds: { wall: number; cpu: number }[] = [];
  const started = performance.now();
  while (performance.now() - started < COLD_SECONDS * 1000) rounds.push(round(extractLetter, texts));
  const coldSeconds = (performance.now() - started) / 1000;
  const cold = (bytes * rounds.length) / coldSeconds / 1e6;
  // Warmed: more rounds, the first one left out.
  while (rounds.length < 12) rounds.push(round(extractLetter, texts));
  const warmed = bytes / median(rounds.slice(1).map((r) => r.wall)) / 1e6;

  const figures: Figure[] = [
    { name: `extractor alone on canonical text, 1 core (${texts.length} letters, ${COLD_SECONDS} s from cold)`, value: cold, unit: 'MB/s' },
    {
      name: `  ratio to the previous round's ${PREVIOUS.mbPerSecond} MB/s (${PREVIOUS.round})`,
      value: cold / PREVIOUS.mbPerSecond,
      unit: 'x',
    },
    { name: '  its first round (the vocabularies compiled)', value: rounds[0]!.wall * 1000, unit: 'ms' },
    { name: '  warmed: median of the rounds after the first', value: warmed, unit: 'MB/s' },
    { name: `  load average (1 min) at its start`, value: loadAtStart },
  ];
  const baseline = process.env.BENCH_EXTRACTOR_BASELINE;
  if (baseline) figures.push(...(await againstBaseline(baseline, texts, bytes)));
  return figures;
}
