// The review as a row feature: the reviewer's work laid over the rows read from the letters (each item
// row gets its review state, its corrected values with the value as read kept beside, its notes and
// why it needs attention; items the reviewer added become rows; the letter's own corrections show on
// each of its rows), and the columns the review contributes (review-columns.ts). Worked out per letter
// and kept while neither the letter's rows nor its review changed. Pure: no React, no DOM.
import type { LetterRecord } from '../extract/record.ts';
import { columnIdOf, FIELD_CATALOGUE, itemEntriesOf, type RowValue } from '../extract/field-catalogue.ts';
import { valueOfKind, valuesById, type CatalogueValues } from '../rows/catalogue-values.ts';
import type { ItemRow } from '../rows/item-rows.ts';
import type { RowPipeline } from '../rows/row-pipeline.ts';
import { letterAttentionOf } from './attention.ts';
import { matchItems, type ItemMatch } from './match-items.ts';
import { itemStatus, type ItemRef, type ItemReview, type LetterReview, type ReviewState } from './review-model.ts';
import { NO_ROW_REVIEW, type RowReview } from './row-review.ts';

/** What the review adds to a row. */
export interface ReviewRowFields {
  /** The reviewer's work on this row. */
  readonly review: RowReview;
  /** Why the row needs attention, what the review has not yet dealt with (attention.ts); empty when it does not. */
  readonly attention: readonly string[];
}

/** A row with the review laid over it. */
export type ReviewedRow = ItemRow & ReviewRowFields;

/** What a row carries of the review before it is laid over (rows as read). */
export const UNREVIEWED: ReviewRowFields = { review: NO_ROW_REVIEW, attention: [] };

/** Each grounded field of the catalogue by its key (the review's name for a correction). */
const CORRECTABLE = new Map(FIELD_CATALOGUE.filter((e) => e.grounded).map((e) => [e.key, e]));

/** An added item's own values before its corrections: none read (every item field of the catalogue empty). */
const NO_ITEM_VALUES: Readonly<Record<string, RowValue>> = Object.fromEntries(
  itemEntriesOf().map((e) => [columnIdOf(e), valueOfKind(e.kind, null)]),
);

/** Lays a review over rows (made by `reviewRows`). */
export type ApplyReview<R extends ReviewedRow> = (
  rows: readonly R[],
  records: Readonly<Record<string, LetterRecord>>,
  review: ReviewState,
) => R[];

/**
 * The review's row transform for a pipeline: rows with the review laid over them, finished by the
 * pipeline (their facets and search follow the review). Each letter's rows are kept while its rows
 * as read and its review are the same.
 */
export function reviewRows<R extends ReviewedRow>(pipeline: RowPipeline<R>): ApplyReview<R> {
  const cache = new WeakMap<R, { review: LetterReview | undefined; count: number; rows: R[] }>();
  return (rows, records, review) => {
    const out: R[] = [];
    let i = 0;
    while (i < rows.length) {
      const first = rows[i]!;
      let j = i + 1;
      while (j < rows.length && rows[j]!.fileId === first.fileId) j++;
      const letterReview = review.letters[first.fileId];
      const cached = cache.get(first);
      let own: R[];
      if (cached && cached.review === letterReview && cached.count === j - i) own = cached.rows;
      else {
        own = reviewLetterRows(pipeline, rows.slice(i, j), records[first.fileId], letterReview);
        cache.set(first, { review: letterReview, count: j - i, rows: own });
      }
      for (const row of own) out.push(row);
      i = j;
    }
    return out;
  };
}

/** The review key of the item at `index`: the one its review is kept under, or a free one for a new review. */
export function itemKeyAt(match: ItemMatch, letter: LetterReview | undefined, index: number): string {
  const found = match.byIndex.get(index);
  if (found) return found.key;
  let key = String(index);
  for (let n = 2; letter && key in letter.items; n++) key = `${index}@${n}`;
  return key;
}

/** The ItemRef of a row: what review actions on it need. */
export function itemRefOf(row: ReviewedRow): ItemRef | null {
  if (row.itemIndex === null || row.review.key === null) return null;
  return { sha256: row.fileId, file: row.values.file ?? '', key: row.review.key, index: row.itemIndex, request: row.review.requestAsRead };
}

function reviewLetterRows<R extends ReviewedRow>(
  pipeline: RowPipeline<R>,
  rows: R[],
  record: LetterRecord | undefined,
  letter: LetterReview | undefined,
): R[] {
  const match = matchItems(letter, record?.items.map((item) => item.request.value) ?? []);
  // The one rule of "needs attention" (attention.ts): what each row still shows after the review.
  const attention = record ? letterAttentionOf(record, letter) : null;
  const reasons = (row: ItemRow) => attention?.reasons(row.itemIndex) ?? [];
  const out: R[] = [];
  for (const row of rows) {
    if (row.itemIndex === null && match.added.length > 0) continue; // its added items stand for the letter
    const key = row.itemIndex === null ? null : itemKeyAt(match, letter, row.itemIndex);
    const review = key === null ? undefined : (letter?.items[key] ?? undefined);
    out.push(reviewedRow(pipeline, row, letter, key, review, row.values.request, reasons(row)));
  }
  const base = rows[0]!;
  for (const { key, review } of match.added) {
    const added: R = {
      ...base,
      values: { ...base.values, ...NO_ITEM_VALUES },
      id: `${base.fileId}:${key}`,
      itemIndex: review.index,
      note: null,
      searchExtra: [],
    };
    out.push(reviewedRow(pipeline, added, letter, key, review, null, reasons(added)));
  }
  return out;
}

const textOf = (v: RowValue | undefined): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v));

function reviewedRow<R extends ReviewedRow>(
  pipeline: RowPipeline<R>,
  row: R,
  letter: LetterReview | undefined,
  key: string | null,
  item: ItemReview | undefined,
  requestAsRead: string | null,
  attention: readonly string[],
): R {
  let values: CatalogueValues = row.values;
  const asRead: Record<string, string> = {};
  const typed: string[] = [];
  const corrections = { ...(letter?.corrections ?? {}), ...(item?.corrections ?? {}) };
  for (const [field, correction] of Object.entries(corrections)) {
    const entry = CORRECTABLE.get(field);
    if (!entry || !correction) continue;
    const id = columnIdOf(entry);
    asRead[id] = textOf(valuesById(values)[id]);
    values = { ...values, [id]: valueOfKind(entry.kind, correction.corrected.value) };
    if (correction.typed) typed.push(id);
  }
  const review: RowReview = {
    key,
    status: key === null ? 'unreviewed' : itemStatus(item),
    asRead,
    typed,
    note: item?.note ?? '',
    letterNote: letter?.note ?? '',
    added: item?.added ?? false,
    requestAsRead,
  };
  return pipeline.finish({ ...row, values, review, attention, searchText: '', facetValues: [] });
}
