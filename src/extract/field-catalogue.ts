// The field catalogue: one entry per value a record holds, letter-level or item-level, saying where it
// is in the record, how it is named (one spelling, sentence case: the column header, the CSV header,
// the source view's label and the problems all use it), what kind of value it is, whether it is the
// letter's own words, which layouts state it, and how the table shows it. Everything that lists
// fields reads this list: the not-found checks and the empty record (extract-letter.ts,
// record-outcome.ts), the source view's entries, the table's rows, columns and facets, the one CSV
// schema of the app and the CLI, and the tests. Adding a field: the record type (record.ts), its rule,
// and one line here. Pure data and small pure helpers, so the extractor, a worker and the CLI read it.
import type { Field, Item, LetterRecord, RecordStatus } from './record.ts';
import { KNOWN_LAYOUTS, LAYOUT_UNKNOWN, layoutLabel } from './layouts/index.ts';

/**
 * What a value is. The grounded kinds (a Field with spans) are the ones a reviewer can correct:
 * text, date (ISO yyyy-mm-dd), decision, necessity, category, drug class, sex, age (whole years), list
 * (of texts), flag (true or false, shown as yes or no). The others are worked out from the record: count (of problems), messages (the problems'
 * texts), sources (distinct guideline sources cited), layout (its human name), status (done, needs
 * attention, failed).
 */
export type ValueKind =
  | 'text'
  | 'date'
  | 'decision'
  | 'necessity'
  | 'category'
  | 'drugClass'
  | 'flag'
  | 'sex'
  | 'age'
  | 'list'
  | 'count'
  | 'messages'
  | 'sources'
  | 'layout'
  | 'status';

/** The family a value belongs to in the source view (one colour each). */
export type FieldGroup = 'case' | 'date' | 'reviewer' | 'patient' | 'request' | 'decision' | 'guideline' | 'citation' | 'rationale';

export interface ColumnSettings {
  /** The table column's id and the row property holding the value; the entry's key unless set (kept for saved views). */
  id?: string;
  /** Default width in pixels. */
  width: number;
  /** Shown until the user picks columns (what a reviewer reads first, fitting a 1280-pixel window). */
  visible?: boolean;
  /** A faceted filter in the sidebar, one value (or one per list element) per row, "Not found" when empty. */
  facet?: boolean;
  /** A from/to date-range filter. */
  dateRange?: boolean;
  /** What the facet calls an item without the value, when that is not a miss ("Not a medication"); "Not found" otherwise. */
  emptyFacet?: string;
}

export interface CatalogueEntry {
  /** Stable short name: the review's name for a correction, the table column and row property (see `column.id`). */
  key: string;
  level: 'letter' | 'item';
  /** Where the value is: a dotted path in the LetterRecord (letter) or the Item (item). Problems and source-view entries name fields by it. */
  path: string;
  /** The one spelling, sentence case: column and CSV header, source-view label, problem messages. */
  label: string;
  kind: ValueKind;
  /** A Field with spans (shown in the source view, checked when not found); false for values worked out from the record. */
  grounded: boolean;
  /** The letter's own words (the highlighted text reads as the value); false for normalised values (ISO dates, a category the tool names). */
  verbatim: boolean;
  group: FieldGroup;
  /** The layouts whose letters all state it: only there is it reported when not found (a letter of no known layout: every grounded field). */
  statedIn: readonly string[];
  /** Where in the letter to look when it was not found (ends the not-found message). */
  where: string;
  /** Read best-effort from free text: listed when missing, but its absence alone does not need a human. */
  minor?: boolean;
  /** A grounded field a reviewer may correct (its key names the correction); false for one read whole (the rationale). */
  correctable?: boolean;
  /** The table column (every entry is one). Its header, and the CSV header, is the label. */
  column: ColumnSettings;
}

const EVERY_LAYOUT = KNOWN_LAYOUTS.map((l) => l.id);
/** The layouts that state a field: each layout names the fields it states (layouts/layout.ts `states`). */
const layoutsStating = (key: string): readonly string[] => KNOWN_LAYOUTS.filter((l) => l.states.includes(key)).map((l) => l.id);
const NOT_STATED: readonly string[] = [];
/** The drug class and compounding of an item of another category: none, rightly. */
export const NOT_A_MEDICATION = 'Not a medication';

