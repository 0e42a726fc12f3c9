// The table's view, owned by the app store (so it is saved with the session) and fed to TanStack Table.
// Plain data: the columns' defaults (which are shown) are the columns' own facts, applied by the table
// under what the user chose here.
// No React module: the session and the CLI read this too. The shapes are TanStack's own.
import type { ColumnSort } from '../rows/sort-rows.ts';

export interface ViewState {
  sorting: ColumnSort[];
  /** Ticked facet values (a string array) or a date range ({ from, to }), by column id. */
  columnFilters: { id: string; value: unknown }[];
  globalFilter: string;
  /** What the user showed or hid, by column id (a column not named here has its default). */
  columnVisibility: Record<string, boolean>;
  /** What the centre shows for the filtered rows: the table, or Insights (charts of them). */
  mainView: 'table' | 'insights';
  /** Column ids in the order the user put them (empty: the order of the column definitions). */
  columnOrder: string[];
  /** Widths the user dragged columns to, in pixels, by column id. */
  columnSizing: Record<string, number>;
  /** Long values wrap onto more lines instead of ending in an ellipsis. */
  wrap: boolean;
  /** The order of each Insights chart's bars the user chose, by chart id (insights/chart-order.ts); a chart not named here has its own. */
  barOrder: Record<string, 'items' | 'rate' | 'value'>;
}

export const DEFAULT_VIEW: ViewState = {
  sorting: [],
  columnFilters: [],
  globalFilter: '',
  columnVisibility: {},
  columnOrder: [],
  columnSizing: {},
  wrap: false,
  mainView: 'table',
  barOrder: {},
};
