// The robustness harness on the project's own sample letters, so it runs without the shared corpus:
// each sample's canonical text (PDFs through the app's own parse path), changed by every kind of
// change and in seeded combinations, classed against its answer key. Fails on any variant read
// wrong while shown as Done. ROBUSTNESS_SEED repeats a run.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../parsing/worker/parse-letter.ts';
import { VARIANT_KINDS, runHarness, type BaseLetter, type Combination } from '../extract/robustness/harness.ts';
import { describeJudgement, formatTally, rightRate, tally } from '../extract/robustness/report.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const KEYS = new URL('./answer-keys/', import.meta.url);
const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261207);
const COMBINATIONS = 300;

async function readBases(): Promise<BaseLetter[]> {
  const files = JSON.parse(readFileSync(new URL('index.json', SAMPLES), 'utf8')) as string[];
  return Promise.all(
    files.map(async (file) => {
      const bytes = readFileSync(new URL(file, SAMPLES));
      const record = await parseLetter({ name: file, bytes: new Uint8Array(bytes).buffer });
      const stem = file.replace(/\.(pdf|txt)$/, '');
      return { name: stem, text: record.text, key: JSON.parse(readFileSync(new URL(`${stem}.json`, KEYS), 'utf8')) };
    }),
  );
}

const combinationsOf = (letters: number, count: number, seed: number): Combination[] =>
  fc.sample(
    fc.record({
      letter: fc.nat({ max: letters - 1 }),
      kinds: fc.uniqueArray(fc.constantFrom(...VARIANT_KINDS.map((k) => k.id)), { minLength: 2, maxLength: 4 }),
      seed: fc.nat(),
    }),
    { seed, numRuns: count },
  );

describe('robustness of reading the sample letters', () => {
  it('reads no variant wrong while showing it as Done', async () => {
    const bases = await readBases();
    const run = runHarness(bases, SEED, combinationsOf(bases.length, COMBINATIONS, SEED));
    console.log(
      `robustness on the sample letters, seed ${SEED} (ROBUSTNESS_SEED=${SEED} repeats it)\n${formatTally(tally(run.variants), run.variants)}`,
    );
    expect(run.variants.length).toBeGreaterThan(bases.length * 10);
    expect(run.asPublished.filter((j) => j.verdict !== 'right').map((j) => j.letter)).toEqual([]);
    console.log(`right rate ${rightRate(run.variants).toFixed(4)}`);
    const silent = run.variants.filter((j) => j.verdict === 'silent').map(describeJudgement);
    expect({ silent: silent.length, first: silent.slice(0, 15) }).toEqual({ silent: 0, first: [] });
  }, 120_000);
});