type Grounded = Pick<CatalogueEntry, 'key' | 'path' | 'label' | 'kind' | 'verbatim' | 'group' | 'where' | 'column'> &
  Partial<Pick<CatalogueEntry, 'minor' | 'correctable'>>;
type Derived = Pick<CatalogueEntry, 'key' | 'path' | 'label' | 'kind' | 'column'>;

// Generic over the line (`const`): the catalogue keeps each line's key, column id and kind as literal
// types, from which the row type is derived (rows/item-rows.ts).
const letter = <const E extends Grounded>(e: E) => ({
  level: 'letter' as const,
  grounded: true as const,
  statedIn: layoutsStating(e.key),
  ...e,
});
const item = <const E extends Grounded>(e: E) => ({
  level: 'item' as const,
  grounded: true as const,
  statedIn: layoutsStating(e.key),
  ...e,
});
const worked = <const L extends 'letter' | 'item', const E extends Derived>(level: L, e: E) => ({
  level,
  grounded: false as const,
  verbatim: false as const,
  group: 'case' as const,
  statedIn: NOT_STATED,

  where: '',
  ...e,
});

/** In the table's default column order (after the review state, which is the reviewer's, not the record's). */
// prettier-ignore
const FIELD_LINES = [
  item({ key: 'decision', path: 'decision', label: 'Decision', kind: 'decision', verbatim: true, group: 'decision', where: "the item's heading or outcome sentence", column: { width: 118, visible: true, facet: true } }),
  item({ key: 'request', path: 'request', label: 'Request', kind: 'text', verbatim: true, group: 'request', where: "the item's heading", column: { width: 260, visible: true } }),
  item({ key: 'category', path: 'category', label: 'Category', kind: 'category', verbatim: false, group: 'request', where: 'the request', column: { width: 130, visible: true, facet: true } }),
  item({ key: 'drugClass', path: 'drugClass', label: 'Drug class', kind: 'drugClass', verbatim: false, group: 'request', where: "the medication's name and form, its guideline section or its rationale", column: { width: 140, facet: true, emptyFacet: NOT_A_MEDICATION } }),
  item({ key: 'compounded', path: 'compounded', label: 'Compounded', kind: 'flag', verbatim: false, group: 'request', where: "the medication's name and form", column: { width: 110, facet: true, emptyFacet: NOT_A_MEDICATION } }),
  letter({ key: 'caseNumber', path: 'caseNumber', label: 'Case number', kind: 'text', verbatim: true, group: 'case', where: 'the top of the letter', column: { width: 122, visible: true } }),
  letter({ key: 'decisionDate', path: 'decisionDate', label: 'Decision date', kind: 'date', verbatim: false, group: 'date', where: "the letter's header", column: { width: 116, visible: true, dateRange: true } }),
  letter({ key: 'specialties', path: 'reviewer.specialties', label: 'Reviewer specialty', kind: 'list', verbatim: true, group: 'reviewer', where: "the reviewer's credentials", column: { width: 118, visible: true, facet: true } }),
  worked('letter', { key: 'warnings', path: 'problems', label: 'Warnings', kind: 'count', column: { width: 86, visible: true } }),
  worked('letter', { key: 'file', path: 'file', label: 'File', kind: 'text', column: { width: 200 } }),
  letter({ key: 'licensure', path: 'reviewer.licensure', label: 'Reviewer licensure', kind: 'list', verbatim: true, group: 'reviewer', where: "the reviewer's credentials", column: { width: 140, facet: true } }),
  letter({ key: 'age', path: 'patient.age', label: 'Patient age', kind: 'age', verbatim: false, group: 'patient', where: 'the case summary', column: { width: 96 } }),
  letter({ key: 'sex', path: 'patient.sex', label: 'Patient sex', kind: 'sex', verbatim: false, group: 'patient', where: 'the case summary', column: { width: 96, facet: true } }),
  letter({ key: 'dateOfInjury', path: 'dateOfInjury', label: 'Date of injury', kind: 'date', verbatim: false, group: 'date', where: "the letter's header and the case summary", column: { width: 116, dateRange: true } }),
  letter({ key: 'priority', path: 'priority', label: 'Priority', kind: 'text', verbatim: true, group: 'case', where: "the letter's header", column: { width: 100, facet: true } }),
  letter({ key: 'dateAssigned', path: 'dateAssigned', label: 'Date assigned', kind: 'date', verbatim: false, group: 'date', where: "the letter's header", column: { width: 116 } }),
  letter({ key: 'urDenialDate', path: 'urDenialDate', label: 'UR denial date', kind: 'date', verbatim: false, group: 'date', where: "the letter's header", column: { width: 116 } }),
  letter({ key: 'applicationReceived', path: 'applicationReceived', label: 'Application received', kind: 'date', verbatim: false, group: 'date', where: "the letter's header", column: { width: 140 } }),
  letter({ key: 'diagnoses', path: 'diagnoses', label: 'Diagnoses', kind: 'list', verbatim: true, group: 'patient', where: 'the case summary', minor: true, column: { width: 220 } }),
  item({ key: 'originalRequest', path: 'originalRequest', label: 'Original request', kind: 'text', verbatim: true, group: 'request', where: 'the partial authorization', column: { width: 220 } }),
  worked('item', { key: 'guidelines', path: 'citations', label: 'Guidelines', kind: 'sources', column: { width: 130 } }),
  item({ key: 'claimsAdministratorGuideline', path: 'claimsAdministratorGuideline', label: 'Claims administrator guideline', kind: 'text', verbatim: true, group: 'guideline', where: "the item's guideline sections", column: { id: 'claimsGuideline', width: 220 } }),
  item({ key: 'reviewerGuideline', path: 'reviewerGuideline', label: 'Reviewer guideline', kind: 'text', verbatim: true, group: 'guideline', where: "the item's guideline sections", column: { width: 220 } }),
  item({ key: 'necessity', path: 'necessity', label: 'Necessity', kind: 'necessity', verbatim: false, group: 'decision', where: "the end of the item's rationale (medically necessary or not)", column: { width: 180 } }),
  item({ key: 'rationale', path: 'rationale', label: 'Rationale', kind: 'text', verbatim: true, group: 'rationale', where: 'the item in the letter', correctable: false, column: { width: 320 } }),
  worked('letter', { key: 'layout', path: 'layout', label: 'Layout', kind: 'layout', column: { width: 120, facet: true } }),
  worked('letter', { key: 'status', path: 'status', label: 'Status', kind: 'status', column: { width: 120 } }),
  worked('letter', { key: 'problems', path: 'problems', label: 'Problems', kind: 'messages', column: { width: 320 } }),
] as const satisfies readonly CatalogueEntry[];

