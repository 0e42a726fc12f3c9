// Above the table: the summary line (follows the filters), search over every field, the Columns
// menu and the exports.
import { useMemo } from 'react';
import { csvTable } from '../rows/csv-schema.ts';
import { APP_ROWS } from '../pipeline/app-rows.ts';
import { exportCsv, exportJson } from './export-table.ts';
import { useAppStore } from '../store/app-store.ts';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import { summarize, summaryLine } from '../rows/summary.ts';
import type { ReviewTableInstance } from './use-review-table.ts';

export const SEARCH_ID = 'table-search';

export function TableToolbar({ table }: { table: ReviewTableInstance }) {
  // The table's data is already the filtered, sorted rows (use-review-table.ts): summed from it once
  // per change, rather than through TanStack's row objects on every render.
  const shown = table.options.data;
  const summary = useMemo(() => summarize(APP_ROWS, shown), [shown]);
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
    exportJson(order.map((id) => records[id]!).filter(Boolean));
  };
  return (
    <div className="toolbar">
      <p className="summary" data-testid="summary" aria-live="polite">
        {summaryLine(summary)}
      </p>
      <div className="toolbar-actions">
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
        <button type="button" className="button" onClick={onExportCsv} title="The rows and columns on screen, as a spreadsheet">
          Export CSV
        </button>
        <button type="button" className="button" onClick={onExportJson} title="Every letter's full record, with where each value was read">
          Export JSON
        </button>
      </div>
    </div>
  );
}
