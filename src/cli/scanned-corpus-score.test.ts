// The shared corpus's scanned letters (image-only PDFs, 200 dpi, skewed, noisy) read by OCR through
// the CLI and scored by the shared scoring tool. Holds: decisions 1.0000, every item found, overall
// >= 0.97, and every field that differs from the answer key is one the record flags as read with low
// OCR confidence. Read in place; skipped when absent (a failure in CI). The slowest test: OCR of every page, 2 processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { runBuiltCli } from './run-built-cli.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const LETTERS = join(SHARED, 'corpus/scanned/letters');
const GOLD = join(SHARED, 'corpus/scanned/gold');
const SCORER = join(SHARED, 'tools/score-extraction.mjs');
const present = existsSync(LETTERS) && existsSync(GOLD) && existsSync(SCORER);

if (!present) console.warn(`scanned-corpus-score: ${SHARED}/corpus/scanned not found, so the OCR score is not checked`);
// In CI the corpus must be there: a score that quietly did not run proves nothing.
if (!present && process.env.CI) {
  it('finds the shared corpus of scanned letters', () =>
    expect.fail(`${LETTERS}, ${GOLD} or ${SCORER} not found: the OCR score cannot be checked`));
}

/** The scorer's field names as the record's paths (item fields are matched on any item). */
const RECORD_PATH: Record<string, string> = {
  licensure: 'reviewer.licensure',
  specialties: 'reviewer.specialties',
  age: 'patient.age',
  sex: 'patient.sex',
};

describe.skipIf(!present)('OCR score on the shared corpus of scanned letters', () => {
  it('decisions 1.0000, every item found, overall >= 0.97, every wrong field flagged low-confidence', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'imr-lens-ocr-score-')), 'out.json');
    const extract = runBuiltCli(['--format', 'json', '--out', out, LETTERS]);
    expect(extract.status, extract.stderr).toBe(0);
    const score = spawnSync('node', [SCORER, '--gold', GOLD, '--records', out, '--min', '0.97', '--verbose'], { encoding: 'utf8' });
    const summary = score.stdout.trim().split('\n').at(-1) ?? '';
    expect(score.status, score.stdout).toBe(0);
    expect(summary, score.stdout).toMatch(/^overall (0\.9[7-9]\d\d|1\.0000) decisions 1\.0000 grounding 1\.0000$/);
    const items = /items gold (\d+), predicted (\d+), matched (\d+), extra (\d+)/.exec(score.stdout);
    expect(items, score.stdout).not.toBeNull();
    const [, gold, predicted, matched, extra] = items!.map(Number);
    expect({ predicted, matched, extra }).toEqual({ predicted: gold, matched: gold, extra: 0 });

    const records = JSON.parse(readFileSync(out, 'utf8')) as LetterRecord[];
    expect(records.every((r) => r.ocr && r.problems.some((p) => p.code === 'read-by-ocr'))).toBe(true);
    const unflagged: string[] = [];
    for (const [, field, file] of score.stdout.matchAll(/wrong: (\S+) @ (\S+)/g)) {
      const record = records.find((r) => r.file.startsWith(file!))!;
      const path = RECORD_PATH[field!] ?? field!;
      const flagged = record.problems.some(
        (p) => p.code === 'ocr-low-confidence' && (p.field === path || new RegExp(`^items\\[\\d+\\]\\.${path}$`).test(p.field ?? '')),
      );
      if (!flagged) unflagged.push(`${field} @ ${file}`);
    }
    expect(unflagged, score.stdout).toEqual([]);
  }, 1_800_000);
});
