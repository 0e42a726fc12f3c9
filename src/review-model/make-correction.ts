// A correction from what the reviewer did: selected words of the letter (grounded: the selection's
// span, trimmed of surrounding space) or a typed value (no source). Either is validated for its field.
import type { Field, Span } from '../extract/record.ts';
import { validateValue, type FieldName, type FieldValue } from './review-fields.ts';
import type { Correction } from './review-model.ts';

export type CorrectionInput = { kind: 'selection'; text: string; span: Span } | { kind: 'typed'; raw: string };

export type CorrectionResult = { ok: true; correction: Correction } | { ok: false; message: string };

/** The selection [start, end) of `text` without the white space at either end (null when only space). */
export function trimSelection(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function makeCorrection(field: FieldName, asRead: Field<unknown>, input: CorrectionInput, now = new Date()): CorrectionResult {
  const at = now.toISOString();
  const read = { value: (asRead.value ?? null) as FieldValue | null, spans: asRead.spans };
  if (input.kind === 'typed') {
    const valid = validateValue(field, input.raw);
    if (!valid.ok) return valid;
    return { ok: true, correction: { asRead: read, corrected: { value: valid.value, spans: [] }, typed: true, at } };
  }
  const span = trimSelection(input.text, input.span);
  if (!span) return { ok: false, message: 'Select the words of the value in the letter first.' };
  const valid = validateValue(field, input.text.slice(span.start, span.end));
  if (!valid.ok) return valid;
  return { ok: true, correction: { asRead: read, corrected: { value: valid.value, spans: [span] }, typed: false, at } };
}
