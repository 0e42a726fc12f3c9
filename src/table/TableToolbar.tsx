// Above the table: the summary line (follows the filters), search over every field, the Columns
// menu and the exports, and the Filters button when the filters are a drawer.
import { useMemo, useRef } from 'react';
import { FoldMenu } from '../ui/FoldMenu.tsx';
import { setLayout, useLayout } from '../ui/layout-state.ts';
import { useWidth } from '../ui/use-width.ts';
import { csvTable } from '../rows/csv-schema.ts';
import { APP_ROWS, type AppRow } from '../pipeline/app-rows.ts';
import { casesForExport } from '../review-model/case-copies.ts';
import { exportCsv, exportJson } from './export-table.ts';
import { useAppStore } from '../store/app-store.ts';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import { summarize, summaryLine } from '../rows/summary.ts';
import type { ReviewTableInstance } from './use-review-table.ts';

export const SEARCH_ID = 'table-search';

/** "312 items in 140 letters, 11.2% overturned": follows the filters (shown beside the view tabs). */
export function TableSummary({ table }: { table: ReviewTableInstance }) {
  // The table's data is already the filtered, sorted rows (use-review-table.ts): summed from it once
  // per change, rather than through TanStack's row objects on every render.
  const shown = table.options.data;
  const summary = useMemo(() => summarize(APP_ROWS, shown), [shown]);
  const line = summaryLine(summary);
  return (
    <p className="summary" data-testid="summary" aria-live="polite" title={line}>
      {line}
    </p>
  );
}

export function TableToolbar({ table, rows }: { table: ReviewTableInstance; rows: readonly AppRow[] }) {
  const shown = table.options.data;
  const search = table.state.globalFilter as string;
  // Exactly the rows and columns on screen: after filters and search, in sort order, visible columns only.
  const onExportCsv = () =>
    exportCsv(
      csvTable(
        APP_ROWS,
        shown,
        table.getVisibleLeafColumns().map((c) => c.id),
      ),
      { columnFilters: table.state.columnFilters, globalFilter: String(table.state.globalFilter ?? '') },
    );
  const onExportJson = () => {
    const { order, records } = useAppStore.getState();
    // Each case once (review-model/case-copies.ts), whatever the filters.
    exportJson(order.map((id) => records[id]!).filter(Boolean), casesForExport(rows));
  };
  // One line: beside an open letter or zoomed in, the exports fold into one menu.
  const bar = useRef<HTMLDivElement>(null);
  const width = useWidth(bar);
  const folded = width > 0 && width < 720;
  const filtersDrawer = useLayout((s) => s.filtersDrawer);
  const filtersOpen = useLayout((s) => s.filtersOpen);
  const activeFilters = table.state.columnFilters.length;
  const exports = (
    <>
      <button
        type="button"
        className="button"
        onClick={onExportCsv}
        title="The rows and columns on screen (it follows the filters and search), as a spreadsheet"
      >
        Export CSV
      </button>
      <button
        type="button"
        className="button"
        onClick={onExportJson}
        title="Every letter's full record, with where each value was read: all letters, whatever the filters and search"
      >
        Export JSON
      </button>
    </>
  );
  return (
    <div className={`toolbar${folded ? ' is-folded' : ''}`} ref={bar}>
      <div className="toolbar-actions">
        {filtersDrawer ? (
          <button
            type="button"
            className="button filters-button"
            aria-expanded={filtersOpen}
            aria-controls="filters"
            onClick={() => setLayout({ filtersOpen: !filtersOpen })}
          >
            Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
          </button>
        ) : null}
        <input
          id={SEARCH_ID}
          type="search"
          className="search"
          placeholder="Search all fields"
          aria-label="Search all fields"
          title="Looks in every value: requests, rationales, case numbers, file names, diagnoses, dates…"
          value={search ?? ''}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
        />
        <ColumnsMenu table={table} />
        {folded ? (
          <FoldMenu label="Export" title="Export CSV or JSON">
            {exports}
          </FoldMenu>
        ) : (
          exports
        )}
      </div>
    </div>
  );
}
