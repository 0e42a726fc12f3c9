// Letters → table rows: one row per disputed item with its letter's fields beside it, every value of
// the field catalogue (extract/field-catalogue.ts) under its column id. A finished letter with no
// items (failed, not a letter, nothing found) still gets one row, so a file never silently vanishes
// from the table; its `note` says why it has no items. The CLI's CSV is written from these rows too.
import type { Category, Citation, Decision, LetterRecord, Necessity, Sex } from '../extract/record.ts';
import { columnIdOf, FIELD_CATALOGUE, recordValue, type CatalogueEntry, type RowValue } from '../extract/field-catalogue.ts';
import { normaliseRequest } from '../insights/normalise-request.ts';
import { FINISHED_STATES, type FileEntry } from '../store/file-entry.ts';
import { FACETS } from './facets.ts';
import { NO_ROW_REVIEW, type RowReview } from '../review/row-review.ts';
import { emptyExtraction } from '../extract/extract-letter.ts';
import { LAYOUT_UNKNOWN } from '../extract/layouts/index.ts';

/**
 * One row. The catalogue's values are under their column ids (the typed properties below are the ones
 * code reads by name; a field added to the catalogue is there too, read through `rowValue`).
 */
export interface ItemRow {
  /** Stable across re-parses of the same bytes, for selection and React keys; never parsed: `fileId` and `itemIndex` say what it is. */
  id: string;
  fileId: string;
  itemIndex: number | null;
  file: string;
  decision: Decision | null;
  request: string | null;
  category: Category | null;
  caseNumber: string | null;
  specialties: string[];
  licensure: string[];
  age: number | null;
  sex: Sex | null;
  dateOfInjury: string | null;
  decisionDate: string | null;
  priority: string | null;
  dateAssigned: string | null;
  urDenialDate: string | null;
  applicationReceived: string | null;
  diagnoses: string[];
  /** Partial authorizations: what was first asked for. */
  originalRequest: string | null;
  claimsGuideline: string | null;
  reviewerGuideline: string | null;
  rationale: string | null;
  /** Distinct guideline sources the item cites (MTUS, ACOEM, ODG, other). */
  guidelines: string[];
  necessity: Necessity | null;
  /** Problems the letter's record carries (errors and warnings). */
  warnings: number;
  layout: string;
  /** The letter's status, as the files panel says it (Done, Needs attention, Failed). */
  status: string | null;
  /** The messages of the letter's problems. */
  problems: string[];
  /** For a letter without items: why ("Failed: …", "No disputed items found"). */
  note: string | null;
  // For Insights and its filters: what the reviewer cited, the request's kind.
  /** Distinct guideline sources the reviewer (not the claims administrator) cited for the item. */
  reviewerSources: string[];
  /** Distinct guideline chapters and sections the reviewer cited ("MTUS Chronic Pain…: Opioids"). */
  reviewerSections: string[];
  /** The request without quantities, frequencies and doses (insights/normalise-request.ts). */
  requestKind: string | null;
  /** The reviewer's work on this row (review/review-rows.ts lays it over the rows read). */
  review: RowReview;
  /** Why the row needs attention (its letter's problems, a value not found); empty when it does not. */
  attention: readonly string[];
  /** Every text the row shows or holds (item and letter fields, file name), lower-cased, for the search box. */
  searchText: string;
  /**
   * The row's values for each facet, in FACETS order. Worked out once with the row: the facet counts
   * are redone over every row on each filter click and each batch of new letters, and computing the
   * values afresh each time cost, at 10,000 letters, as much in garbage collection as the counting.
   */
  facetValues: readonly (readonly string[])[];
}

/**
 * What the store keeps of the selected and the open row: its id, and its letter and item as the row
 * holds them (an id is never parsed back into these).
 */
export interface RowRef {
  id: string;
  fileId: string;
  itemIndex: number | null;
  /** An item the reviewer added: its review key (its index counts among the read items' otherwise). */
  addedKey: string | null;
}

export const rowRefOf = (row: Pick<ItemRow, 'id' | 'fileId' | 'itemIndex' | 'review'>): RowRef => ({
  id: row.id,
  fileId: row.fileId,
  itemIndex: row.itemIndex,
  addedKey: row.review.added ? row.review.key : null,
});

/** A row before its facet values are worked out from it. */
export type RowFields = Omit<ItemRow, 'facetValues'>;

export const withFacetValues = (row: RowFields): ItemRow => ({ ...row, facetValues: FACETS.map((facet) => facet.values(row)) });

/**
 * Each letter's rows, kept while its entry and record objects are the same ones (the store replaces
 * them on every change): a batch of new letters flattens only those, not the thousands before them.
 */
