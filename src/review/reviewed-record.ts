// A letter's record as the reviewer left it: corrected values (with their spans, so the source view
// highlights them like any value read) in place of the values read, and added items after the read
// ones. For the source view only; the record itself is never changed (a newer engine may re-read it).
import type { Field, Item, LetterRecord } from '../extract/record.ts';
import { matchItems } from './match-items.ts';
import { isItemField, type LetterFieldName } from './review-fields.ts';
import type { Correction, LetterReview } from './review-model.ts';

const asField = (c: Correction) => ({ value: c.corrected.value, spans: c.corrected.spans }) as unknown as Field<never>;

export function reviewedRecord(record: LetterRecord, letter: LetterReview | undefined): LetterRecord {
  if (!letter) return record;
  const out: LetterRecord = { ...record, reviewer: { ...record.reviewer }, patient: { ...record.patient } };
  for (const [name, c] of Object.entries(letter.corrections)) {
    if (!c || isItemField(name)) continue;
    const field = name as LetterFieldName;
    if (field === 'licensure' || field === 'specialties') out.reviewer[field] = asField(c);
    else if (field === 'age' || field === 'sex') out.patient[field] = asField(c);
    else out[field] = asField(c);
  }
  const match = matchItems(
    letter,
    record.items.map((i) => i.request.value),
  );
  out.items = record.items.map((item, index) => {
    const review = match.byIndex.get(index)?.review;
    if (!review) return item;
    const next: Item = { ...item };
    for (const [name, c] of Object.entries(review.corrections))
      if (c && isItemField(name)) (next as unknown as Record<string, Field<unknown>>)[name] = asField(c);
    return next;
  });
  for (const { review } of match.added) {
    const request = review.corrections.request;
    const block = request?.corrected.spans[0] ?? { start: 0, end: 0 };
    const none = { value: null, spans: [] };
    const item: Item = {
      request: request ? asField(request) : none,
      originalRequest: none,
      decision: none,
      category: none,
      drugClass: none,
      compounded: none,
      claimsAdministratorGuideline: none,
      reviewerGuideline: none,
      citations: [],
      rationale: none,
      necessity: none,
      block,
    };
    for (const [name, c] of Object.entries(review.corrections))
      if (c && isItemField(name)) (item as unknown as Record<string, Field<unknown>>)[name] = asField(c);
    out.items.push(item);
  }
  return out;
}
