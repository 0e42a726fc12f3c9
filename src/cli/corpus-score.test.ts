// The shared corpus of real letters, scored by the shared scoring tool, exactly as the corpus README
// runs it: the CLI's JSON output against the answer keys. Two folders: the letters as published
// (PDF and text) and the same letters as poppler's plain and `-layout` text (variants/), each with
// its own answer keys. Read in place; each is skipped, saying so, when absent, except in CI (CI set),
// where an absent corpus fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './run-built-cli.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const SCORER = join(SHARED, 'tools/score-extraction.mjs');

const FOLDERS = [
  { name: 'the shared corpus of real letters', letters: 'corpus/letters', gold: 'corpus/gold' },
  { name: 'the same letters as poppler plain and -layout text', letters: 'corpus/variants/letters', gold: 'corpus/variants/gold' },
];

for (const folder of FOLDERS) {
  const letters = join(SHARED, folder.letters);
  const gold = join(SHARED, folder.gold);
  const present = existsSync(letters) && existsSync(gold) && existsSync(SCORER);
  if (!present) console.warn(`corpus-score: ${letters} or its answer keys not found, so the score on ${folder.name} is not checked`);
  // In CI the corpus must be there: a score that quietly did not run proves nothing.
  if (!present && process.env.CI) {
    it(`finds ${folder.name}`, () => expect.fail(`${letters}, its answer keys or ${SCORER} not found: the score cannot be checked`));
  }

  describe.skipIf(!present)(`score on ${folder.name}`, () => {
    it('overall >= 0.995, decisions 1.0000, grounding 1.0000, every item found', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'imr-lens-score-')), 'out.json');
      const extract = runBuiltCli(['--format', 'json', '--out', out, letters]);
      expect(extract.status, extract.stderr).toBe(0);
      const score = spawnSync('node', [SCORER, '--gold', gold, '--records', out, '--min', '0.995', '--verbose'], { encoding: 'utf8' });
      const summary = score.stdout.trim().split('\n').at(-1) ?? '';
      expect(score.status, score.stdout).toBe(0);
      expect(summary, score.stdout).toMatch(/^overall (0\.99[5-9]\d|1\.0000) decisions 1\.0000 grounding 1\.0000$/);
      const items = /items gold (\d+), predicted (\d+), matched (\d+), extra (\d+)/.exec(score.stdout);
      expect(items, score.stdout).not.toBeNull();
      const [, goldCount, predicted, matched, extra] = items!.map(Number);
      expect({ predicted, matched, extra }).toEqual({ predicted: goldCount, matched: goldCount, extra: 0 });
    });
  });
}
