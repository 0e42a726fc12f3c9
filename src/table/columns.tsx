// The review table's columns. Accessors return plain strings/numbers (undefined when the letter did
// not say), which are what the table sorts, what the CSV export writes and what cells show.
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import { FACET_BY_COLUMN, matchesFacet } from './facets.ts';
import type { ItemRow } from './item-rows.ts';
import type { ReviewFeatures } from './table-features.ts';
import { REVIEW_STATUS_LABEL } from '../review/review-model.ts';
import { ReviewStateCell, withCorrection } from '../review/ReviewCells.tsx';

const helper = createColumnHelper<ReviewFeatures, ItemRow>();
const text = (v: string | null | undefined) => v ?? undefined;
const list = (v: string[]) => (v.length > 0 ? v.join('; ') : undefined);

function facetFilter(columnId: string) {
  const facet = FACET_BY_COLUMN.get(columnId)!;
  return {
    getUniqueValues: (row: ItemRow) => facet.values(row),
    filterFn: (row: { original: ItemRow }, _id: string, selected: unknown) => matchesFacet(facet, row.original, selected),
  };
}

function DecisionCell({ row }: CellContext<ReviewFeatures, ItemRow, string | undefined>) {
  const r = row.original;
  if (r.itemIndex === null) return <span className="badge badge-muted">{r.note?.startsWith('Not read') ? 'Not read' : 'No items'}</span>;
  if (!r.decision) return <span className="missing">—</span>;
  return withCorrection(r, 'decision', <span className={`badge badge-${r.decision.toLowerCase()}`}>{r.decision}</span>);
}

function RequestCell({ row }: CellContext<ReviewFeatures, ItemRow, string | undefined>) {
  const r = row.original;
  if (r.itemIndex === null) return <span className="row-note">{r.note}</span>;
  return withCorrection(r, 'request', <span title={r.request ?? undefined}>{r.request ?? <span className="missing">—</span>}</span>);
}

function WarningsCell({ getValue }: CellContext<ReviewFeatures, ItemRow, number>) {
  const n = getValue();
  return n > 0 ? <span className="warn-count">{n}</span> : <span className="missing">0</span>;
}

const plain = ({ getValue, row, column }: CellContext<ReviewFeatures, ItemRow, string | number | undefined>) => {
  const v = getValue();
  // In a span so a long value ends in an ellipsis (the cell itself is a flex box) and shows in full on hover.
  return withCorrection(
    row.original,
    column.id,
    v === undefined ? <span className="missing">—</span> : <span title={String(v)}>{String(v)}</span>,
  );
};

export const reviewColumns = helper.columns([
  // First: the review state, with the "needs attention" marker (review/ReviewCells.tsx).
  helper.accessor((r) => (r.itemIndex === null ? undefined : REVIEW_STATUS_LABEL[r.review.status]), {
    id: 'reviewStatus',
    header: 'Review',
    cell: ({ row }) => <ReviewStateCell row={row.original} />,
    size: 130,
    ...facetFilter('reviewStatus'),
  }),
  helper.accessor((r) => r.decision ?? (r.itemIndex === null ? 'No items' : undefined), {
    id: 'decision',
    header: 'Decision',
    cell: DecisionCell,
    size: 116,
    ...facetFilter('decision'),
  }),
  helper.accessor((r) => text(r.request ?? r.note), { id: 'request', header: 'Request', cell: RequestCell, size: 320 }),
  helper.accessor((r) => text(r.category), { id: 'category', header: 'Category', cell: plain, size: 150, ...facetFilter('category') }),
  helper.accessor((r) => text(r.caseNumber), { id: 'caseNumber', header: 'Case number', cell: plain, size: 130 }),
  helper.accessor('file', { header: 'File', cell: plain, size: 200 }),
  helper.accessor((r) => list(r.specialties), {
    id: 'specialties',
    header: 'Reviewer specialty',
    cell: plain,
    size: 200,
    ...facetFilter('specialties'),
  }),
  helper.accessor((r) => list(r.licensure), { id: 'licensure', header: 'Licensure', cell: plain, size: 120, ...facetFilter('licensure') }),
  helper.accessor((r) => r.age ?? undefined, { id: 'age', header: 'Age', cell: plain, size: 64 }),
  helper.accessor((r) => text(r.sex), { id: 'sex', header: 'Sex', cell: plain, size: 80, ...facetFilter('sex') }),
  helper.accessor((r) => text(r.dateOfInjury), { id: 'dateOfInjury', header: 'Date of injury', cell: plain, size: 116 }),
  helper.accessor((r) => text(r.decisionDate), { id: 'decisionDate', header: 'Decision date', cell: plain, size: 116 }),
  helper.accessor((r) => list(r.guidelines), { id: 'guidelines', header: 'Guidelines', cell: plain, size: 130 }),
  helper.accessor((r) => text(r.necessity), { id: 'necessity', header: 'Necessity', cell: plain, size: 180 }),
  helper.accessor('warnings', { header: 'Warnings', cell: WarningsCell, size: 90 }),
  helper.accessor('layout', { header: 'Layout', cell: plain, size: 120, ...facetFilter('layout') }),
  // Only a filter ("has warnings"): never shown, never exported.
  helper.accessor((r) => (r.warnings > 0 ? 'With warnings' : 'No warnings'), {
    id: 'hasWarnings',
    header: 'Has warnings',
    enableHiding: false,
    enableSorting: false,
    ...facetFilter('hasWarnings'),
  }),
]);

/** Columns the user may show or hide (and that the CSV may contain). */
export const HIDDEN_ALWAYS = new Set(['hasWarnings']);
