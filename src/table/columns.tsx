// The review table's columns. Accessors return plain strings/numbers (undefined when the letter did
// not say), which are what the table sorts, what the CSV export writes and what cells show.
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import { DATE_RANGE_COLUMNS, FACET_BY_COLUMN, FACETS, inDateRange, matchesFacet, searchNeedle } from './facets.ts';
import { Highlight } from './Highlight.tsx';
import type { ItemRow } from './item-rows.ts';
import type { ReviewFeatures } from './table-features.ts';
import { REVIEW_STATUS_LABEL } from '../review/review-model.ts';
import { ReviewStateCell, withCorrection } from '../review/ReviewCells.tsx';

const helper = createColumnHelper<ReviewFeatures, ItemRow>();
const INSIGHTS_FILTER_COLUMNS = ['reviewerGuideline', 'priority', 'decisionMonth', 'requestKind', 'guidelineSection'];
const text = (v: string | null | undefined) => v ?? undefined;
const list = (v: string[]) => (v.length > 0 ? v.join('; ') : undefined);

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

function DecisionCell({ row }: CellContext<ReviewFeatures, ItemRow, string | undefined>) {
  const r = row.original;
  if (r.itemIndex === null) return <span className="badge badge-muted">{r.note?.startsWith('Not read') ? 'Not read' : 'No items'}</span>;
  if (!r.decision) return <span className="missing">—</span>;
  return withCorrection(r, 'decision', <span className={`badge badge-${r.decision.toLowerCase()}`}>{r.decision}</span>);
}

/** Fields a search can match that a row may not show: named in the request cell when the match is only there. */
const HIDDEN_MATCH_FIELDS: readonly [string, (r: ItemRow) => string | null | undefined][] = [
  ['rationale', (r) => r.rationale],
  ['file name', (r) => r.file],
  ['diagnoses', (r) => r.diagnoses.join('\n')],
  ['original request', (r) => r.originalRequest],
  ['guideline', (r) => [r.claimsGuideline, r.reviewerGuideline].join('\n')],
];

function RequestCell({ row, table }: CellContext<ReviewFeatures, ItemRow, string | undefined>) {
  const r = row.original;
  const needle = needleOf(table);
  const text = r.itemIndex === null ? r.note : r.request;
  const elsewhere =
    needle && !(text ?? '').toLowerCase().includes(needle)
      ? HIDDEN_MATCH_FIELDS.filter(([, read]) => (read(r) ?? '').toLowerCase().includes(needle)).map(([label]) => label)
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

function WarningsCell({ getValue }: CellContext<ReviewFeatures, ItemRow, number>) {
  const n = getValue();
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

const plain = ({ getValue, row, column, table }: CellContext<ReviewFeatures, ItemRow, string | number | undefined>) => {
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

/**
 * Every value the letters give, as a column. The order here is the default order on screen; those
 * shown by default (see DEFAULT_VIEW) fit a 1280-pixel window beside the filters.
 */
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
    size: 118,
    ...facetFilter('decision'),
  }),
  helper.accessor((r) => text(r.request ?? r.note), { id: 'request', header: 'Request', cell: RequestCell, size: 212 }),
  helper.accessor((r) => text(r.category), { id: 'category', header: 'Category', cell: plain, size: 130, ...facetFilter('category') }),
  helper.accessor((r) => text(r.caseNumber), { id: 'caseNumber', header: 'Case number', cell: plain, size: 122 }),
  helper.accessor((r) => text(r.decisionDate), {
    id: 'decisionDate',
    header: 'Decision date',
    cell: plain,
    size: 116,
    ...dateRangeFilter('decisionDate'),
  }),
  helper.accessor((r) => list(r.specialties), {
    id: 'specialties',
    header: 'Reviewer specialty',
    cell: plain,
    size: 160,
    ...facetFilter('specialties'),
  }),
  helper.accessor('warnings', { header: 'Warnings', cell: WarningsCell, size: 86 }),
  helper.accessor('file', { header: 'File', cell: plain, size: 200 }),
  helper.accessor((r) => list(r.licensure), { id: 'licensure', header: 'Licensure', cell: plain, size: 120, ...facetFilter('licensure') }),
  helper.accessor((r) => r.age ?? undefined, { id: 'age', header: 'Age', cell: plain, size: 64 }),
  helper.accessor((r) => text(r.sex), { id: 'sex', header: 'Sex', cell: plain, size: 80, ...facetFilter('sex') }),
  helper.accessor((r) => text(r.dateOfInjury), {
    id: 'dateOfInjury',
    header: 'Date of injury',
    cell: plain,
    size: 116,
    ...dateRangeFilter('dateOfInjury'),
  }),
  helper.accessor((r) => text(r.priority), { id: 'priority', header: 'Priority', cell: plain, size: 100 }),
  helper.accessor((r) => text(r.dateAssigned), { id: 'dateAssigned', header: 'Date assigned', cell: plain, size: 116 }),
  helper.accessor((r) => text(r.urDenialDate), { id: 'urDenialDate', header: 'UR denial date', cell: plain, size: 116 }),
  helper.accessor((r) => text(r.applicationReceived), {
    id: 'applicationReceived',
    header: 'Application received',
    cell: plain,
    size: 140,
  }),
  helper.accessor((r) => list(r.diagnoses), { id: 'diagnoses', header: 'Diagnoses', cell: plain, size: 220 }),
  helper.accessor((r) => text(r.originalRequest), { id: 'originalRequest', header: 'Original request', cell: plain, size: 220 }),
  helper.accessor((r) => list(r.guidelines), { id: 'guidelines', header: 'Guidelines', cell: plain, size: 130 }),
  helper.accessor((r) => text(r.claimsGuideline), {
    id: 'claimsGuideline',
    header: 'Claims administrator guideline',
    cell: plain,
    size: 220,
  }),
  helper.accessor((r) => text(r.reviewerGuideline), { id: 'reviewerGuideline', header: 'Reviewer guideline', cell: plain, size: 220 }),
  helper.accessor((r) => text(r.necessity), { id: 'necessity', header: 'Necessity', cell: plain, size: 180 }),
  helper.accessor((r) => text(r.rationale), { id: 'rationale', header: 'Rationale', cell: plain, size: 320 }),
  helper.accessor('layout', { header: 'Layout', cell: plain, size: 120, ...facetFilter('layout') }),
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

/** Columns the user may show or hide (and that the CSV may contain). */
export const HIDDEN_ALWAYS = new Set(['hasWarnings', ...INSIGHTS_FILTER_COLUMNS]);

/** Shown until the user picks: what a reviewer reads first, fitting a 1280-pixel window. */
export const DEFAULT_VISIBLE = new Set([
  'reviewStatus',
  'decision',
  'request',
  'category',
  'caseNumber',
  'decisionDate',
  'specialties',
  'warnings',
]);
