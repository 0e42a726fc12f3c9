import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { CORE_ROWS } from './core-rows.ts';
import { countFacets, filterRows, matchesSearch } from './facets.ts';
import type { ItemRow } from './item-rows.ts';
import { summarize, summaryLine } from './summary.ts';
import { coreRows, fakeItem, fakeRecord, referenceTable } from '../test-support/test-records.ts';

function rowsFixture(): ItemRow[] {
  const records: Record<string, LetterRecord> = {
    a: fakeRecord({ items: [fakeItem('MRI', 'Overturned', 'imaging'), fakeItem('Norco', 'Upheld', 'medication')] }),
    b: fakeRecord({
      items: [fakeItem('Physical therapy x12', 'Upheld', 'physical therapy', 'Exceeds the recommended visits.')],
      reviewer: { licensure: { value: ['Texas', 'California'], spans: [] }, specialties: { value: ['Orthopedic Surgery'], spans: [] } },
      problems: [{ severity: 'warning', message: 'Age not found' }],
    }),
  };
  // c: a letter with no items.
  return coreRows(records, ['a', 'b', 'c']);
}

function tableOf(rows: ItemRow[], filters: { id: string; value: unknown }[] = [], globalFilter = '') {
  return referenceTable(CORE_ROWS, rows, {
    state: { columnFilters: filters, globalFilter },
    globalFilterFn: (row: { original: ItemRow }, _col: string, value: string) => matchesSearch(row.original, String(value)),
    getColumnCanGlobalFilter: (column: { id: string }) => column.id === 'request',
  });
}

describe('facets', () => {
  it('counts each value of array columns (licensure) separately and missing values as Not found', () => {
    const table = tableOf(rowsFixture());
    expect(Object.fromEntries(table.getColumn('licensure')!.getFacetedUniqueValues())).toEqual({ California: 3, Texas: 1, 'Not found': 1 });
    expect(Object.fromEntries(table.getColumn('decision')!.getFacetedUniqueValues())).toEqual({ Overturned: 1, Upheld: 2, 'No items': 1 });
    expect(Object.fromEntries(table.getColumn('hasWarnings')!.getFacetedUniqueValues())).toEqual({ 'With warnings': 1, 'No warnings': 3 });
  });

  it('filters by ticked facet values, and the other facets count what is left', () => {
    const table = tableOf(rowsFixture(), [{ id: 'licensure', value: ['Texas'] }]);
    expect(table.getRowModel().rows.map((r) => r.id)).toEqual(['b:0']);
    expect(Object.fromEntries(table.getColumn('decision')!.getFacetedUniqueValues())).toEqual({ Upheld: 1 });
  });

  it('searches every text of a row: request, rationale, file name, case number, reviewer', () => {
    const ids = (search: string) =>
      tableOf(rowsFixture(), [], search)
        .getRowModel()
        .rows.map((r) => r.id);
    expect(ids('recommended visits')).toEqual(['b:0']);
    expect(ids('b.pdf')).toEqual(['b:0']);
    expect(ids('orthopedic')).toEqual(['b:0']);
    expect(ids('c.pdf')).toEqual(['c:letter']);
    // Not the file's hash id, nor the warnings count.
    expect(ids('a:0')).toEqual([]);
  });

  it('filters by a date range, leaving out rows without that date', () => {
    const rows = rowsFixture();
    expect(filterRows(CORE_ROWS, rows, [{ id: 'decisionDate', value: { from: '2016-05-06' } }], '').map((r) => r.id)).toEqual([
      'a:0',
      'a:1',
      'b:0',
    ]);
    expect(filterRows(CORE_ROWS, rows, [{ id: 'decisionDate', value: { to: '2016-05-05' } }], '')).toEqual([]);
    expect(filterRows(CORE_ROWS, rows, [{ id: 'dateOfInjury', value: { from: '2014-01-01', to: '2014-01-02' } }], '')).toHaveLength(3);
  });

  it('filters and counts every facet in one pass exactly as the filtered and faceted row models do', () => {
    const rows = rowsFixture();
    const cases: [{ id: string; value: unknown }[], string][] = [
      [[], ''],
      [[{ id: 'licensure', value: ['Texas'] }], ''],
      [[{ id: 'decision', value: ['Upheld'] }], ''],
      [
        [
          { id: 'decision', value: ['Upheld', 'No items'] },
          { id: 'category', value: ['physical therapy'] },
        ],
        '',
      ],
      [[{ id: 'decision', value: ['Overturned'] }], 'mri'],
      [[], '  Visits '],
      [[{ id: 'decisionDate', value: { from: '2016-01-01', to: '2016-12-31' } }], ''],
      [
        [
          { id: 'dateOfInjury', value: { to: '2015-01-01' } },
          { id: 'decision', value: ['Upheld'] },
        ],
        'norco',
      ],
    ];
    for (const [filters, search] of cases) {
      const table = tableOf(rows, filters, search);
      const fast = countFacets(CORE_ROWS, rows, filters, search);
      expect(filterRows(CORE_ROWS, rows, filters, search).map((r) => r.id)).toEqual(table.getFilteredRowModel().rows.map((r) => r.id));
      for (const facet of CORE_ROWS.facets) {
        const expected = Object.fromEntries(table.getColumn(facet.id)!.getFacetedUniqueValues());
        expect(Object.fromEntries(fast.get(facet.id)!), `${facet.id} with ${JSON.stringify([filters, search])}`).toEqual(expected);
      }
    }
  });

  it('summarises the filtered rows', () => {
    const rows = rowsFixture();
    expect(summaryLine(summarize(CORE_ROWS, rows))).toBe('3 items in 3 letters, 33.3% overturned');
    expect(summaryLine(summarize(CORE_ROWS, []))).toBe('0 items in 0 letters');
  });
});
