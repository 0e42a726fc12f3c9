// The page: application bar, progress, then either the empty state or filters | table | source view,
// with the files panel under the table.
import { memo, useDeferredValue } from 'react';
import { FacetSidebar } from '../table/FacetSidebar.tsx';
import { ReviewTable } from '../table/ReviewTable.tsx';
import { TableToolbar } from '../table/TableToolbar.tsx';
import { ReviewBar } from '../review/ReviewBar.tsx';
import type { ItemRow } from '../table/item-rows.ts';
import { useItemRows, useReviewTable } from '../table/use-review-table.ts';
import { useAppStore } from '../store/app-store.ts';
import { EmptyState } from './EmptyState.tsx';
import { FilesPanel } from './FilesPanel.tsx';
import { Notices } from './Notices.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { SourcePane } from './SourcePane.tsx';
import { TopBar } from './TopBar.tsx';
import { useWindowDrop } from './use-window-drop.ts';

function Workspace() {
  // Deferred: while letters stream in, the table (row models, facets, summary) re-renders in an
  // interruptible background render, so the page keeps answering input and frames between batches.
  const rows = useDeferredValue(useItemRows());
  const paneOpen = useAppStore((s) => s.openRowId !== null);
  return (
    <div className={`workspace${paneOpen ? ' has-pane' : ''}`}>
      <TableArea rows={rows} />
      <SourcePane />
    </div>
  );
}

/**
 * Filters, table and files panel. Memoised on the (deferred) rows: a store update that only moves
 * files between states re-renders the files panel and the progress, not the table of thousands.
 */
const TableArea = memo(function TableArea({ rows }: { rows: ItemRow[] }) {
  const table = useReviewTable(rows);
  return (
    <>
      <FacetSidebar table={table} rows={rows} />
      <main className="center">
        <TableToolbar table={table} />
        <ReviewBar table={table} rows={rows} />
        <ReviewTable table={table} />
        <FilesPanel />
      </main>
    </>
  );
});

export function App() {
  const hydrated = useAppStore((s) => s.hydrated);
  // Deferred: the first drop swaps the empty state for the whole review workspace (table, columns,
  // virtualizer, files panel), with code that has never run yet. As an urgent render that was one
  // main-thread task of about 50 ms just as parsing starts; deferred, React renders it in slices.
  const empty = useDeferredValue(useAppStore((s) => s.order.length === 0 && s.intakePending === 0));
  const dragging = useWindowDrop();
  return (
    <div className="app" data-hydrated={hydrated}>
      <TopBar />
      <ProgressBar />
      {!hydrated ? <p className="loading">Opening your saved session…</p> : empty ? <EmptyState /> : <Workspace />}
      <Notices />
      {dragging ? (
        <div className="drop-overlay" aria-hidden>
          <div className="drop-overlay-card">Drop to add letters</div>
        </div>
      ) : null}
    </div>
  );
}
