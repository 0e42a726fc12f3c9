import type { ColumnSort } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { reviewColumns } from './columns.tsx';
import { flattenRows, type ItemRow } from './item-rows.ts';
import { sortItemRows } from './sort-rows.ts';
import { fakeEntry, fakeItem, fakeRecord, referenceTable } from '../test-support/test-records.ts';

const missing = { value: null, spans: [] };
const found = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });

/** Letters with repeated and missing values in every column, so ties and undefined are both sorted. */
function rowsFixture(): ItemRow[] {
  const records: Record<string, LetterRecord> = {};
  const entries = [];
  for (let n = 0; n < 24; n++) {
    const id = `l${String(n).padStart(2, '0')}`;
    entries.push(fakeEntry(id, n % 11 === 5 ? 'failed' : 'done'));
    if (n % 11 === 5) continue;
    records[id] = fakeRecord({
      caseNumber: n % 5 === 0 ? undefined : `CM1${n % 3}-0${(n * 7919) % 1000000}`,
      items: Array.from({ length: (n % 3) + 1 }, (_, i) =>
        fakeItem(`Request ${(n * 31 + i) % 7}`, (n + i) % 2 ? 'Overturned' : 'Upheld', i % 2 ? 'imaging' : 'medication'),
      ),
      patient: { age: n % 4 === 0 ? missing : found(30 + (n % 6)), sex: n % 6 === 0 ? missing : found(n % 2 ? 'female' : 'male') },
      decisionDate: n % 7 === 0 ? missing : found(`2016-0${(n % 9) + 1}-1${n % 3}`),
      problems: n % 3 === 0 ? [{ severity: 'warning', message: 'x' }] : [],
    });
  }
  return flattenRows(entries, records);
}

function tanstackSorted(rows: ItemRow[], sorting: ColumnSort[]): string[] {
  return referenceTable(rows, { state: { sorting } })
    .getSortedRowModel()
    .rows.map((r) => r.id);
}

const SORTABLE = reviewColumns.map((c) => (c as { id?: string; accessorKey?: string }).id ?? (c as { accessorKey: string }).accessorKey);

describe('sortItemRows', () => {
  it('orders rows exactly as TanStack’s sorted row model does, column by column, both ways', () => {
    const rows = rowsFixture();
    expect(rows.length).toBeGreaterThan(40);
    for (const id of SORTABLE) {
      for (const desc of [false, true]) {
        const sorting = [{ id, desc }];
        expect(
          sortItemRows(rows, sorting).map((r) => r.id),
          `${id} ${desc ? 'desc' : 'asc'}`,
        ).toEqual(tanstackSorted(rows, sorting));
      }
    }
  });

  it('sorts by several columns in turn, as a shift-click adds them', () => {
    const rows = rowsFixture();
    const cases: ColumnSort[][] = [
      [
        { id: 'decision', desc: false },
        { id: 'age', desc: true },
      ],
      [
        { id: 'sex', desc: true },
        { id: 'caseNumber', desc: false },
        { id: 'decisionDate', desc: true },
      ],
    ];
    for (const sorting of cases) expect(sortItemRows(rows, sorting).map((r) => r.id)).toEqual(tanstackSorted(rows, sorting));
  });

  it('gives back the same array when nothing sorts it', () => {
    const rows = rowsFixture();
    expect(sortItemRows(rows, [])).toBe(rows);
    expect(sortItemRows(rows, [{ id: 'hasWarnings', desc: false }])).toBe(rows);
  });
});
