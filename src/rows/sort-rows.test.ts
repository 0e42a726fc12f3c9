import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { CORE_ROWS } from './core-rows.ts';
import type { ItemRow } from './item-rows.ts';
import { sortRows, type ColumnSort } from './sort-rows.ts';
import { coreRows, fakeItem, fakeRecord, referenceTable } from '../test-support/test-records.ts';

const missing = { value: null, spans: [] };
const found = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });

/** Letters with repeated and missing values in every column, so ties and undefined are both sorted. */
function rowsFixture(): ItemRow[] {
  const records: Record<string, LetterRecord> = {};
  for (let n = 0; n < 24; n++) {
    const id = `l${String(n).padStart(2, '0')}`;
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
  return coreRows(records);
}

function tanstackSorted(rows: ItemRow[], sorting: ColumnSort[]): string[] {
  return referenceTable(CORE_ROWS, rows, { state: { sorting } })
    .getSortedRowModel()
    .rows.map((r) => r.id);
}

const SORTABLE = CORE_ROWS.columns.filter((c) => c.sortValue !== null).map((c) => c.id);

describe('sortRows', () => {
  it('orders rows exactly as TanStack’s sorted row model does, column by column, both ways', () => {
    const rows = rowsFixture();
    expect(rows.length).toBeGreaterThan(40);
    for (const id of SORTABLE) {
      for (const desc of [false, true]) {
        const sorting = [{ id, desc }];
        expect(
          sortRows(CORE_ROWS, rows, sorting).map((r) => r.id),
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
    for (const sorting of cases) expect(sortRows(CORE_ROWS, rows, sorting).map((r) => r.id)).toEqual(tanstackSorted(rows, sorting));
  });

  it('gives back the same array when nothing sorts it', () => {
    const rows = rowsFixture();
    expect(sortRows(CORE_ROWS, rows, [])).toBe(rows);
    expect(sortRows(CORE_ROWS, rows, [{ id: 'hasWarnings', desc: false }])).toBe(rows);
  });
});
