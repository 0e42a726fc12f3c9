// Above the table: the summary line (follows the filters), search, column picker and exports.
import { exportCsv, exportJson } from '../export/export-table.ts';
import { useAppStore } from '../store/app-store.ts';
import { HIDDEN_ALWAYS } from './columns.tsx';
import { summarize, summaryLine } from './summary.ts';
import type { ReviewTableInstance } from './use-review-table.ts';

export function TableToolbar({ table }: { table: ReviewTableInstance }) {
  const summary = summarize(table.getFilteredRowModel().rows.map((r) => r.original));
  const search = table.state.globalFilter as string;
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
          type="search"
          className="search"
          placeholder="Search requests and rationales"
          aria-label="Search requests and rationales"
          value={search ?? ''}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
        />
        <details className="menu">
          <summary className="button">Columns</summary>
          <div className="menu-panel" role="group" aria-label="Visible columns">
            {table
              .getAllLeafColumns()
              .filter((c) => !HIDDEN_ALWAYS.has(c.id))
              .map((column) => (
                <label key={column.id} className="menu-check">
                  <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                  {String(column.columnDef.header)}
                </label>
              ))}
          </div>
        </details>
        <button type="button" className="button" onClick={() => exportCsv(table)}>
          Export CSV
        </button>
        <button type="button" className="button" onClick={onExportJson}>
          Export JSON
        </button>
      </div>
    </div>
  );
}
