// The robustness harness on the shared corpus's PDFs as the app reads them: each published letter's
// canonical text (through the app's own parse path, read in place), changed by every kind of change
// and in seeded combinations, classed against its answer key (see src/extract/robustness/). The same
// letters as poppler text are in src/extract/robustness/corpus-robustness.test.ts. Fails on any
// variant read wrong while shown as Done. ROBUSTNESS_SEED repeats a run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter } from './parse-letter.ts';
import { VARIANT_KINDS, runHarness, type BaseLetter, type Combination } from '../../extract/robustness/harness.ts';
import { describeJudgement, formatTally, rightRate, tally } from '../../extract/robustness/report.ts';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');
const LETTERS = join(CORPUS, 'letters');
const KEYS = join(CORPUS, 'gold');
const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261207);
const COMBINATIONS = 300;
const present = existsSync(LETTERS) && existsSync(KEYS);

async function readBases(): Promise<BaseLetter[]> {
  const files = readdirSync(LETTERS)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const bases: BaseLetter[] = [];
  for (const file of files) {
    const record = await parseLetter({ name: file, bytes: new Uint8Array(readFileSync(join(LETTERS, file))).buffer });
    const stem = file.replace(/\.pdf$/, '');
    bases.push({ name: stem, text: record.text, key: JSON.parse(readFileSync(join(KEYS, `${stem}.json`), 'utf8')) });
  }
  return bases;
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

describe('robustness of reading the shared corpus as published (PDF)', () => {
  if (!present) {
    const why = `${LETTERS} or its answer keys not found`;
    // In CI the corpus must be there: a harness that quietly did not run proves nothing.
    if (process.env.CI) it('finds the shared corpus', () => expect.fail(`${why}: the robustness harness cannot run`));
    else it.skip(`${why}, so the harness is not run on its PDFs`, () => {});
    return;
  }

  it('reads no variant wrong while showing it as Done', async () => {
    const bases = await readBases();
    const run = runHarness(bases, SEED, combinationsOf(bases.length, COMBINATIONS, SEED));
    console.log(
      `robustness on the corpus PDFs, seed ${SEED} (ROBUSTNESS_SEED=${SEED} repeats it)\n${formatTally(tally(run.variants), run.variants)}`,
    );
    expect(run.variants.length).toBeGreaterThan(bases.length * 10);
    expect(run.asPublished.filter((j) => j.verdict !== 'right').map((j) => j.letter)).toEqual([]);
    console.log(`right rate ${rightRate(run.variants).toFixed(4)}`);
    const silent = run.variants.filter((j) => j.verdict === 'silent').map(describeJudgement);
    expect({ silent: silent.length, first: silent.slice(0, 15) }).toEqual({ silent: 0, first: [] });
  }, 240_000);
});
