// The values a row holds of the field catalogue (extract/field-catalogue.ts), typed from the catalogue
// itself: each line's column id and kind give a property and its type, so the row type is never
// written by hand and a field added to the catalogue is a typed property of every row.
import type { Category, Decision, LetterRecord, Necessity, Sex } from '../extract/record.ts';
import { CATEGORIES } from '../extract/record.ts';
import {
  columnIdOf,
  FIELD_CATALOGUE,
  recordValue,
  type CatalogueEntry,
  type CatalogueLine,
  type ColumnIdOf,
  type RowValue,
  type ValueKind,
} from '../extract/field-catalogue.ts';

/** What a value of each kind is in a row: null when the letter did not say (a list: empty). */
export type KindValue<K extends ValueKind> = K extends 'decision'
  ? Decision | null
  : K extends 'necessity'
    ? Necessity | null
    : K extends 'category'
      ? Category | null
      : K extends 'sex'
        ? Sex | null
        : K extends 'age'
          ? number | null
          : K extends 'count'
            ? number
            : K extends 'list' | 'messages' | 'sources'
              ? readonly string[]
              : K extends 'layout'
                ? string
                : string | null;

/** Every catalogue field under its column id, typed by its kind. */
export type CatalogueValues = { [E in CatalogueLine as ColumnIdOf<E>]: KindValue<E['kind']> };

const DECISIONS: readonly string[] = ['Upheld', 'Overturned'];
const NECESSITIES: readonly string[] = ['medically necessary', 'not medically necessary'];
const SEXES: readonly string[] = ['male', 'female'];
const KNOWN: readonly string[] = CATEGORIES;

const oneOf = (v: RowValue, allowed: readonly string[]) => (typeof v === 'string' && allowed.includes(v) ? v : null);
const text = (v: RowValue) => (typeof v === 'string' ? v : null);
const list = (v: RowValue): readonly string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * A value checked against its kind: what a record holds is data (saved by an older engine, corrected,
 * imported), so a value that is not of its kind reads as not found rather than being trusted.
 */
export function valueOfKind(kind: ValueKind, v: RowValue): RowValue {
  switch (kind) {
    case 'decision':
      return oneOf(v, DECISIONS);
    case 'necessity':
      return oneOf(v, NECESSITIES);
    case 'category':
      return oneOf(v, KNOWN);
    case 'sex':
      return oneOf(v, SEXES);
    case 'age':
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    case 'count':
      return typeof v === 'number' ? v : 0;
    case 'list':
    case 'messages':
    case 'sources':
      return list(v);
    case 'layout':
      return text(v) ?? '';
    default:
      return typeof v === 'number' ? String(v) : text(v);
  }
}

/**
 * The catalogue's values for a letter (itemIndex null) or one of its items, each checked against its
 * kind. The one place the catalogue's values meet their derived type (TypeScript cannot follow a loop
 * over the catalogue): every property is set, from the very catalogue the type is derived from, to a
 * value checked against its kind. A catalogue given by a test adds its own fields at run time.
 */
export function catalogueValues(
  record: LetterRecord,
  itemIndex: number | null,
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): CatalogueValues {
  const out: Record<string, RowValue> = {};
  for (const e of catalogue) out[columnIdOf(e)] = valueOfKind(e.kind, recordValue(e, record, itemIndex));
  return out as CatalogueValues;
}

/** A row's values by column id, for code that names columns by id (every catalogue value is a RowValue). */
export const valuesById = (values: CatalogueValues): Readonly<Record<string, RowValue>> => values;
