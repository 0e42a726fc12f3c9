// Which values of a record a reviewer can correct, what kind of value each is, and how a typed (or
// selected) value is checked before it becomes a correction. Labels and kinds are the field
// catalogue's (extract/field-catalogue.ts), so the source view, the table and the exports agree.
import { CATEGORIES, type Field, type Item, type LetterRecord } from '../extract/record.ts';
import { FIELD_CATALOGUE, fieldOf } from '../extract/field-catalogue.ts';
import { parseDate } from '../extract/dates.ts';

export type FieldKind = 'text' | 'date' | 'decision' | 'necessity' | 'category' | 'sex' | 'age' | 'list';

/** The fields named, with the field catalogue's label and kind (one spelling everywhere). */
function fromCatalogue<K extends string>(
  level: 'letter' | 'item',
  keys: readonly K[],
): Readonly<Record<K, { label: string; kind: FieldKind }>> {
  const byKey = new Map(FIELD_CATALOGUE.filter((e) => e.grounded && e.level === level).map((e) => [e.key, e]));
  return Object.fromEntries(
    keys.map((key) => {
      const entry = byKey.get(key);
      if (!entry) throw new Error(`no ${level} field ${key} in the field catalogue`);
      return [key, { label: entry.label, kind: entry.kind as FieldKind }];
    }),
  ) as Record<K, { label: string; kind: FieldKind }>;
}

/** Fields of one disputed item a reviewer may correct (the rationale is read whole, not corrected). */
export const ITEM_FIELDS = fromCatalogue('item', [
  'request',
  'originalRequest',
  'decision',
  'category',
  'claimsAdministratorGuideline',
  'reviewerGuideline',
  'necessity',
] as const);

/** Fields of the letter as a whole a reviewer may correct. */
export const LETTER_FIELDS = fromCatalogue('letter', [
  'caseNumber',
  'priority',
  'dateAssigned',
  'dateOfInjury',
  'decisionDate',
  'urDenialDate',
  'applicationReceived',
  'licensure',
  'specialties',
  'age',
  'sex',
  'diagnoses',
] as const);

export type ItemFieldName = keyof typeof ITEM_FIELDS;
export type LetterFieldName = keyof typeof LETTER_FIELDS;
export type FieldName = ItemFieldName | LetterFieldName;

export const isItemField = (name: string): name is ItemFieldName => name in ITEM_FIELDS;
export const isLetterField = (name: string): name is LetterFieldName => name in LETTER_FIELDS;

export function fieldInfo(name: FieldName): { label: string; kind: FieldKind } {
  return isItemField(name) ? ITEM_FIELDS[name] : LETTER_FIELDS[name];
}

/** A corrected value: what the exports write and the table shows. */
export type FieldValue = string | number | string[];

export type Validated = { ok: true; value: FieldValue } | { ok: false; message: string };

/** The values a field of these kinds may take: corrected from a pick-list, and checked against it when typed. */
export const ALLOWED_VALUES: Partial<Record<FieldKind, readonly string[]>> = {
  decision: ['Upheld', 'Overturned'],
  necessity: ['medically necessary', 'not medically necessary'],
  category: CATEGORIES,
  sex: ['male', 'female'],
};

const oneOf = (raw: string, allowed: readonly string[], what: string): Validated => {
  const found = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  return found ? { ok: true, value: found } : { ok: false, message: `Not a known ${what}: use one of ${allowed.join(', ')}.` };
};

/**
 * A raw value (typed, or the words of a selection) checked and normalised for its field: an ISO date
 * (a date as letters write it is read too), a known decision, necessity, category or sex, a whole age,
 * a list split at semicolons or commas, or any text that is not blank.
 */
export function validateValue(name: FieldName, raw: string): Validated {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, message: 'The value is empty: type it, or select its words in the letter.' };
  switch (fieldInfo(name).kind) {
    case 'date': {
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? isoDate(text) : parseDate(text);
      return iso ? { ok: true, value: iso } : { ok: false, message: 'Not a date: write it as yyyy-mm-dd.' };
    }
    case 'decision':
    case 'necessity':
    case 'category':
    case 'sex':
      return oneOf(text, ALLOWED_VALUES[fieldInfo(name).kind]!, fieldInfo(name).kind);
    case 'age': {
      const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
      return n >= 0 && n <= 120 ? { ok: true, value: n } : { ok: false, message: 'Not an age: write a whole number of years.' };
    }
    case 'list': {
      const parts = text
        .split(/\s*[;,]\s*/)
        .map((p) => p.trim())
        .filter(Boolean);
      return parts.length > 0
        ? { ok: true, value: parts }
        : { ok: false, message: 'The list is empty: separate its values with semicolons.' };
    }
    case 'text':
      return { ok: true, value: text };
  }
}

/** A yyyy-mm-dd string that names a real day, or null. */
function isoDate(s: string): string | null {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? s : null;
}

/** The value as the engine read it, with its spans, for a letter field. */
export function letterFieldAsRead(record: LetterRecord, name: LetterFieldName): Field<unknown> {
  const entry = FIELD_CATALOGUE.find((e) => e.level === 'letter' && e.key === name)!;
  return fieldOf(entry, record);
}

export const itemFieldAsRead = (item: Item, name: ItemFieldName) => item[name];

/** A value for display and CSV: lists joined by "; ". */
export const valueText = (value: FieldValue | null | undefined): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
