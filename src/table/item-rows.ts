// Letters → table rows: one row per disputed item with its letter's fields beside it.
// A finished letter with no items (failed, not a letter, nothing found) still gets one row, so a
// file never silently vanishes from the table; its `note` says why it has no items.
import type { Category, Citation, Decision, LetterRecord, Necessity, Sex } from '../extract/record.ts';
import { normaliseRequest } from '../insights/normalise-request.ts';
import { FINISHED_STATES, type FileEntry } from '../store/file-entry.ts';
import { FACETS } from './facets.ts';
import { layoutLabel } from '../extract/layouts/index.ts';
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
    const note = noItemNote(entry, record);
    const searchText = searchTextOf([...letterSearchValues(letter), note]);
    return [withFacetValues({ ...letter, id: `${entry.id}:letter`, itemIndex: null, ...NO_ITEM, note, searchText })];
  }
  return record.items.map((item, index) => {
    const fields = {
      decision: item.decision.value,
      request: item.request.value,
      category: item.category.value,
      originalRequest: item.originalRequest.value,
      claimsGuideline: item.claimsAdministratorGuideline.value,
      reviewerGuideline: item.reviewerGuideline.value,
      rationale: item.rationale.value,
      guidelines: [...new Set(item.citations.map((c) => c.source))],
      necessity: item.necessity.value,
    };
    const citations = item.citations.map((c) => c.title);
    return withFacetValues({
      ...letter,
      ...fields,
      ...reviewerCitations(item.citations),
      requestKind: normaliseRequest(item.request.value),
      id: `${entry.id}:${index}`,
      itemIndex: index,
      note: null,
      review: NO_ROW_REVIEW,
      attention: [],
      searchText: searchTextOf([...letterSearchValues(letter), ...Object.values(fields), ...citations]),
    });
  });
}

/** The letter's values a user may look for (not its file id, a hash, nor the counts). */
const letterSearchValues = (l: ReturnType<typeof letterColumns>) => [
  l.file,
  l.caseNumber,
  l.specialties,
  l.licensure,
  l.age,
  l.sex,
  l.dateOfInjury,
  l.decisionDate,
  l.priority,
  l.dateAssigned,
  l.urDenialDate,
  l.applicationReceived,
  l.diagnoses,
];

/** Every string among the values (lists flattened), lower-cased, one per line: what the search box looks in. */
function searchTextOf(values: readonly unknown[]): string {
  const parts: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') parts.push(x);
  }
  return parts.join('\n').toLowerCase();
}

const NO_ITEM = {
  review: NO_ROW_REVIEW,
  attention: [] as string[],
  decision: null,
  request: null,
  category: null,
  originalRequest: null,
  claimsGuideline: null,
  reviewerGuideline: null,
  rationale: null,
  guidelines: [] as string[],
  necessity: null,
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
    priority: record?.priority.value ?? null,
    dateAssigned: record?.dateAssigned.value ?? null,
    urDenialDate: record?.urDenialDate.value ?? null,
    applicationReceived: record?.applicationReceived.value ?? null,
    diagnoses: record?.diagnoses.value ?? [],
    warnings: record?.problems.length ?? (entry.state === 'failed' ? 1 : 0),
    // The layout's human name ("2013, Notice of IMR Determination"), for the column and the facet.
    layout: layoutLabel(record?.layout ?? 'unknown'),
  };
}

function noItemNote(entry: FileEntry, record: LetterRecord | undefined): string {
  if (entry.state === 'failed' || record?.status === 'failed')
    return `Not read: ${entry.message ?? record?.problems[0]?.message ?? 'failed'}`;
  return 'No disputed items found in this letter';
}
