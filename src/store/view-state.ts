// The table's view, owned by the app store (so it is saved with the session) and fed to TanStack Table.
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';

export interface ViewState {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  globalFilter: string;
  columnVisibility: Record<string, boolean>;
  /** What the centre shows for the filtered rows: the table, or Insights (charts of them). */
  mainView: 'table' | 'insights';
}

export const DEFAULT_VIEW: ViewState = {
  sorting: [],
  columnFilters: [],
  globalFilter: '',
  columnVisibility: { necessity: false },
  mainView: 'table',
};
