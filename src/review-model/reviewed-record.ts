// A letter's record as the reviewer left it: corrected values (with their spans, so the source view
// highlights them like any value read) in place of the values read, each placed at its field's path
// in the field catalogue ('reviewer.licensure', a new 'reviewer.name'), and added items after the
// read ones. For the source view only; the record itself is never changed (a newer engine may re-read it).
import { emptyItem } from '../extract/extract-letter.ts';
import { correctableEntry, withValueAt } from '../extract/field-catalogue.ts';
import type { Item, LetterRecord } from '../extract/record.ts';
import { matchItems } from './match-items.ts';
import type { Correction, LetterReview } from './review-model.ts';

const asField = (c: Correction) => ({ value: c.corrected.value, spans: c.corrected.spans });

/** `into` with each correction placed at its field's catalogue path (corrections of another level, or of no field, are left). */
function corrected<T extends object>(level: 'letter' | 'item', into: T, corrections: Partial<Record<string, Correction>>): T {
  let out = into;
  for (const [name, c] of Object.entries(corrections)) {
    const entry = correctableEntry(level, name);
    if (c && entry) out = withValueAt(out, entry.path, asField(c));
  }
  return out;
}

export function reviewedRecord(record: LetterRecord, letter: LetterReview | undefined): LetterRecord {
  if (!letter) return record;
  const out = corrected('letter', record, letter.corrections);
  const match = matchItems(
    letter,
    record.items.map((i) => i.request.value),
  );
  const items: Item[] = record.items.map((item, index) => {
    const review = match.byIndex.get(index)?.review;
    return review ? corrected('item', item, review.corrections) : item;
  });
  for (const { review } of match.added) {
    const request = review.corrections.request;
    const block = request?.corrected.spans[0] ?? { start: 0, end: 0 };
    items.push(corrected('item', { ...emptyItem(), block }, review.corrections));
  }
  return { ...out, items };
}
