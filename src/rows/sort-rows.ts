// Sorting the table's rows, done here rather than by TanStack's sorted row model (the table is told
// its data comes sorted, as it is told it comes filtered). TanStack compares two rows through its
// generic row machinery (a cached getValue per row and column, per comparison): at 10,000 letters that
// was most of a sort's time. Here each sorted column's values are read once, and the comparison is
// TanStack's own for these columns, checked against it in sort-rows.test.ts: plain `<` / `>` (no
// sort functions are registered), undefined after every value (before, when descending), ties kept in
// their filtered order. What a column sorts by is a fact on the column (row-columns.ts: `sortValue`).
import type { ItemRow } from './item-rows.ts';
import type { RowPipeline } from './row-pipeline.ts';

/** One sort of the view (TanStack's ColumnSort has this shape). */
export interface ColumnSort {
  id: string;
  desc: boolean;
}

const compareValues = (a: unknown, b: unknown): number => {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a === b ? 0 : (a as number) > (b as number) ? 1 : -1;
};

/** The rows in the order the table's sorting asks for; with no sorting, the very same array. */
export function sortRows<R extends ItemRow>(pipeline: RowPipeline<R>, rows: R[], sorting: readonly ColumnSort[]): R[] {
  const active = sorting.flatMap((sort) => {
    const read = pipeline.columnById.get(sort.id)?.sortValue;
    return read ? [{ desc: sort.desc, read }] : [];
  });
  if (active.length === 0 || rows.length < 2) return rows;
  const values = active.map(({ read }) => rows.map((row) => read(row)));
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
