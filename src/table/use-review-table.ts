// The review table instance: rows derived from the store's letters, view state (sort, filters,
// search, visible columns) owned by the store so it is saved with the session.
import { functionalUpdate, useTable, type Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import { setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ViewState } from '../store/view-state.ts';
import { reviewColumns } from './columns.tsx';
import { flattenRows, type ItemRow } from './item-rows.ts';
import { reviewFeatures } from './table-features.ts';

const updateView =
  <K extends keyof ViewState>(key: K) =>
  (updater: Updater<ViewState[K]>) =>
    setView({ [key]: functionalUpdate(updater, useAppStore.getState().view[key]) } as Partial<ViewState>);

const onSortingChange = updateView('sorting');
const onColumnFiltersChange = updateView('columnFilters');
const onGlobalFilterChange = updateView('globalFilter');
const onColumnVisibilityChange = updateView('columnVisibility');

export function useItemRows(): ItemRow[] {
  const files = useAppStore((s) => s.files);
  const order = useAppStore((s) => s.order);
  const records = useAppStore((s) => s.records);
  return useMemo(() => flattenRows(order.map((id) => files[id]!).filter(Boolean), records), [files, order, records]);
}

export function useReviewTable(rows: ItemRow[]) {
  const view = useAppStore((s) => s.view);
  return useTable({
    features: reviewFeatures,
    columns: reviewColumns,
    data: rows,
    getRowId: (row) => row.id,
    state: {
      sorting: view.sorting,
      columnFilters: view.columnFilters,
      globalFilter: view.globalFilter,
      columnVisibility: { ...view.columnVisibility, hasWarnings: false },
    },
    onSortingChange,
    onColumnFiltersChange,
    onGlobalFilterChange,
    onColumnVisibilityChange,
    // The search box looks in each item's request and rationale, nowhere else.
    getColumnCanGlobalFilter: (column) => column.id === 'request',
    globalFilterFn: (row, _columnId, value) => row.original.searchText.includes(String(value).trim().toLowerCase()),
    enableMultiSort: true,
  });
}

export type ReviewTableInstance = ReturnType<typeof useReviewTable>;
