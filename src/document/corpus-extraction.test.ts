// Reads the reference corpus's PDFs into canonical text and runs the extractor over them in place (../shared/corpus, beside the repository)
// and holds it to the answer keys: every decision, every item count and every span read-back.
// The corpus is not part of the project; when it is absent the suite is skipped, except in CI (CI set),
// where an absent corpus fails.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfRuns } from './pdf-text.ts';
import { layoutLetterText } from './layout-text.ts';
import type { Extraction, Field } from '../extract/record.ts';
import { extractLetter } from '../extract/extract-letter.ts';
import { FIELD_CATALOGUE, fieldOf } from '../extract/field-catalogue.ts';

/** ../shared/corpus relative to the repository root (two folders above this file). */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const present = existsSync(join(CORPUS, 'letters')) && existsSync(join(CORPUS, 'gold'));
const TEXT_FIELDS = FIELD_CATALOGUE.filter((e) => e.grounded && e.verbatim && e.kind === 'text');
if (!present) console.warn(`corpus test skipped: no reference corpus at ${CORPUS}`);
// In CI the corpus must be there: a score that quietly did not run proves nothing.
if (!present && process.env.CI) it('finds the reference corpus', () => expect.fail(`no reference corpus at ${CORPUS}`));

interface GoldItem {
  request: string;
  originalRequest: string | null;
  decision: string;
  necessity: string;
}
interface Gold {
  file: string;
  items: GoldItem[];
  [key: string]: unknown;
}
interface Result {
  file: string;
  text: string;
  gold: Gold;
  record: Extraction;
}

/** The scorer's comparison: fold case, quotes, dashes, line-end hyphens, white space, edge punctuation. */
const norm = (v: unknown): string | null =>
  v == null
    ? null
    : String(v)
        .normalize('NFKC')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/[\u2013\u2014]/g, '-')
        .replace(/\s+/g, ' ')
        .replace(/(\w)- ?(?=\w)/g, '$1')
        .replace(/-/g, '')
        .trim()
        .replace(/^["']|["']$/g, '')
        .replace(/[.:;,]+$/, '')
        .trim()
        .toLowerCase();

async function canonicalText(file: string): Promise<string> {
  const bytes = readFileSync(join(CORPUS, 'letters', file));
  if (file.endsWith('.pdf')) return layoutLetterText(await readPdfRuns(new Uint8Array(bytes))).text;
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
}

describe.skipIf(!present)('reference corpus against the answer keys', () => {
  const results: Result[] = [];

  beforeAll(async () => {
    const golds = readdirSync(join(CORPUS, 'gold'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', g), 'utf8')) as Gold;
      const text = await canonicalText(gold.file);
      results.push({ file: gold.file, text, gold, record: extractLetter(text) });
    }
  }, 60_000);

  it('reads every letter of the corpus', () => {
    expect(results.length).toBeGreaterThanOrEqual(84);
    expect(results.filter((r) => r.record.status === 'failed').map((r) => r.file)).toEqual([]);
  });

  it('finds exactly the gold number of items in every letter', () => {
    const wrong = results
      .filter((r) => r.record.items.length !== r.gold.items.length)
      .map((r) => `${r.file}: ${r.record.items.length} vs ${r.gold.items.length}`);
    expect(wrong).toEqual([]);
  });

  it('reads every decision (100%)', () => {
    const wrong: string[] = [];
    for (const r of results) {
      r.gold.items.forEach((g, n) => {
        if (r.record.items[n]?.decision.value !== g.decision) wrong.push(`${r.file} item ${n + 1}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('grounds every string field: its spans read back as its value (100%)', () => {
    const bad: string[] = [];
    for (const r of results) {
      // The fields that are the letter's own words, as the field catalogue says.
      const fields: [string, Field<unknown>][] = TEXT_FIELDS.filter((e) => e.level === 'letter').map((e) => [e.key, fieldOf(e, r.record)]);
      r.record.items.forEach((it, n) => {
        for (const e of TEXT_FIELDS.filter((e) => e.level === 'item')) fields.push([`item ${n + 1} ${e.key}`, fieldOf(e, it)]);
      });
      for (const [name, f] of fields) {
        if (f.value === null) continue;
        const inside = f.spans.length > 0 && f.spans.every((s) => 0 <= s.start && s.start < s.end && s.end <= r.text.length);
        if (!inside || norm(f.spans.map((s) => r.text.slice(s.start, s.end)).join(' ')) !== norm(f.value)) bad.push(`${r.file} ${name}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('agrees with the answer keys on requests, original requests and necessity', () => {
    const wrong: string[] = [];
    for (const r of results) {
      r.gold.items.forEach((g, n) => {
        const it = r.record.items[n];
        if (norm(it?.request.value) !== norm(g.request)) wrong.push(`${r.file} item ${n + 1} request`);
        if (norm(it?.originalRequest.value) !== norm(g.originalRequest)) wrong.push(`${r.file} item ${n + 1} originalRequest`);
        if (it?.necessity.value !== g.necessity) wrong.push(`${r.file} item ${n + 1} necessity`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
