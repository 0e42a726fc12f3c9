// What the exports carry of the review. JSON: each record as reviewed — every field's `value` is the
// reviewed one (a script reading `items[0].request.value` gets the correction), and a corrected field
// keeps the value the engine read beside it (`asRead`, with its spans); each item its review (state,
// note, and per corrected field as read, as corrected with its spans or source "typed", and when);
// items the reviewer added (with their values), and "not an item" ones kept, marked; each problem the
// review dealt with marked `resolved` (attention.ts). CSV: beside each corrected column, the value as
// read (rows/csv-schema.ts).
import { emptyItem } from '../extract/extract-letter.ts';
import { correctableEntry, fieldOf, withValueAt } from '../extract/field-catalogue.ts';
import type { Field, LetterRecord } from '../extract/record.ts';
import { letterAttentionOf } from './attention.ts';
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

/** A field as exported once corrected: the reviewed value and its spans, the value read beside it. */
export type ReviewedField<T> = Field<T> & { asRead?: Field<T> };

/**
 * `into` with each correction placed at its field's catalogue path: `value` and `spans` the reviewer's,
 * `asRead` the field as the engine read it (its OCR confidence with it: it is about the words read).
 */
function withCorrections<T extends object>(level: 'letter' | 'item', into: T, corrections: Partial<Record<string, Correction>>): T {
  let out = into;
  for (const [name, c] of Object.entries(corrections)) {
    const entry = correctableEntry(level, name);
    if (!c || !entry) continue;
    const read = fieldOf(entry, into);
    const field: ReviewedField<unknown> = { value: c.corrected.value, spans: c.corrected.spans, asRead: read };
    out = withValueAt(out, entry.path, field);
  }
  return out;
}

/**
 * A record as exported: every value the reviewed one (corrected fields with `asRead` beside them),
 * `review` on it and on each of its items, the items added (their values and review), and the
 * problems the review resolved marked so.
 */
export function recordWithReview(record: LetterRecord, review: ReviewState) {
  const letter = review.letters[record.sha256];
  const match = matchItems(
    letter,
    record.items.map((i) => i.request.value),
  );
  const resolved = new Set(letterAttentionOf(record, letter).marks.flatMap((m) => (m.resolved && m.problem !== null ? [m.problem] : [])));
  return {
    ...withCorrections('letter', record, letter?.corrections ?? {}),
    problems: record.problems.map((p, i) => (resolved.has(i) ? { ...p, resolved: true } : p)),
    items: record.items.map((item, index) => {
      const r = match.byIndex.get(index)?.review;
      return { ...withCorrections('item', item, r?.corrections ?? {}), review: itemReview(r) };
    }),
    addedItems: match.added.map(({ review: r }) => {
      const block = r.corrections.request?.corrected.spans[0] ?? { start: 0, end: 0 };
      return { ...withCorrections('item', { ...emptyItem(), block }, r.corrections), review: itemReview(r) };
    }),
    review: { note: letter?.note ?? '', corrections: exportCorrections(letter?.corrections ?? {}) },
  };
}
