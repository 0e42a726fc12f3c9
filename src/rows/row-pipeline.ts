// A row pipeline: the row core's columns with those the features registered (the review's state,
// Insights' filters), and what follows from their facts: the facets in order, the date ranges, the
// search text and facet values each row carries. The CLI uses the core alone; the app registers its
// features (pipeline/app-rows.ts). Pure: no React, no DOM.
import type { RowValue } from '../extract/field-catalogue.ts';
import type { ItemRow } from './item-rows.ts';
import type { RowColumn } from './row-columns.ts';
import { sharedLists } from './shared-lists.ts';

/** What a feature registers: its columns, and whether a row still counts as an item (the review's "not an item" does not). */
export interface RowFeature<R extends ItemRow> {
  id: string;
  /** Its columns, placed before the core's (`first`) or after them. */
  columns: readonly RowColumn<R>[];
  placement: 'first' | 'last';
  /** False for a row this feature takes out of the counts (summary, Insights). */
  countsAsItem?: (row: R) => boolean;
  /** Values the row showed before this feature changed them, as text, by column id (the review's corrections: the CSV writes them beside). */
  asRead?: (row: R) => Readonly<Record<string, string>>;
}

export interface RowPipeline<R extends ItemRow> {
  /** Every column in its default order. */
  readonly columns: readonly RowColumn<R>[];
  readonly columnById: ReadonlyMap<string, RowColumn<R>>;
  /** The columns with a facet, in the order of `facetValues`. */
  readonly facets: readonly RowColumn<R>[];
  readonly facetIndex: ReadonlyMap<string, number>;
  /** The columns with a date range. */
  readonly dateRanges: readonly RowColumn<R>[];
  /** An item that counts (a row of a letter's item that no feature took out). */
  countsAsItem: (row: R) => boolean;
  /** The values features changed, as read, by column id. */
  asRead: (row: R) => Readonly<Record<string, string>>;
  /** Sets a new row's search text and facet values from the columns' facts; returns it. */
  finish: <T extends R>(row: T) => T;
}

export function rowPipeline<R extends ItemRow>(core: readonly RowColumn<R>[], features: readonly RowFeature<R>[] = []): RowPipeline<R> {
  const columns = [
    ...features.filter((f) => f.placement === 'first').flatMap((f) => f.columns),
    ...core,
    ...features.filter((f) => f.placement === 'last').flatMap((f) => f.columns),
  ];
  const ids = new Set<string>();
  for (const c of columns) {
    if (ids.has(c.id)) throw new Error(`two columns have the id ${c.id}`);
    ids.add(c.id);
  }
  const facets = columns.filter((c) => c.facet !== null);
  const facetValues = columns.flatMap((c) => (c.facet ? [c.facet.values] : []));
  const searched = columns.flatMap((c) => (c.search ? [c.search] : []));
  const counters = features.flatMap((f) => (f.countsAsItem ? [f.countsAsItem] : []));
  const readers = features.flatMap((f) => (f.asRead ? [f.asRead] : []));
  // Rows with equal facet values share one array (shared-lists.ts): a session of 100,000 letters holds millions.
  const lists = sharedLists();
  return {
    columns,
    columnById: new Map(columns.map((c) => [c.id, c])),
    facets,
    facetIndex: new Map(facets.map((c, i) => [c.id, i])),
    dateRanges: columns.filter((c) => c.dateRange !== null),
    countsAsItem: (row) => row.itemIndex !== null && counters.every((counts) => counts(row)),
    asRead: (row) => (readers.length === 0 ? NONE : Object.assign({}, ...readers.map((read) => read(row)))),
    finish: (row) => {
      row.facetValues = facetValues.map((values) => lists.share(values(row)));
      row.searchText = searchTextOf([...searched.flatMap((search) => search(row)), ...row.searchExtra]);
      return row;
    },
  };
}

const NONE: Readonly<Record<string, string>> = {};

/** Every string among the values (lists flattened), lower-cased, one per line: what the search box looks in. */
function searchTextOf(values: readonly RowValue[]): string {
  const parts: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') parts.push(x);
  }
  return parts.join('\n').toLowerCase();
}