export const FIELD_CATALOGUE: readonly CatalogueEntry[] = FIELD_LINES;

/** One line of the catalogue, with its literal key, column and kind. */
export type CatalogueLine = (typeof FIELD_LINES)[number];
/** The table column id (and row property) of a line: its `column.id`, else its key. */
export type ColumnIdOf<E> = E extends { column: { id: infer I extends string } }
  ? I
  : E extends { key: infer K extends string }
    ? K
    : never;
/** Every catalogue field's column id. */
export type CatalogueColumnId = ColumnIdOf<CatalogueLine>;
/** The keys of the fields a reviewer may correct at a level (grounded, not marked `correctable: false`). */
export type CorrectableKey<L extends 'letter' | 'item'> = Exclude<
  Extract<CatalogueLine, { level: L; grounded: true }>,
  { correctable: false }
>['key'];

/** A grounded field a reviewer may correct, by its key, at a level (undefined for any other key). */
export function correctableEntry(level: 'letter' | 'item', key: string, catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE) {
  return catalogue.find((e) => e.level === level && e.grounded && e.correctable !== false && e.key === key);
}

/** The table column id (and row property) of an entry. */
export const columnIdOf = (e: CatalogueEntry): string => e.column.id ?? e.key;

export const letterEntriesOf = (catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE) => catalogue.filter((e) => e.level === 'letter');
export const itemEntriesOf = (catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE) => catalogue.filter((e) => e.level === 'item');
export const groundedEntries = (catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE) => catalogue.filter((e) => e.grounded);

