// The page: skip links, application bar, progress, then either the empty state or
// filters | table or Insights | source view (the split between the last two can be dragged, and is
// remembered), with the files panel under the table. Narrow (a small window, or zoomed in) or beside a
// letter, the filters become a drawer; narrow or in focus mode (f), the letter takes the whole width.
import { memo, useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { InsightsView, usePrepareInsights } from '../insights/InsightsView.tsx';
import { MAIN_PANEL_ID, ViewTabs } from '../insights/ViewTabs.tsx';
import { FacetSidebar } from '../table/FacetSidebar.tsx';
import { ReviewTable } from '../table/ReviewTable.tsx';
import { SEARCH_ID, TableSummary, TableToolbar } from '../table/TableToolbar.tsx';
import { ReviewBar } from '../review/ReviewBar.tsx';
import { REVIEW_CELLS } from '../review/ReviewCells.tsx';
import { CopiesCell } from '../review/CaseCopies.tsx';
import type { AppRow } from '../pipeline/app-rows.ts';
import { useItemRows, useReviewTable, useShownRows } from '../table/use-review-table.ts';
import { openRow } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { NARROW_QUERY, setLayout, useLayout } from '../ui/layout-state.ts';
import { useShortcut } from '../ui/use-shortcut.ts';
import { useMedia } from '../ui/use-width.ts';
import { EmptyState } from './EmptyState.tsx';
import { FilesPanel } from './FilesPanel.tsx';
import { Notices } from './Notices.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { LiveRegion, ShortcutsDialog } from './ShortcutsDialog.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { SplitHandle, usePaneWidth } from './SplitHandle.tsx';
import { SourcePane } from './SourcePane.tsx';
import { TopBar } from './TopBar.tsx';
import { useWindowDrop } from './use-window-drop.ts';

/** The filters stay a column beside the table only when table and filters keep this much width. */
const ROOM_FOR_FILTERS = 960;

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(innerWidth);
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  return width;
}

/** `f`: the opened letter (or the selected row, opened) takes the whole width; again, the table is back. */
function useFocusModeKey() {
  useShortcut({
    keys: ['f'],
    label: 'Focus mode: the letter and its values at full width (again: back to the table)',
    group: 'Letter',
    run: () => {
      const { openedRow, selectedRow } = useAppStore.getState();
      if (openedRow) setLayout({ focusMode: !useLayout.getState().focusMode });
      else if (selectedRow) {
        openRow(selectedRow);
        setLayout({ focusMode: true });
      } else return false;
    },
  });
}

function Workspace() {
  // Deferred: while letters stream in, the table (row models, facets, summary) re-renders in an
  // interruptible background render, so the page keeps answering input and frames between batches.
  const rows = useDeferredValue(useItemRows());
  const paneOpen = useAppStore((s) => s.openedRow !== null);
  const [paneWidth, setPaneWidth] = usePaneWidth();
  const narrow = useMedia(NARROW_QUERY);
  const windowWidth = useWindowWidth();
  const focusMode = useLayout((s) => s.focusMode);
  useFocusModeKey();
  // Narrow (a small window, or zoomed in), a letter takes the whole width: there is no room beside it.
  const paneFull = paneOpen && (narrow || focusMode);
  const filtersDrawer = narrow || paneFull || (paneOpen && windowWidth - paneWidth < ROOM_FOR_FILTERS);
  useEffect(() => {
    setLayout(filtersDrawer ? { filtersDrawer } : { filtersDrawer, filtersOpen: false });
  }, [filtersDrawer]);
  useEffect(() => {
    if (!paneOpen) setLayout({ focusMode: false });
  }, [paneOpen]);
  const classes = ['workspace', paneOpen ? 'has-pane' : '', filtersDrawer ? 'filters-as-drawer' : '', paneFull ? 'pane-full' : ''];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={paneOpen && !paneFull ? { ['--pane-width' as string]: `${paneWidth}px` } : undefined}
    >
      <TableArea rows={rows} />
      {paneOpen && !paneFull ? <SplitHandle width={paneWidth} onWidth={setPaneWidth} /> : null}
      <SourcePane rows={rows} />
    </div>
  );
}

