// The review table's columns: the review state, every field of the field catalogue
// (extract/field-catalogue.ts) with its width and filters, then the columns that are only filters.
// Accessors are the column values of row-columns.ts: what the table shows and sorts and what the CSV
// export writes (undefined when the letter did not say).
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { columnIdOf, FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import { DATE_RANGE_COLUMNS, FACET_BY_COLUMN, FACETS, inDateRange, matchesFacet, searchNeedle } from './facets.ts';
import { Highlight } from './Highlight.tsx';
import { isSearchable, rowValue, type ItemRow } from './item-rows.ts';
import { rowColumns, type CellValue, type RowColumn } from './row-columns.ts';
import type { ReviewFeatures } from './table-features.ts';
import { ReviewStateCell, withCorrection } from '../review/ReviewCells.tsx';

export { DEFAULT_VISIBLE } from './row-columns.ts';

const helper = createColumnHelper<ReviewFeatures, ItemRow>();
/** Facets Insights filters by that are no column of their own. */
const INSIGHTS_FILTER_COLUMNS = ['reviewerSources', 'decisionMonth', 'requestKind', 'guidelineSection'];
type Cell = CellContext<ReviewFeatures, ItemRow, CellValue>;

function facetFilter(columnId: string) {
  const facet = FACET_BY_COLUMN.get(columnId)!;
  return {
    getUniqueValues: (row: ItemRow) => facet.values(row),
    filterFn: (row: { original: ItemRow }, _id: string, selected: unknown) => matchesFacet(facet, row.original, selected),
  };
}

/** The search as the rows hold it, for marking matches in cells. */
// Read from the options (set during the render), not the table's store (published after it).
const needleOf = (table: { options: { state?: { globalFilter?: unknown } } }) =>
  searchNeedle(String(table.options.state?.globalFilter ?? ''));

function DecisionCell({ row }: Cell) {
  const r = row.original;
  if (r.itemIndex === null) return <span className="badge badge-muted">{r.note?.startsWith('Not read') ? 'Not read' : 'No items'}</span>;
  if (!r.decision) return <span className="missing">—</span>;
  return withCorrection(r, 'decision', <span className={`badge badge-${r.decision.toLowerCase()}`}>{r.decision}</span>);
}

/** Fields a search can match that a row may not show (those hidden by default): named in the request cell when the match is only there. */
const SEARCHED_ELSEWHERE = FIELD_CATALOGUE.filter((e) => !e.column.visible && isSearchable(e));
const textOf = (v: unknown) => (Array.isArray(v) ? v.join('\n') : v === null || v === undefined ? '' : String(v));

function RequestCell({ row, table }: Cell) {
  const r = row.original;
  const needle = needleOf(table);
  const text = r.itemIndex === null ? r.note : r.request;
  const elsewhere =
    needle && !(text ?? '').toLowerCase().includes(needle)
      ? SEARCHED_ELSEWHERE.filter((e) =>
          textOf(rowValue(r, columnIdOf(e)))
            .toLowerCase()
            .includes(needle),
        ).map((e) => e.label.toLowerCase())
      : [];
  const cell = (
    <>
      <span className={r.itemIndex === null ? 'row-note' : undefined} title={text ?? undefined}>
        {text === null ? <span className="missing">—</span> : <Highlight text={text} needle={needle} />}
      </span>
      {elsewhere.length > 0 ? <span className="match-where">matches in {elsewhere.slice(0, 2).join(', ')}</span> : null}
    </>
  );
  return r.itemIndex === null ? cell : withCorrection(r, 'request', cell);
}

function WarningsCell({ row }: Cell) {
  const n = row.original.warnings;
  return n > 0 ? (
    <span className="warn-count" title={`${n} problem${n === 1 ? '' : 's'} to check in the source view`}>
      <span aria-hidden>⚠ </span>
      {n}
      <span className="sr-only"> {n === 1 ? 'warning' : 'warnings'}</span>
    </span>
  ) : (
    <span className="missing">
      0<span className="sr-only"> warnings</span>
    </span>
  );
}

const plain = ({ getValue, row, column, table }: Cell) => {
  const v = getValue();
  // In a span so a long value ends in an ellipsis (the cell itself is a flex box) and shows in full on hover.
  return withCorrection(
    row.original,
    column.id,
    v === undefined ? (
      <span className="missing">—</span>
    ) : (
      <span title={String(v)}>
        <Highlight text={String(v)} needle={needleOf(table)} />
      </span>
    ),
  );
};

const dateRangeFilter = (columnId: string) => ({
  filterFn: (row: { original: ItemRow }, _id: string, range: unknown) =>
    inDateRange(DATE_RANGE_COLUMNS.get(columnId)!.value(row.original), range),
});

const CELLS: Readonly<Record<string, (context: Cell) => ReactNode>> = {
  reviewStatus: ({ row }) => <ReviewStateCell row={row.original} />,
  decision: DecisionCell,
  request: RequestCell,
  warnings: WarningsCell,
};

/** A column's width and filters: the catalogue entry's settings (the review state's own). */
function settingsOf(c: RowColumn) {
  const column = c.entry?.column;
  return {
    size: column?.width ?? 64,
    ...(column?.facet || c.id === 'reviewStatus' ? facetFilter(c.id) : {}),
    ...(column?.dateRange ? dateRangeFilter(c.id) : {}),
  };
}

/**
 * Every value the letters give, as a column, in the catalogue's order (the default order on screen);
 * those shown by default fit a 1280-pixel window beside the filters. Takes a catalogue so a test can
 * add a field to a copy of it.
 */
export function buildReviewColumns(catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE) {
  return helper.columns([
    ...rowColumns(catalogue).map((c) =>
      helper.accessor(c.value, { id: c.id, header: c.header, cell: CELLS[c.id] ?? plain, ...settingsOf(c) }),
    ),
    // Only a filter ("has warnings"): never shown, never exported.
    helper.accessor((r) => (r.warnings > 0 ? 'With warnings' : 'No warnings'), {
      id: 'hasWarnings',
      header: 'Has warnings',
      enableHiding: false,
      enableSorting: false,
      ...facetFilter('hasWarnings'),
    }),
    // Only filters, which Insights applies: never shown, never exported.
    ...INSIGHTS_FILTER_COLUMNS.map((id) =>
      helper.accessor((r) => r.facetValues[FACETS.findIndex((f) => f.columnId === id)]!.join('; '), {
        id,
        header: FACET_BY_COLUMN.get(id)!.label,
        enableHiding: false,
        enableSorting: false,
        ...facetFilter(id),
      }),
    ),
  ]);
}

export const reviewColumns = buildReviewColumns();

/** Columns only for filtering: never in the Columns menu, never shown, never exported. */
export const HIDDEN_ALWAYS = new Set(['hasWarnings', ...INSIGHTS_FILTER_COLUMNS]);
