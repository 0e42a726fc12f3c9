// The table's view, owned by the app store (so it is saved with the session) and fed to TanStack Table.
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { DEFAULT_VISIBLE, HIDDEN_ALWAYS, reviewColumns } from '../table/columns.tsx';

export interface ViewState {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  globalFilter: string;
  columnVisibility: Record<string, boolean>;
  /** What the centre shows for the filtered rows: the table, or Insights (charts of them). */
  mainView: 'table' | 'insights';
  /** Column ids in the order the user put them (empty: the order of the column definitions). */
  columnOrder: string[];
  /** Widths the user dragged columns to, in pixels, by column id. */
  columnSizing: Record<string, number>;
  /** Long values wrap onto more lines instead of ending in an ellipsis. */
  wrap: boolean;
}

const ALL_COLUMNS = reviewColumns.map(
  (c) => (c as { id?: string; accessorKey?: string }).id ?? (c as { accessorKey?: string }).accessorKey!,
);

export const DEFAULT_VIEW: ViewState = {
  sorting: [],
  columnFilters: [],
  globalFilter: '',
  columnVisibility: Object.fromEntries(
    ALL_COLUMNS.filter((id) => !DEFAULT_VISIBLE.has(id) && !HIDDEN_ALWAYS.has(id)).map((id) => [id, false]),
  ),
  columnOrder: [],
  columnSizing: {},
  wrap: false,
  mainView: 'table',
};
