// Which values of a record a reviewer can correct, what kind of value each is, and how a typed (or
// selected) value is checked before it becomes a correction. One table, so the source view, the
// validation and the exports agree on the names.
import { CATEGORIES, type Item, type LetterRecord } from '../extract/record.ts';
import { parseDate } from '../extract/dates.ts';

export type FieldKind = 'text' | 'date' | 'decision' | 'necessity' | 'category' | 'sex' | 'age' | 'list';

/** Fields of one disputed item a reviewer may correct. */
export const ITEM_FIELDS = {
  request: { label: 'Request', kind: 'text' },
  originalRequest: { label: 'Original request', kind: 'text' },
  decision: { label: 'Decision', kind: 'decision' },
  category: { label: 'Category', kind: 'category' },
  claimsAdministratorGuideline: { label: 'Claims administrator guideline', kind: 'text' },
  reviewerGuideline: { label: 'Reviewer guideline', kind: 'text' },
  necessity: { label: 'Necessity', kind: 'necessity' },
} as const satisfies Record<string, { label: string; kind: FieldKind }>;

/** Fields of the letter as a whole a reviewer may correct. */
export const LETTER_FIELDS = {
  caseNumber: { label: 'Case number', kind: 'text' },
  priority: { label: 'Priority', kind: 'text' },
  dateAssigned: { label: 'Date assigned', kind: 'date' },
  dateOfInjury: { label: 'Date of injury', kind: 'date' },
  decisionDate: { label: 'Decision date', kind: 'date' },
  urDenialDate: { label: 'UR denial date', kind: 'date' },
  applicationReceived: { label: 'Application received', kind: 'date' },
  licensure: { label: 'Reviewer licensure', kind: 'list' },
  specialties: { label: 'Reviewer specialty', kind: 'list' },
  age: { label: 'Patient age', kind: 'age' },
  sex: { label: 'Patient sex', kind: 'sex' },
  diagnoses: { label: 'Diagnoses', kind: 'list' },
} as const satisfies Record<string, { label: string; kind: FieldKind }>;

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
      return oneOf(text, ['Upheld', 'Overturned'], 'decision');
    case 'necessity':
      return oneOf(text, ['medically necessary', 'not medically necessary'], 'necessity');
    case 'category':
      return oneOf(text, CATEGORIES, 'category');
    case 'sex':
      return oneOf(text, ['male', 'female'], 'sex');
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
export function letterFieldAsRead(record: LetterRecord, name: LetterFieldName) {
  switch (name) {
    case 'licensure':
    case 'specialties':
      return record.reviewer[name];
    case 'age':
    case 'sex':
      return record.patient[name];
    default:
      return record[name];
  }
}

export const itemFieldAsRead = (item: Item, name: ItemFieldName) => item[name];

/** A value for display and CSV: lists joined by "; ". */
export const valueText = (value: FieldValue | null | undefined): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
