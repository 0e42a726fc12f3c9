import { describe, expect, it } from 'vitest';
import { emptyExtraction, extractLetter } from './extract-letter.ts';
import { columnIdOf, FIELD_CATALOGUE, fieldOf, notFoundMessage, recordValue, statedIn } from './field-catalogue.ts';
import { KNOWN_LAYOUTS } from './layouts/index.ts';
import type { LetterRecord } from './record.ts';
import headerTableLetter from './fixtures/header-table-letter.txt?raw';

const record = (): LetterRecord => ({
  file: 'a.txt',
  sha256: 'a',
  kind: 'text',
  pages: 1,
  text: headerTableLetter,
  pageStarts: [0],
  ...extractLetter(headerTableLetter),
});

describe('the field catalogue', () => {
  it('names every field once: unique keys, column ids and labels, labels in sentence case', () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(FIELD_CATALOGUE.map((e) => e.key))).toBe(true);
    expect(unique(FIELD_CATALOGUE.map(columnIdOf))).toBe(true);
    expect(unique(FIELD_CATALOGUE.map((e) => e.label))).toBe(true);
    for (const e of FIELD_CATALOGUE) expect(e.label).toMatch(/^(?:[A-Z][a-z]|UR )[a-z ]*$/);
  });

  it('points every grounded entry at a Field of a record the extractor makes, and only layouts that exist', () => {
    const r = record();
    const ids = new Set(KNOWN_LAYOUTS.map((l) => l.id));
    for (const e of FIELD_CATALOGUE.filter((e) => e.grounded)) {
      const from = e.level === 'letter' ? r : r.items[0]!;
      expect(fieldOf(e, from), e.path).toBe(e.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], from));
      for (const id of e.statedIn) expect(ids.has(id), id).toBe(true);
    }
  });

  it('makes the empty record: every grounded letter field, not found', () => {
    const empty = emptyExtraction('failed', 'unknown', []);
    for (const e of FIELD_CATALOGUE.filter((e) => e.grounded && e.level === 'letter'))
      expect(fieldOf(e, empty)).toEqual({ value: null, spans: [] });
    expect(empty.items).toEqual([]);
  });

  it("names, in each layout's `states`, only fields read from the letter's words", () => {
    const grounded = new Set(FIELD_CATALOGUE.filter((e) => e.grounded).map((e) => e.key));
    for (const layout of KNOWN_LAYOUTS) for (const key of layout.states) expect(grounded.has(key), `${layout.id}: ${key}`).toBe(true);
  });

  it('says which fields a layout states, and every field for a letter of no known layout', () => {
    const early = statedIn('maximus-early-no-header', 'letter').map((e) => e.path);
    expect(early).not.toContain('caseNumber');
    expect(early).toContain('reviewer.licensure');
    expect(statedIn('unknown', 'letter').length).toBe(FIELD_CATALOGUE.filter((e) => e.grounded && e.level === 'letter').length);
    expect(statedIn('medical-professional-review', 'item').map((e) => e.path)).not.toContain('claimsAdministratorGuideline');
  });

  it('words a field not found from its label, saying where to look', () => {
    const caseNumber = FIELD_CATALOGUE.find((e) => e.key === 'caseNumber')!;
    const rationale = FIELD_CATALOGUE.find((e) => e.key === 'rationale')!;
    expect(notFoundMessage(caseNumber)).toBe('Case number not found: check the top of the letter.');
    expect(notFoundMessage(rationale, 1)).toBe('Rationale of item 2 not found: check the item in the letter.');
  });

  it('works out the values that are no field of their own from the record', () => {
    const r = record();
    const value = (key: string, item: number | null = null) =>
      recordValue(
        FIELD_CATALOGUE.find((e) => e.key === key)!,
        r,
        item,
      );
    expect(value('warnings')).toBe(r.problems.length);
    expect(value('status')).toBe('Done');
    expect(value('layout')).toBe('2016–17, header table');
    expect(value('guidelines', 0)).toEqual([...new Set(r.items[0]!.citations.map((c) => c.source))]);
    expect(value('request', null)).toBeNull();
    expect(value('specialties')).toEqual(r.reviewer.specialties.value);
  });
});