const rowsCache = new WeakMap<FileEntry, { record: LetterRecord | undefined; rows: ItemRow[] }>();

export function flattenRows(entries: readonly FileEntry[], records: Readonly<Record<string, LetterRecord>>): ItemRow[] {
  const rows: ItemRow[] = [];
  for (const entry of entries) {
    // A failed file is no letter: it stays in the files panel with its message, in no row or count.
    if (!FINISHED_STATES.has(entry.state) || entry.state === 'failed') continue;
    const record = records[entry.id];
    const cached = rowsCache.get(entry);
    if (cached && cached.record === record) {
      for (const row of cached.rows) rows.push(row);
      continue;
    }
    const own = letterRows(entry, record);
    rowsCache.set(entry, { record, rows: own });
    for (const row of own) rows.push(row);
  }
  return rows;
}

/** What a row needs of its file: the id, the name, and the file's message (why a file was not read). */
export type RowFile = Pick<FileEntry, 'id' | 'name'> & { message?: string | null };

/** The value of one column of a row (a catalogue field's, by its column id). */
export const rowValue = (row: ItemRow, columnId: string): RowValue | undefined => (row as unknown as Record<string, RowValue>)[columnId];

/** Values a user may look for (not the counts, the status, the problems or the layout). */
export const isSearchable = (e: CatalogueEntry) => !['count', 'messages', 'status', 'layout'].includes(e.kind);

/** The rows of one letter: one per item, or one for the letter when it has none. */
export function letterRows(
  file: RowFile,
  record: LetterRecord | undefined,
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): ItemRow[] {
  const values = (itemIndex: number | null) => {
    const out: Record<string, RowValue> = {};
    for (const e of catalogue) out[columnIdOf(e)] = recordValue(e, record ?? NO_RECORD, itemIndex);
    // The file as the user added it.
    out.file = file.name;
    return out;
  };
  const searchOf = (v: Record<string, RowValue>, extra: readonly unknown[]) =>
    searchTextOf([...catalogue.filter(isSearchable).map((e) => v[columnIdOf(e)]), ...extra]);
  if (!record || record.items.length === 0) {
    const note = noItemNote(file, record);
    const v = values(null);
    return [
      withFacetValues({
        ...(v as unknown as RowFields),
        ...NO_ITEM,
        id: `${file.id}:letter`,
        fileId: file.id,
        itemIndex: null,
        note,
        searchText: searchOf(v, [note]),
      }),
    ];
  }
  return record.items.map((item, index) => {
    const v = values(index);
    return withFacetValues({
      ...(v as unknown as RowFields),
      ...reviewerCitations(item.citations),
      requestKind: normaliseRequest(item.request.value),
      id: `${file.id}:${index}`,
      fileId: file.id,
      itemIndex: index,
      note: null,
      review: NO_ROW_REVIEW,
      attention: [],
      searchText: searchOf(
        v,
        item.citations.map((c) => c.title),
      ),
    });
  });
}

/** Every string among the values (lists flattened), lower-cased, one per line: what the search box looks in. */
function searchTextOf(values: readonly unknown[]): string {
  const parts: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') parts.push(x);
  }
  return parts.join('\n').toLowerCase();
}

/** A finished file whose record is not (or no longer) here: nothing read. */
const NO_RECORD: LetterRecord = {
  file: '',
  sha256: '',
  kind: 'text',
  pages: 0,
  text: '',
  pageStarts: [0],
  ...emptyExtraction('partial', LAYOUT_UNKNOWN, []),
};

/** What a row without an item holds beside its letter's values. */
const NO_ITEM = {
  review: NO_ROW_REVIEW,
  attention: [] as string[],
  reviewerSources: [] as string[],
  reviewerSections: [] as string[],
  requestKind: null,
};

const SOURCE_LABEL: Record<Citation['source'], string> = { MTUS: 'MTUS', ACOEM: 'ACOEM', ODG: 'ODG', other: 'Other' };

/** What the reviewer cited, apart from what the claims administrator had cited. */
function reviewerCitations(citations: readonly Citation[]) {
  const own = citations.filter((c) => c.citedBy === 'reviewer');
  const section = (c: Citation) => {
    const prefix = c.source === 'other' || c.title.startsWith(c.source) ? '' : `${c.source} `;
    return `${prefix}${c.title}${c.sections ? `: ${c.sections}` : ''}`;
  };
  return { reviewerSources: [...new Set(own.map((c) => SOURCE_LABEL[c.source]))], reviewerSections: [...new Set(own.map(section))] };
}

function noItemNote(file: RowFile, record: LetterRecord | undefined): string {
  if (record?.status === 'failed') return `Not read: ${file.message ?? record.problems[0]?.message ?? 'failed'}`;
  return 'No disputed items found in this letter';
}
