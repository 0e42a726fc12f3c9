// Which values of a record a reviewer can correct, what kind of value each is, and how a typed (or
// selected) value is checked before it becomes a correction. The fields, their labels and kinds are
// the field catalogue's (extract/field-catalogue.ts: every grounded field not marked `correctable:
// false`), so a field added there is correctable, and the source view, the table and the exports agree.
import { CATEGORIES, DRUG_CLASSES, type Field, type Item, type LetterRecord } from '../extract/record.ts';
import { correctableEntry, FIELD_CATALOGUE, fieldOf, flagText, type CorrectableKey, type ValueKind } from '../extract/field-catalogue.ts';
import { parseDate } from '../extract/dates.ts';

export type FieldKind = 'text' | 'date' | 'decision' | 'necessity' | 'category' | 'drugClass' | 'flag' | 'sex' | 'age' | 'list';

/** The fields a reviewer may correct at a level: every grounded field of the catalogue but those read whole. */
function fromCatalogue(level: 'letter' | 'item'): Readonly<Record<string, { label: string; kind: FieldKind }>> {
  return Object.fromEntries(
    FIELD_CATALOGUE.filter((e) => correctableEntry(level, e.key) === e).map((e) => [e.key, { label: e.label, kind: fieldKind(e.kind) }]),
  );
}

/** A grounded field's kind (the catalogue's grounded kinds are the correctable ones). */
function fieldKind(kind: ValueKind): FieldKind {
  switch (kind) {
    case 'text':
    case 'date':
    case 'decision':
    case 'necessity':
    case 'category':
    case 'drugClass':
    case 'flag':
    case 'sex':
    case 'age':
    case 'list':
      return kind;
    default:
      throw new Error(`a grounded field of kind ${kind}`);
  }
}

/** Fields of one disputed item a reviewer may correct (the rationale is read whole, not corrected), by key. */
export const ITEM_FIELDS = fromCatalogue('item');

/** Fields of the letter as a whole a reviewer may correct, by key. */
export const LETTER_FIELDS = fromCatalogue('letter');

export type ItemFieldName = CorrectableKey<'item'>;
export type LetterFieldName = CorrectableKey<'letter'>;
export type FieldName = ItemFieldName | LetterFieldName;

export const isItemField = (name: string): name is ItemFieldName => correctableEntry('item', name) !== undefined;
export const isLetterField = (name: string): name is LetterFieldName => correctableEntry('letter', name) !== undefined;

export function fieldInfo(name: FieldName): { label: string; kind: FieldKind } {
  const entry = correctableEntry('item', name) ?? correctableEntry('letter', name);
  if (!entry) throw new Error(`no correctable field ${name} in the field catalogue`);
  return { label: entry.label, kind: fieldKind(entry.kind) };
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
  drugClass: DRUG_CLASSES,
  flag: ['yes', 'no'],
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
    case 'drugClass':
      return oneOf(text, ALLOWED_VALUES.drugClass!, 'drug class');
    case 'flag':
      return oneOf(text, ALLOWED_VALUES.flag!, 'answer');
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

/** The value as the engine read it, with its spans, for a letter field (at the catalogue's path). */
export function letterFieldAsRead(record: LetterRecord, name: LetterFieldName): Field<unknown> {
  const entry = correctableEntry('letter', name);
  return entry ? fieldOf(entry, record) : { value: null, spans: [] };
}

/** The value as the engine read it, with its spans, for an item field (at the catalogue's path). */
export function itemFieldAsRead(item: Item, name: ItemFieldName): Field<unknown> {
  const entry = correctableEntry('item', name);
  const field = entry ? fieldOf(entry, item) : { value: null, spans: [] };
  // A flag as the table shows it: yes or no.
  return typeof field.value === 'boolean' ? { ...field, value: flagText(field.value) } : field;
}

/** A value for display and CSV: lists joined by "; ". */
export const valueText = (value: FieldValue | null | undefined): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
