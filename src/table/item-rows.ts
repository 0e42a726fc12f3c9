// Letters → table rows: one row per disputed item with its letter's fields beside it.
// A finished letter with no items (failed, not a letter, nothing found) still gets one row, so a
// file never silently vanishes from the table; its `note` says why it has no items.
import type { Category, Decision, LetterRecord, Necessity, Sex } from '../extract/record.ts';
import { FINISHED_STATES, type FileEntry } from '../store/file-entry.ts';
import { FACETS } from './facets.ts';
import { NO_ROW_REVIEW, type RowReview } from '../review/row-review.ts';

export interface ItemRow {
  /** Stable across re-parses of the same bytes: `<sha256>:<item index>` or `<sha256>:letter`. */
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
  /** Distinct guideline sources the item cites (MTUS, ACOEM, ODG, other). */
  guidelines: string[];
  necessity: Necessity | null;
  /** Problems the letter's record carries (errors and warnings). */
  warnings: number;
  layout: string;
  /** For a letter without items: why ("Failed: …", "No disputed items found"). */
  note: string | null;
  /** The reviewer's work on this row (review/review-rows.ts lays it over the rows read). */
  review: RowReview;
  /** Why the row needs attention (its letter's problems, a value not found); empty when it does not. */
  attention: readonly string[];
  /** Lower-cased request + rationale, for the search box. */
  searchText: string;
  /**
   * The row's values for each facet, in FACETS order. Worked out once with the row: the facet counts
   * are redone over every row on each filter click and each batch of new letters, and computing the
   * values afresh each time cost, at 10,000 letters, as much in garbage collection as the counting.
   */
  facetValues: readonly (readonly string[])[];
}

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

function letterRows(entry: FileEntry, record: LetterRecord | undefined): ItemRow[] {
  const letter = letterColumns(entry, record);
  if (!record || record.items.length === 0) {
    return [withFacetValues({ ...letter, id: `${entry.id}:letter`, itemIndex: null, ...NO_ITEM, note: noItemNote(entry, record) })];
  }
  return record.items.map((item, index) => {
    const request = item.request.value;
    const rationale = item.rationale.value;
    return withFacetValues({
      ...letter,
      id: `${entry.id}:${index}`,
      itemIndex: index,
      decision: item.decision.value,
      request,
      category: item.category.value,
      guidelines: [...new Set(item.citations.map((c) => c.source))],
      necessity: item.necessity.value,
      note: null,
      review: NO_ROW_REVIEW,
      attention: [],
      searchText: `${request ?? ''}\n${rationale ?? ''}`.toLowerCase(),
    });
  });
}

const NO_ITEM = {
  review: NO_ROW_REVIEW,
  attention: [] as string[],
  decision: null,
  request: null,
  category: null,
  guidelines: [] as string[],
  necessity: null,
  searchText: '',
};

function letterColumns(entry: FileEntry, record: LetterRecord | undefined) {
  return {
    fileId: entry.id,
    file: entry.name,
    caseNumber: record?.caseNumber.value ?? null,
    specialties: record?.reviewer.specialties.value ?? [],
    licensure: record?.reviewer.licensure.value ?? [],
    age: record?.patient.age.value ?? null,
    sex: record?.patient.sex.value ?? null,
    dateOfInjury: record?.dateOfInjury.value ?? null,
    decisionDate: record?.decisionDate.value ?? null,
    warnings: record?.problems.length ?? (entry.state === 'failed' ? 1 : 0),
    layout: record?.layout ?? 'unknown',
  };
}

function noItemNote(entry: FileEntry, record: LetterRecord | undefined): string {
  if (entry.state === 'failed' || record?.status === 'failed')
    return `Not read: ${entry.message ?? record?.problems[0]?.message ?? 'failed'}`;
  return 'No disputed items found in this letter';
}
