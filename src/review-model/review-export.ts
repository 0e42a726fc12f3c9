// What the exports carry of the review. JSON: each record with its review — every item's state and
// note, and for each corrected field the value as read with its spans, the value as corrected with its
// spans (or source "typed"), and when; items the reviewer added, and "not an item" ones kept, marked.
// CSV: beside each corrected column, the value as read (see export/export-table.ts).
import type { LetterRecord } from '../extract/record.ts';
import { matchItems } from './match-items.ts';
import type { FieldName } from './review-fields.ts';
import { itemStatus, type Correction, type ItemReview, type ReviewState, type ReviewStatus } from './review-model.ts';

export interface ExportedCorrection {
  asRead: Correction['asRead'];
  corrected: Correction['corrected'] & { source: 'letter' | 'typed' };
  at: string;
}

export interface ExportedItemReview {
  state: ReviewStatus;
  note: string;
  corrections: Partial<Record<FieldName, ExportedCorrection>>;
}

function exportCorrections(corrections: Partial<Record<FieldName, Correction>>): Partial<Record<FieldName, ExportedCorrection>> {
  const out: Partial<Record<FieldName, ExportedCorrection>> = {};
  for (const [name, c] of Object.entries(corrections)) {
    if (!c) continue;
    out[name as FieldName] = { asRead: c.asRead, corrected: { ...c.corrected, source: c.typed ? 'typed' : 'letter' }, at: c.at };
  }
  return out;
}

const itemReview = (r: ItemReview | undefined): ExportedItemReview => ({
  state: itemStatus(r),
  note: r?.note ?? '',
  corrections: exportCorrections(r?.corrections ?? {}),
});

/** A record as exported: the record read, with `review` on it and on each of its items, and the items added. */
export function recordWithReview(record: LetterRecord, review: ReviewState) {
  const letter = review.letters[record.sha256];
  const match = matchItems(
    letter,
    record.items.map((i) => i.request.value),
  );
  return {
    ...record,
    items: record.items.map((item, index) => ({ ...item, review: itemReview(match.byIndex.get(index)?.review) })),
    addedItems: match.added.map(({ review: r }) => ({ review: itemReview(r) })),
    review: { note: letter?.note ?? '', corrections: exportCorrections(letter?.corrections ?? {}) },
  };
}
