// The review table instance: rows derived from the store's letters through the app's row pipeline
// (pipeline/app-rows.ts), view state (sort, filters, search, visible columns, their order and widths)
// owned by the store so it is saved with the session.
import { functionalUpdate, useTable, type Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import { selectFinishedEntries } from '../store/finished-entries.ts';
import { setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ViewState } from '../store/view-state.ts';
import { APP_ROWS, applyCases, applyReview, readRows, type AppRow } from '../pipeline/app-rows.ts';
import { filterRows } from '../rows/facets.ts';
import { sortRows } from '../rows/sort-rows.ts';
import { buildReviewColumns, defaultVisibility, onlyFilters, type FeatureCells } from './columns.tsx';
import { reviewFeatures } from './table-features.ts';

const updateView =
  <K extends keyof ViewState>(key: K) =>
  (updater: Updater<ViewState[K]>) =>
    setView({ [key]: functionalUpdate(updater, useAppStore.getState().view[key]) } as Partial<ViewState>);

const DEFAULT_VISIBILITY = defaultVisibility(APP_ROWS);
const ONLY_FILTERS = onlyFilters(APP_ROWS);

const onSortingChange = updateView('sorting');
const onColumnFiltersChange = updateView('columnFilters');
const onGlobalFilterChange = updateView('globalFilter');
const onColumnVisibilityChange = updateView('columnVisibility');
const onColumnOrderChange = updateView('columnOrder');
const onColumnSizingChange = updateView('columnSizing');

export function useItemRows(): AppRow[] {
  // Only finished files make rows (see finished-entries.ts).
  const finished = useAppStore(selectFinishedEntries);
  const records = useAppStore((s) => s.records);
  const review = useAppStore((s) => s.review.present);
  const read = useMemo(() => readRows(finished, records), [finished, records]);
  // The reviewer's states, corrections and notes laid over the rows read (review-model/review-rows.ts),
  // then each case of several copies as its standing copy's rows (review-model/case-rows.ts).
  return useMemo(() => applyCases(applyReview(read, records, review), records, review), [read, records, review]);
}

/** The rows the view's filters and search leave, in the order its sorting asks for (the row core's one-pass code). */
export function useShownRows(rows: AppRow[]): AppRow[] {
  const view = useAppStore((s) => s.view);
  const filtered = useMemo(
    () => filterRows(APP_ROWS, rows, view.columnFilters, view.globalFilter),
    [rows, view.columnFilters, view.globalFilter],
  );
  return useMemo(() => sortRows(APP_ROWS, filtered, view.sorting), [filtered, view.sorting]);
}

/**
 * The table over the rows the filters leave (`shown`, from useShownRows), with the cells the features
 * registered. Facets, search and sorting are the row core's, in one pass; the table is told its data
 * comes filtered and sorted: TanStack's row models would allocate filter state for each of tens of
 * thousands of rows on every tick or keystroke, and compare rows through its generic row machinery.
 */
export function useReviewTable(shown: AppRow[], features: FeatureCells) {
  const view = useAppStore((s) => s.view);
  const columns = useMemo(() => buildReviewColumns(APP_ROWS, features), [features]);
  return useTable({
    features: reviewFeatures,
    columns,
    data: shown,
    manualFiltering: true,
    manualSorting: true,
    getRowId: (row) => row.id,
    state: {
      sorting: view.sorting,
      columnFilters: view.columnFilters,
      globalFilter: view.globalFilter,
      columnVisibility: { ...DEFAULT_VISIBILITY, ...view.columnVisibility, ...ONLY_FILTERS },
      columnOrder: view.columnOrder,
      columnSizing: view.columnSizing,
    },
    onSortingChange,
    onColumnFiltersChange,
    onGlobalFilterChange,
    onColumnVisibilityChange,
    onColumnOrderChange,
    onColumnSizingChange,
    columnResizeMode: 'onChange',
    enableMultiSort: true,
  });
}

export type ReviewTableInstance = ReturnType<typeof useReviewTable>;
