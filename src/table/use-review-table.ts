// The review table instance: rows derived from the store's letters, view state (sort, filters,
// search, visible columns, their order and widths) owned by the store so it is saved with the session.
import { functionalUpdate, useTable, type Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import { selectFinishedEntries } from '../store/finished-entries.ts';
import { setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ViewState } from '../store/view-state.ts';
import { HIDDEN_ALWAYS, reviewColumns } from './columns.tsx';
import { filterItemRows } from './facets.ts';
import { flattenRows, type ItemRow } from './item-rows.ts';
import { sortItemRows } from './sort-rows.ts';
import { reviewFeatures } from './table-features.ts';
import { applyReview } from '../review/review-rows.ts';

const updateView =
  <K extends keyof ViewState>(key: K) =>
  (updater: Updater<ViewState[K]>) =>
    setView({ [key]: functionalUpdate(updater, useAppStore.getState().view[key]) } as Partial<ViewState>);

const ALWAYS_HIDDEN = Object.fromEntries([...HIDDEN_ALWAYS].map((id) => [id, false]));

const onSortingChange = updateView('sorting');
const onColumnFiltersChange = updateView('columnFilters');
const onGlobalFilterChange = updateView('globalFilter');
const onColumnVisibilityChange = updateView('columnVisibility');
const onColumnOrderChange = updateView('columnOrder');
const onColumnSizingChange = updateView('columnSizing');

export function useItemRows(): ItemRow[] {
  // Only finished files make rows (see finished-entries.ts).
  const finished = useAppStore(selectFinishedEntries);
  const records = useAppStore((s) => s.records);
  const review = useAppStore((s) => s.review.present);
  const read = useMemo(() => flattenRows(finished, records), [finished, records]);
  // The reviewer's states, corrections and notes laid over the rows read (review/review-rows.ts).
  return useMemo(() => applyReview(read, records, review), [read, records, review]);
}

/**
 * The table over the rows the filters leave, in the order the sorting asks for. Facets and search are
 * applied here, in one pass (facets.ts), and so is the sorting (sort-rows.ts); the table is told its
 * data comes filtered and sorted: TanStack's row models would allocate filter state for each of tens
 * of thousands of rows on every tick or keystroke, and compare rows through its generic row machinery.
 */
export function useReviewTable(rows: ItemRow[]) {
  const view = useAppStore((s) => s.view);
  const filtered = useMemo(
    () => filterItemRows(rows, view.columnFilters, view.globalFilter),
    [rows, view.columnFilters, view.globalFilter],
  );
  const sorted = useMemo(() => sortItemRows(filtered, view.sorting), [filtered, view.sorting]);
  return useTable({
    features: reviewFeatures,
    columns: reviewColumns,
    data: sorted,
    manualFiltering: true,
    manualSorting: true,
    getRowId: (row) => row.id,
    state: {
      sorting: view.sorting,
      columnFilters: view.columnFilters,
      globalFilter: view.globalFilter,
      columnVisibility: { ...view.columnVisibility, ...ALWAYS_HIDDEN },
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
