// The sample letters we wrote (shipped in public/samples/) read back exactly as their answer keys say,
// field by field, with every string value grounded in its spans. These are the project's own
// fixtures, so this holds with or without the shared corpus.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Field, LetterRecord } from '../extract/record.ts';
import { parseLetter } from '../parsing/worker/parse-letter.ts';
import { FIELD_CATALOGUE, fieldOf } from '../extract/field-catalogue.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const KEYS = new URL('./answer-keys/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', SAMPLES), 'utf8')) as string[];

const LETTER_FIELDS = FIELD_CATALOGUE.filter((e) => e.grounded && e.level === 'letter');
const ITEM_FIELDS = FIELD_CATALOGUE.filter((e) => e.grounded && e.level === 'item');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const readBack = (text: string, f: Field<unknown>) => collapse(f.spans.map((s) => text.slice(s.start, s.end)).join(' '));

describe('sample letters', () => {
  it('every file listed in index.json has an answer key, and the other way round', () => {
    const keys = readdirSync(KEYS).map((f) => f.replace(/\.json$/, ''));
    expect(index.map((f) => f.replace(/\.(pdf|txt)$/, '')).sort()).toEqual(keys.sort());
  });

  it.each(index)('%s reads as its answer key', async (file) => {
    const key = JSON.parse(readFileSync(new URL(file.replace(/\.(pdf|txt)$/, '.json'), KEYS), 'utf8'));
    const bytes = readFileSync(new URL(file, SAMPLES));
    const r: LetterRecord = await parseLetter({ name: file, bytes: new Uint8Array(bytes).buffer });
    expect(r.status).toBe('ok');
    expect(r.problems).toEqual([]);
    // Read as users' copies are: a PDF's text by PDFium (src/test-support/unit-setup.ts), never pdf.js's fallback.
    expect(r.textEngine).toBe(file.endsWith('.pdf') ? 'pdfium' : undefined);
    // Every sample is written in a known layout (the 2016-17, early, 2013, 2014-15 and Medical Professional Review ones).
    expect(r.layout).not.toBe('unknown');
    // The answer keys name fields by the catalogue's keys.
    expect(Object.fromEntries(LETTER_FIELDS.map((e) => [e.key, fieldOf(e, r).value]))).toEqual(
      Object.fromEntries(LETTER_FIELDS.map((e) => [e.key, key[e.key]])),
    );
    expect(r.items).toHaveLength(key.items.length);
    r.items.forEach((item, n) => {
      const want = key.items[n];
      // The rationale is keyed by its start and end (below).
      const fields = ITEM_FIELDS.filter((e) => e.key !== 'rationale');
      expect(Object.fromEntries(fields.map((e) => [e.key, fieldOf(e, item).value]))).toEqual(
        // A key holds a medication's drug class and compounding only on medication items (as the corpus keys do).
        Object.fromEntries(fields.map((e) => [e.key, want[e.key] ?? null])),
      );
      expect(item.rationale.value!.startsWith(want.rationaleStart.trimStart())).toBe(true);
      expect(item.rationale.value!.endsWith(want.rationaleEnd.trimEnd())).toBe(true);
      for (const e of ITEM_FIELDS.filter((e) => e.verbatim && e.kind === 'text')) {
        const f = fieldOf(e, item);
        if (f.value !== null) expect(readBack(r.text, f)).toBe(collapse(String(f.value)));
      }
    });
  });
});
