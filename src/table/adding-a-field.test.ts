// The proof that adding a field is the record, its rule and one catalogue line: a line added to the
// real field catalogue (before any module that reads it is loaded) reaches, with its value, every
// list the app and the CLI build from it: the app's and the CLI's columns, the table's columns, the
// CSV (header and cells), the search, the source view's entries. A list kept by hand anywhere on that
// path would not have the field, and this test would fail.
import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import type { LetterRecord } from '../extract/record.ts';

/** The one line: a letter-level field the record would hold at `reviewer.name`, a facet. */
const REVIEWER_NAME: CatalogueEntry = {
  key: 'reviewerName',
  level: 'letter',
  path: 'reviewer.name',
  label: 'Reviewer name',
  kind: 'text',
  grounded: true,
  verbatim: true,
  group: 'reviewer',
  statedIn: [],
  where: "the reviewer's credentials",
  column: { width: 160, facet: true },
};
// The real catalogue, as every module below will read it (the catalogue is data: this is the line's edit).
(FIELD_CATALOGUE as CatalogueEntry[]).push(REVIEWER_NAME);

const { APP_ROWS, appRows } = await import('../pipeline/app-rows.ts');
const { CORE_ROWS, coreLetterRows } = await import('../rows/core-rows.ts');
const { csvTable } = await import('../rows/csv-schema.ts');
const { countFacets } = await import('../rows/facets.ts');
const { buildReviewColumns, defaultVisibility } = await import('./columns.tsx');
const { allEntries } = await import('../source-view/field-entries.ts');
const { EMPTY_REVIEW } = await import('../review-model/review-model.ts');
const { isLetterField, fieldInfo } = await import('../review-model/review-fields.ts');
const { reviewedRecord } = await import('../review-model/reviewed-record.ts');
const { fakeItem, fakeRecord } = await import('../test-support/test-records.ts');

const base = fakeRecord({ items: [fakeItem('Knee brace', 'Upheld', 'durable medical equipment')] });
// The record as the new rule would fill it: the value with the span it was read from.
const record = {
  ...base,
  reviewer: { ...base.reviewer, name: { value: 'Dr. Ada Example', spans: [{ start: 0, end: 1 }] } },
} as LetterRecord;
const entry = { id: 'a', name: 'a.pdf', size: 1, state: 'done' as const, message: null, code: null, addedAt: 0 };

describe('a line added to the field catalogue', () => {
  it("is a column of the app's rows and of the CLI's, with its value, a facet the sidebar counts", () => {
    for (const pipeline of [APP_ROWS, CORE_ROWS])
      expect(pipeline.columnById.get('reviewerName')).toMatchObject({ header: 'Reviewer name' });
    const rows = appRows([entry], { a: record }, EMPTY_REVIEW);
    expect(APP_ROWS.columnById.get('reviewerName')!.value(rows[0]!)).toBe('Dr. Ada Example');
    expect(Object.fromEntries(countFacets(APP_ROWS, rows, [], '').get('reviewerName')!)).toEqual({ 'Dr. Ada Example': 1 });
    expect(rows[0]!.searchText).toContain('dr. ada example');
  });

  it('is a table column with its label and width, hidden by default', () => {
    const columns = buildReviewColumns(APP_ROWS) as { id?: string; header?: unknown; size?: number }[];
    expect(columns.find((c) => c.id === 'reviewerName')).toMatchObject({ header: 'Reviewer name', size: 160 });
    expect(defaultVisibility(APP_ROWS).reviewerName).toBe(false);
  });

  it("is a column of the app's CSV and of the CLI's, with its value in the rows", () => {
    const rows = coreLetterRows({ id: 'a', name: 'a.pdf' }, record);
    const { header, rows: cells } = csvTable(CORE_ROWS, rows);
    const at = header.indexOf('Reviewer name');
    expect(at).toBeGreaterThan(0);
    expect(cells[0]![at]).toBe('Dr. Ada Example');
    const app = csvTable(APP_ROWS, appRows([entry], { a: record }, EMPTY_REVIEW));
    expect(app.rows[0]![app.header.indexOf('Reviewer name')]).toBe('Dr. Ada Example');
  });

  it('is a field the reviewer can correct, and the correction lands at its path in the record', () => {
    expect(isLetterField('reviewerName')).toBe(true);
    expect(fieldInfo('reviewerName' as never)).toEqual({ label: 'Reviewer name', kind: 'text' });
    const corrected = { value: 'Dr. Bea Example', spans: [{ start: 2, end: 4 }] };
    const letter = {
      sha256: 'a',
      file: 'a.pdf',
      note: '',
      // Keyed as the review keys it; the line is in no type here (the test adds it at run time).
      corrections: Object.fromEntries([
        ['reviewerName', { asRead: { value: 'Dr. Ada Example', spans: [] }, corrected, typed: false, at: '2026-01-01T00:00:00.000Z' }],
      ]),
      items: {},
    };
    const out = reviewedRecord(record, letter) as LetterRecord & { reviewer: { name?: unknown } };
    expect(out.reviewer.name).toEqual(corrected);
    expect(out.reviewer.licensure).toBe(record.reviewer.licensure);
    expect('reviewerName' in out).toBe(false);
    // And the table shows the correction, with the value as read beside it in the CSV.
    const rows = appRows([entry], { a: record }, { letters: { a: letter } });
    expect(APP_ROWS.columnById.get('reviewerName')!.value(rows[0]!)).toBe('Dr. Bea Example');
    const csv = csvTable(APP_ROWS, rows);
    expect(csv.rows[0]![csv.header.indexOf('Reviewer name (as read)')]).toBe('Dr. Ada Example');
  });

  it('is a source-view entry with its spans', () => {
    const found = allEntries(record).find((e) => e.id === 'reviewer.name');
    expect(found).toMatchObject({ label: 'Reviewer name', kind: 'reviewer', value: 'Dr. Ada Example', verbatim: true, item: null });
    expect(found!.spans).toEqual([{ start: 0, end: 1 }]);
  });
});
