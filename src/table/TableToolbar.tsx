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
import { formatCount, summarize, summaryLine } from '../rows/summary.ts';
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

/**
 * What each export covers, said on its button: the CSV the rows on screen (the filters and search
 * applied), the JSON every letter read whatever they are. Only while a filter or search is on is
 * it said on the button itself (then the two differ); the titles always say it.
 */
export function exportScope(filtered: boolean, rows: number, letters: number) {
  const items = `${formatCount(rows)} ${rows === 1 ? 'item' : 'items'}`;
  const all = `all ${formatCount(letters)} ${letters === 1 ? 'letter' : 'letters'}`;
  return {
    csv: filtered ? `: ${items} shown` : '',
    csvTitle: `The ${items} on screen and the columns shown, as a spreadsheet: it follows the filters and search`,
    json: filtered ? ` (${all}, filters not applied)` : '',
    jsonTitle: `Every letter's full record (${all}), with where each value was read: the filters and search are not applied`,
  };
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
  // Each export says what it covers: the CSV follows the filters and search, the JSON never does.
  const records = useAppStore((s) => s.records);
  const letters = useMemo(() => Object.values(records).filter((r) => r.status !== 'failed').length, [records]);
  const filtered = table.state.columnFilters.length > 0 || String(search ?? '').trim() !== '';
  const scope = exportScope(filtered, shown.length, letters);
  // One line: beside an open letter or zoomed in, the exports fold into one menu.
  const bar = useRef<HTMLDivElement>(null);
  const width = useWidth(bar);
  const folded = width > 0 && width < 720;
  const filtersDrawer = useLayout((s) => s.filtersDrawer);
  const filtersOpen = useLayout((s) => s.filtersOpen);
  const activeFilters = table.state.columnFilters.length;
  const exports = (
    <>
      <button type="button" className="button" onClick={onExportCsv} title={scope.csvTitle} data-testid="export-csv">
        Export CSV{scope.csv}
      </button>
      <button type="button" className="button" onClick={onExportJson} title={scope.jsonTitle} data-testid="export-json">
        Export JSON{scope.json}
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
