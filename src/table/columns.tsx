// The review table's columns, made from the facts on the app's row columns (pipeline/app-rows.ts):
// header, width, the value shown (and sorted, and exported), the facet or date-range filter, and how
// the cells are drawn (the cell kind). The table draws the kinds it knows; a feature's own kind (the
// review's state) and the way a feature shows a changed value (a correction) are registered by the
// app (`FeatureCells`), so the table imports no feature. A column that is only a filter is never shown.
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { inDateRange, searchNeedle } from '../rows/facets.ts';
import type { CellKind, CellValue, RowColumn } from '../rows/row-columns.ts';
import type { RowPipeline } from '../rows/row-pipeline.ts';
import type { AppRow } from '../pipeline/app-rows.ts';
import { Highlight } from './Highlight.tsx';
import type { ReviewFeatures } from './table-features.ts';

const helper = createColumnHelper<ReviewFeatures, AppRow>();
type Cell = CellContext<ReviewFeatures, AppRow, CellValue>;

/** What features draw in the table: cells of their own kinds, and how a value they changed shows. */
export interface FeatureCells {
  kinds: Partial<Record<CellKind, (row: AppRow) => ReactNode>>;
  /** The cell's content as the features show it (the review: a corrected value over the value as read). */
  decorate: (row: AppRow, columnId: string, shown: ReactNode) => ReactNode;
}

export const NO_FEATURE_CELLS: FeatureCells = { kinds: {}, decorate: (_row, _id, shown) => shown };

/** The search as the rows hold it, for marking matches in cells. */
// Read from the options (set during the render), not the table's store (published after it).
const needleOf = (table: { options: { state?: { globalFilter?: unknown } } }) =>
  searchNeedle(String(table.options.state?.globalFilter ?? ''));

function tableCells(
  pipeline: RowPipeline<AppRow>,
  decorate: FeatureCells['decorate'],
): Record<'plain' | 'decision' | 'request' | 'warnings', (context: Cell) => ReactNode> {
  // Fields a search can match that a row may not show (those hidden by default): named in the request cell when the match is only there.
  const searchedElsewhere = pipeline.columns.filter((c) => c.entry !== null && !c.visible && c.search !== null);
  return {
    decision: ({ row }) => {
      const r = row.original;
      if (r.itemIndex === null)
        return <span className="badge badge-muted">{r.note?.startsWith('Not read') ? 'Not read' : 'No items'}</span>;
      const decision = r.values.decision;
      if (!decision) return <span className="missing">—</span>;
      return decorate(r, 'decision', <span className={`badge badge-${decision.toLowerCase()}`}>{decision}</span>);
    },
    request: ({ row, table }) => {
      const r = row.original;
      const needle = needleOf(table);
      const text = r.itemIndex === null ? r.note : r.values.request;
      const elsewhere =
        needle && !(text ?? '').toLowerCase().includes(needle)
          ? searchedElsewhere
              .filter((c) =>
                String(c.value(r) ?? '')
                  .toLowerCase()
                  .includes(needle),
              )
              .map((c) => c.header.toLowerCase())
          : [];
      const cell = (
        <>
          <span className={r.itemIndex === null ? 'row-note' : undefined} title={text ?? undefined}>
            {text === null ? <span className="missing">—</span> : <Highlight text={text} needle={needle} />}
          </span>
          {elsewhere.length > 0 ? <span className="match-where">matches in {elsewhere.slice(0, 2).join(', ')}</span> : null}
        </>
      );
      return r.itemIndex === null ? cell : decorate(r, 'request', cell);
    },
    warnings: ({ row }) => {
      const n = row.original.values.warnings;
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
    },
    plain: ({ getValue, row, column, table }) => {
      const v = getValue();
      // In a span so a long value ends in an ellipsis (the cell itself is a flex box) and shows in full on hover.
      return decorate(
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
    },
  };
}

/** A column's filter, from its facts: ticked facet values, or a date range. */
function filterOf(pipeline: RowPipeline<AppRow>, c: RowColumn<AppRow>) {
  const index = pipeline.facetIndex.get(c.id);
  if (index !== undefined && c.facet) {
    const values = c.facet.values;
    return {
      getUniqueValues: (row: AppRow) => [...values(row)],
      filterFn: (row: { original: AppRow }, _id: string, selected: unknown) =>
        !Array.isArray(selected) || selected.length === 0 || (row.original.facetValues[index] ?? []).some((v) => selected.includes(v)),
    };
  }
  const range = c.dateRange;
  return range ? { filterFn: (row: { original: AppRow }, _id: string, value: unknown) => inDateRange(range(row.original), value) } : {};
}

/**
 * Every column of the pipeline that the table shows or filters by, in the pipeline's order (the
 * default order on screen); those shown by default fit a 1280-pixel window beside the filters.
 */
export function buildReviewColumns(pipeline: RowPipeline<AppRow>, features: FeatureCells = NO_FEATURE_CELLS) {
  const own = tableCells(pipeline, features.decorate);
  const cellOf = (kind: CellKind): ((context: Cell) => ReactNode) => {
    const feature = features.kinds[kind];
    if (feature) return ({ row }) => feature(row.original);
    // A feature's kind the app did not register draws nothing.
    return kind in own ? own[kind as keyof typeof own] : () => null;
  };
  return helper.columns(
    pipeline.columns
      .filter((c) => c.cell !== null || c.facet !== null || c.dateRange !== null)
      .map((c) =>
        helper.accessor(c.value, {
          id: c.id,
          header: c.header,
          size: c.width,
          ...(c.cell ? { cell: cellOf(c.cell) } : { enableHiding: false }),
          enableSorting: c.sortValue !== null,
          ...filterOf(pipeline, c),
        }),
      ),
  );
}

/** Visibility until the user picks: each column's default; a column that is only a filter never shows. */
export function defaultVisibility(pipeline: RowPipeline<AppRow>): Record<string, boolean> {
  return Object.fromEntries(pipeline.columns.filter((c) => !c.visible || c.cell === null).map((c) => [c.id, false]));
}

/** Columns that are only filters: never in the Columns menu, never shown, never exported. */
export const onlyFilters = (pipeline: RowPipeline<AppRow>): Record<string, boolean> =>
  Object.fromEntries(pipeline.columns.filter((c) => c.cell === null).map((c) => [c.id, false]));