/** The filters: a column beside the table, or (narrow, or beside a letter) a drawer the Filters button opens. */
function FiltersHost({ children }: { children: ReactNode }) {
  const drawer = useLayout((s) => s.filtersDrawer);
  const open = useLayout((s) => s.filtersOpen);
  const host = useRef<HTMLDivElement>(null);
  useShortcut(
    {
      keys: ['Escape'],
      label: 'Close the filters drawer',
      group: 'App',
      inFields: true,
      run: () => {
        setLayout({ filtersOpen: false });
        document.querySelector<HTMLElement>('.filters-button')?.focus();
      },
    },
    drawer && open,
  );
  useEffect(() => {
    if (drawer && open) host.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [drawer, open]);
  if (!drawer) return <>{children}</>;
  return (
    <div className={`filters-drawer${open ? ' is-open' : ''}`} ref={host}>
      <button
        type="button"
        className="button button-small filters-close"
        onClick={() => {
          setLayout({ filtersOpen: false });
          document.querySelector<HTMLElement>('.filters-button')?.focus();
        }}
      >
        Close filters
      </button>
      {children}
    </div>
  );
}

/** The cells the features draw: the review's (its state, corrections over values as read) and the case's copies. */
const APP_CELLS = { ...REVIEW_CELLS, kinds: { ...REVIEW_CELLS.kinds, copies: (row: AppRow) => <CopiesCell row={row} /> } };

/**
 * Filters, table and files panel. Memoised on the (deferred) rows: a store update that only moves
 * files between states re-renders the files panel and the progress, not the table of thousands.
 */
const TableArea = memo(function TableArea({ rows }: { rows: AppRow[] }) {
  // The rows the filters leave, in order: from the row core, for the table, the review bar and Insights alike.
  const shown = useShownRows(rows);
  // The review's cells are registered with the table here: table and review do not import each other.
  const table = useReviewTable(shown, APP_CELLS);
  const mainView = useAppStore((s) => s.view.mainView);
  usePrepareInsights(rows, shown, mainView === 'table');
  return (
    <>
      <FiltersHost>
        <FacetSidebar table={table} rows={rows} />
      </FiltersHost>
      <main className="center has-view-tabs" id="main">
        <div className="center-head">
          <ViewTabs />
          <TableSummary table={table} />
        </div>
        <TableToolbar table={table} rows={rows} />
        <ReviewBar rows={rows} shown={shown} />
        <div className="main-view-panel" id={MAIN_PANEL_ID} role="tabpanel">
          {mainView === 'insights' ? <InsightsView rows={shown} /> : <ReviewTable table={table} />}
        </div>
        {mainView === 'table' ? <FilesPanel /> : null}
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
  // When the first letters replace the empty state, the button that was pressed is gone: focus goes
  // to the search box rather than being lost at the top of the page.
  // (Read undeferred: the deferred value lags a render behind a restored session.)
  const emptyNow = useAppStore((s) => s.order.length === 0 && s.intakePending === 0);
  const showingEmpty = hydrated && emptyNow;
  const wasEmpty = useRef(showingEmpty);
  useEffect(() => {
    const active = document.activeElement;
    if (wasEmpty.current && !empty && (active === null || active === document.body)) document.getElementById(SEARCH_ID)?.focus();
    if (!showingEmpty) wasEmpty.current = wasEmpty.current && empty;
    else wasEmpty.current = true;
  }, [showingEmpty, empty]);
  return (
    <div className="app" data-hydrated={hydrated}>
      <SkipLinks workspace={hydrated && !empty} />
      <TopBar />
      <ProgressBar />
      {!hydrated ? (
        <main className="loading" id="main">
          <p>Opening your saved session…</p>
        </main>
      ) : empty ? (
        <EmptyState />
      ) : (
        <Workspace />
      )}
      <Notices />
      <ShortcutsDialog />
      <LiveRegion />
      {dragging ? (
        <div className="drop-overlay" aria-hidden>
          <div className="drop-overlay-card">Drop to add letters</div>
        </div>
      ) : null}
    </div>
  );
}
