// The proof that adding a field is the record, its rule and one catalogue line: a field added to a
// copy of the field catalogue appears, with its value, in the table's columns, the CSV (header and
// cells) and the source view's entries, with no other list to edit.
import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import type { LetterRecord } from '../extract/record.ts';
import { csvTable } from './csv-schema.ts';
import { allEntries } from '../source-view/field-entries.ts';
import { fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { buildReviewColumns } from './columns.tsx';
import { letterRows } from './item-rows.ts';
import { rowColumns } from './row-columns.ts';

/** The one line: a letter-level field the record would hold at `reviewer.name`. */
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
  column: { width: 160 },
};

const catalogue = [...FIELD_CATALOGUE, REVIEWER_NAME];
const base = fakeRecord({ items: [fakeItem('Knee brace', 'Upheld', 'durable medical equipment')] });
// The record as the new rule would fill it: the value with the span it was read from.
const record = {
  ...base,
  reviewer: { ...base.reviewer, name: { value: 'Dr. Ada Example', spans: [{ start: 0, end: 1 }] } },
} as LetterRecord;

describe('adding a field to a copy of the catalogue', () => {
  it('makes it a table column with its label and width', () => {
    const columns = buildReviewColumns(catalogue) as { id?: string; header?: unknown; size?: number }[];
    expect(columns.find((c) => c.id === 'reviewerName')).toMatchObject({ header: 'Reviewer name', size: 160 });
    expect((buildReviewColumns() as { id?: string }[]).some((c) => c.id === 'reviewerName')).toBe(false);
  });

  it('makes it a CSV column, with its value in the rows', () => {
    const rows = letterRows({ id: 'a', name: 'a.pdf' }, record, catalogue);
    const { header, rows: cells } = csvTable(rows, undefined, rowColumns(catalogue));
    const at = header.indexOf('Reviewer name');
    expect(at).toBeGreaterThan(0);
    expect(cells[0]![at]).toBe('Dr. Ada Example');
    expect(csvTable(rows).header).not.toContain('Reviewer name');
  });

  it('makes it a source-view entry with its spans', () => {
    const entry = allEntries(record, catalogue).find((e) => e.id === 'reviewer.name');
    expect(entry).toMatchObject({ label: 'Reviewer name', kind: 'reviewer', value: 'Dr. Ada Example', verbatim: true, item: null });
    expect(entry!.spans).toEqual([{ start: 0, end: 1 }]);
    expect(allEntries(record).some((e) => e.id === 'reviewer.name')).toBe(false);
  });
});
