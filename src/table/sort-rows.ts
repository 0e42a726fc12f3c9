// Sorting the table's rows, done here rather than by TanStack's sorted row model (the table is told
// its data comes sorted, as it is told it comes filtered). TanStack compares two rows through its
// generic row machinery (a cached getValue per row and column, per comparison): at 10,000 letters that
// was most of a sort's time. Here each sorted column's values are read once, and the comparison is
// TanStack's own for these columns, checked against it in sort-rows.test.ts: plain `<` / `>` (no
// sort functions are registered), undefined after every value (before, when descending), ties kept in
// their filtered order.
import type { ColumnSort } from '@tanstack/react-table';
import { reviewColumns } from './columns.tsx';
import type { ItemRow } from './item-rows.ts';

interface ValueColumn {
  id?: string;
  accessorKey?: string;
  accessorFn?: (row: ItemRow, index: number) => unknown;
  enableSorting?: boolean;
}

/** What each sortable column sorts by: the very accessor the column shows and exports. */
const SORT_VALUE: ReadonlyMap<string, (row: ItemRow) => unknown> = new Map(
  (reviewColumns as readonly ValueColumn[])
    .filter((column) => column.enableSorting !== false)
    .map((column) => {
      const key = column.accessorKey;
      const read = column.accessorFn
        ? (row: ItemRow) => column.accessorFn!(row, 0)
        : (row: ItemRow) => (row as unknown as Record<string, unknown>)[key!];
      return [column.id ?? key!, read];
    }),
);

const compareValues = (a: unknown, b: unknown): number => {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a === b ? 0 : (a as number) > (b as number) ? 1 : -1;
};

/** The rows in the order the table's sorting asks for; with no sorting, the very same array. */
export function sortItemRows(rows: ItemRow[], sorting: readonly ColumnSort[]): ItemRow[] {
  const active = sorting.filter((sort) => SORT_VALUE.has(sort.id));
  if (active.length === 0 || rows.length < 2) return rows;
  const values = active.map((sort) => rows.map(SORT_VALUE.get(sort.id)!));
  const order = Array.from(rows, (_, i) => i);
  order.sort((a, b) => {
    for (let k = 0; k < active.length; k++) {
      const c = compareValues(values[k]![a], values[k]![b]);
      if (c !== 0) return active[k]!.desc ? -c : c;
    }
    return a - b;
  });
  return order.map((i) => rows[i]!);
}
