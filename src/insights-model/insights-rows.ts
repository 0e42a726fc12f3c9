// What Insights registers into the app's row pipeline (rows/row-pipeline.ts): what each row holds for
// its charts (what the reviewer cited, the request's kind), and the facets its bars filter the table
// by (a bar's click ticks one of their values). Filters only: never shown as columns, never exported;
// the month, request kind and section facets are listed in the sidebar only while ticked. Pure.
import type { Citation, LetterRecord } from '../extract/record.ts';
import type { ItemRow } from '../rows/item-rows.ts';
import { NOT_FOUND, type FacetFact, type RowColumn } from '../rows/row-columns.ts';
import type { RowFeature } from '../rows/row-pipeline.ts';
import { normaliseRequest } from './normalise-request.ts';

/** What Insights reads of a row beyond the catalogue's values. */
export interface InsightsRowFields {
  /** Distinct guideline sources the reviewer (not the claims administrator) cited for the item. */
  readonly reviewerSources: readonly string[];
  /** Distinct guideline chapters and sections the reviewer cited ("MTUS Chronic Pain…: Opioids"). */
  readonly reviewerSections: readonly string[];
  /** The request as read, without quantities, frequencies and doses (normalise-request.ts): worked out once per letter read. */
  readonly requestKind: string | null;
  /** The request `requestKind` was worked out from: a row whose request the review corrected differs from it. */
  readonly requestKindOf: string | null;
}

/** The kind of the row's request as shown, the reviewed one: a corrected request counts as what the reviewer made it. */
export function requestKindOfRow(r: InsightsRow): string | null {
  const request = r.values.request ?? null;
  return request === r.requestKindOf ? r.requestKind : normaliseRequest(request);
}

export type InsightsRow = ItemRow & InsightsRowFields;

/** An item whose reviewer cited no guideline. */
export const NONE_CITED = 'None cited';

const SOURCE_LABEL: Record<Citation['source'], string> = { MTUS: 'MTUS', ACOEM: 'ACOEM', ODG: 'ODG', other: 'Other' };

/** A row's fields for Insights, from its letter's record (none for a letter's own row). */
export function insightsFields(record: LetterRecord | undefined, itemIndex: number | null): InsightsRowFields {
  const item = itemIndex === null ? undefined : record?.items[itemIndex];
  if (!item) return { reviewerSources: [], reviewerSections: [], requestKind: null, requestKindOf: null };
  const own = item.citations.filter((c) => c.citedBy === 'reviewer');
  const section = (c: Citation) => {
    const prefix = c.source === 'other' || c.title.startsWith(c.source) ? '' : `${c.source} `;
    return `${prefix}${c.title}${c.sections ? `: ${c.sections}` : ''}`;
  };
  return {
    reviewerSources: [...new Set(own.map((c) => SOURCE_LABEL[c.source]))],
    reviewerSections: [...new Set(own.map(section))],
    requestKind: normaliseRequest(item.request.value),
    requestKindOf: item.request.value,
  };
}

const filterColumn = (id: string, facet: FacetFact<InsightsRow>): RowColumn<InsightsRow> => ({
  id,
  header: facet.label,
  value: (r) => facet.values(r).join('; ') || undefined,
  sortValue: null,
  facet,
  dateRange: null,
  search: null,
  cell: null,
  csv: 'never',
  width: 64,
  visible: false,
  entry: null,
});

const one = (value: string | null) => [value ?? NOT_FOUND];

/** What Insights breaks the items down by (its bars filter through these). */
export const INSIGHTS_FEATURE: RowFeature<InsightsRow> = {
  id: 'insights',
  placement: 'last',
  columns: [
    filterColumn('reviewerSources', {
      label: 'Guideline the reviewer cited',
      sidebar: 'always',
      // MTUS, ACOEM, ODG, other or none: the app's own names for the sources.
      inAddress: true,
      values: (r) => (r.itemIndex === null ? [] : r.reviewerSources.length > 0 ? r.reviewerSources : [NONE_CITED]),
    }),
    filterColumn('decisionMonth', {
      label: 'Month of decision',
      sidebar: 'when-ticked',
      inAddress: false,
      values: (r) => one(r.values.decisionDate?.slice(0, 7) ?? null),
    }),
    filterColumn('requestKind', {
      label: 'Request (normalised)',
      sidebar: 'when-ticked',
      inAddress: false,
      values: (r) => (r.itemIndex === null ? [] : one(requestKindOfRow(r))),
    }),
    filterColumn('guidelineSection', {
      label: 'Guideline section cited',
      sidebar: 'when-ticked',
      inAddress: false,
      values: (r) => r.reviewerSections,
    }),
  ],
};
