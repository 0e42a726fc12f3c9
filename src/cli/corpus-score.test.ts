// The shared corpus of real letters, scored by the shared scoring tool, exactly as the corpus README
// runs it: the CLI's JSON output against the answer keys. Read in place; skipped when absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './run-built-cli.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const LETTERS = join(SHARED, 'corpus/letters');
const GOLD = join(SHARED, 'corpus/gold');
const SCORER = join(SHARED, 'tools/score-extraction.mjs');
const present = existsSync(LETTERS) && existsSync(GOLD) && existsSync(SCORER);

if (!present) console.warn(`corpus-score: ${SHARED}/corpus not found, so the real-letter score is not checked`);

describe.skipIf(!present)('score on the shared corpus of real letters', () => {
  it('overall >= 0.99, decisions 1.0000, grounding 1.0000, every item found', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'imr-lens-score-')), 'out.json');
    const extract = runBuiltCli(['--format', 'json', '--out', out, LETTERS]);
    expect(extract.status, extract.stderr).toBe(0);
    const score = spawnSync('node', [SCORER, '--gold', GOLD, '--records', out, '--min', '0.99', '--verbose'], { encoding: 'utf8' });
    const summary = score.stdout.trim().split('\n').at(-1) ?? '';
    expect(score.status, score.stdout).toBe(0);
    expect(summary, score.stdout).toMatch(/^overall (0\.99\d\d|1\.0000) decisions 1\.0000 grounding 1\.0000$/);
    const items = /items gold (\d+), predicted (\d+), matched (\d+), extra (\d+)/.exec(score.stdout);
    expect(items, score.stdout).not.toBeNull();
    const [, gold, predicted, matched, extra] = items!.map(Number);
    expect({ predicted, matched, extra }).toEqual({ predicted: gold, matched: gold, extra: 0 });
  });
});