/** The value at a dotted path ('reviewer.licensure'), undefined when a step is missing. */
export function valueAtPath(from: unknown, path: string): unknown {
  let at: unknown = from;
  for (const step of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/**
 * A copy of `from` with `value` at a dotted path ('reviewer.name'), the objects on the way copied (or
 * made) and the rest shared: how a correction is placed in a record, by the catalogue's path.
 */
export function withValueAt<T extends object>(from: T, path: string, value: unknown): T {
  const [step, ...rest] = path.split('.');
  const copy = { ...from };
  const inner: unknown = Reflect.get(copy, step!);
  Reflect.set(
    copy,
    step!,
    rest.length === 0 ? value : withValueAt(typeof inner === 'object' && inner !== null ? inner : {}, rest.join('.'), value),
  );
  return copy;
}

/** Sets the value at a dotted path, making the objects on the way. */
export function setAtPath(into: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let at = into;
  for (const step of steps.slice(0, -1)) {
    if (typeof at[step] !== 'object' || at[step] === null) at[step] = {};
    at = at[step] as Record<string, unknown>;
  }
  at[steps[steps.length - 1]!] = value;
}

const isField = (x: unknown): x is Field<unknown> => typeof x === 'object' && x !== null && 'value' in x && 'spans' in x;

/** A grounded entry's Field in a record (letter level) or an item (item level); a missing one reads as not found. */
export function fieldOf(entry: CatalogueEntry, from: LetterRecord | Item | object): Field<unknown> {
  const at = valueAtPath(from, entry.path);
  return isField(at) ? at : { value: null, spans: [] };
}

/** A value as the table, the CSV and the search hold it: a list of texts, a text, a number, or null (not found). */
export type RowValue = string | number | readonly string[] | null;

/**
 * The value of an entry for a letter (letter level) or one of its items (item level; null when the row
 * is the letter's own, with no item): a grounded field's value, or the value worked out from the record.
 */
export function recordValue(entry: CatalogueEntry, record: LetterRecord, itemIndex: number | null): RowValue {
  const item = itemIndex === null ? undefined : record.items[itemIndex];
  const from = entry.level === 'letter' ? record : item;
  if (from === undefined) return entry.kind === 'list' || entry.kind === 'sources' ? [] : null;
  if (entry.grounded) {
    const value = fieldOf(entry, from).value;
    if (value === null || value === undefined) return entry.kind === 'list' ? [] : null;
    return typeof value === 'boolean' ? flagText(value) : (value as RowValue);
  }
  const at = valueAtPath(from, entry.path);
  switch (entry.kind) {
    case 'count':
      return Array.isArray(at) ? at.length : 0;
    case 'messages':
      return Array.isArray(at) ? at.map((p: { message?: unknown }) => String(p.message)) : [];
    case 'sources':
      return Array.isArray(at) ? [...new Set(at.map((c: { source?: unknown }) => String(c.source)))] : [];
    case 'layout':
      return layoutLabel(typeof at === 'string' ? at : LAYOUT_UNKNOWN);
    case 'status':
      return STATUS_LABEL[at as RecordStatus] ?? null;
    default:
      return typeof at === 'string' || typeof at === 'number' ? at : null;
  }
}

/** A true/false value as the table, the CSV and the facets show it. */
export const flagText = (value: boolean): string => (value ? 'yes' : 'no');

/** What a status means to a user, as the files panel says it. */
export const STATUS_LABEL: Readonly<Record<RecordStatus, string>> = { ok: 'Done', partial: 'Needs attention', failed: 'Failed' };

/** The problem a field not found becomes: named by its label, saying where to look. */
export function notFoundMessage(entry: CatalogueEntry, itemIndex: number | null = null): string {
  const what = itemIndex === null ? entry.label : `${entry.label} of item ${itemIndex + 1}`;
  return `${what} not found: check ${entry.where}.`;
}

const byPath = new Map(FIELD_CATALOGUE.filter((e) => e.grounded).map((e) => [`${e.level}:${e.path}`, e]));

/** The catalogue entry of a grounded letter field ('caseNumber', 'reviewer.licensure') or item field ('request'). */
export function entryAt(level: 'letter' | 'item', path: string): CatalogueEntry {
  const entry = byPath.get(`${level}:${path}`);
  if (!entry) throw new Error(`no ${level} field ${path} in the field catalogue`);
  return entry;
}

/** The grounded fields a layout states (a layout id no description knows, i.e. the general rules: every one). */
export function statedIn(
  layoutId: string,
  level: 'letter' | 'item',
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): CatalogueEntry[] {
  const known = EVERY_LAYOUT.includes(layoutId);
  return catalogue.filter((e) => e.grounded && e.level === level && (known ? e.statedIn.includes(layoutId) : e.statedIn.length > 0));
}
