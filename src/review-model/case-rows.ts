// Cases as a row feature: over the reviewed rows, the copies of one case (case-copies.ts) become the
// standing copy's rows alone, at the place of the case's first file, each carrying the case (its copies,
// where they disagree) and, as a reason it needs attention, every disagreement about its letter or its
// item. So a case counts once wherever rows are counted (the summary, the facets, Insights, the CSV),
// with no count of its own to keep in step. Its column: the number of copies (empty for a letter that
// is its case alone), searchable by their file names. Pure: no React, no DOM.
import type { LetterRecord } from '../extract/record.ts';
import type { RowColumn } from '../rows/row-columns.ts';
import type { RowFeature, RowPipeline } from '../rows/row-pipeline.ts';
import {
  caseKeyOf,
  copiesOf,
  disagreements,
  rowDisagreements,
  standingCopy,
  type CaseDisagreement,
  type CaseLetter,
  type RowCase,
} from './case-copies.ts';
import type { ReviewState } from './review-model.ts';
import type { ReviewedRow } from './review-rows.ts';

/** What the case feature adds to a row. */
export interface CaseRowFields {
  /** The case of several copies this row's letter stands for; null when the letter is its case alone. */
  readonly case: RowCase | null;
}

export type CaseRow = ReviewedRow & CaseRowFields;

/** A row as read: its letter alone until the cases are worked out. */
export const ALONE: CaseRowFields = { case: null };

const copiesValue = (r: CaseRow) => (r.case ? r.case.copies.length : undefined);

const COPIES_COLUMN: RowColumn<CaseRow> = {
  id: 'copies',
  header: 'Copies',
  value: copiesValue,
  sortValue: copiesValue,
  facet: null,
  dateRange: null,
  // A copy's file name finds its case.
  search: (r) => (r.case ? r.case.copies.map((c) => c.file) : []),
  cell: 'copies',
  csv: 'always',
  width: 64,
  visible: true,
  entry: null,
};

export const CASE_FEATURE: RowFeature<CaseRow> = { id: 'cases', placement: 'last', columns: [COPIES_COLUMN] };

/** Lays the cases over reviewed rows (made by `caseRows`). */
export type ApplyCases<R extends CaseRow> = (rows: R[], records: Readonly<Record<string, LetterRecord>>, review: ReviewState) => R[];

/** The rows' letters in order (a letter's rows are together), each with its case key (null: no case number). */
function lettersOf<R extends CaseRow>(rows: readonly R[], records: Readonly<Record<string, LetterRecord>>) {
  const letters: { key: string | null; letter: CaseLetter<R> }[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i]!;
    let j = i + 1;
    while (j < rows.length && rows[j]!.fileId === first.fileId) j++;
    const letter = { fileId: first.fileId, file: first.values.file ?? '', problems: records[first.fileId]?.problems.length ?? 0 };
    letters.push({ key: caseKeyOf(first.values.caseNumber), letter: { ...letter, rows: rows.slice(i, j) } });
    i = j;
  }
  return letters;
}

/**
 * A disagreement the reviewer has dealt with, by the rule every "needs attention" follows: the item
 * confirmed (or said to be none), or the field corrected, on the standing copy. It is still listed
 * with the case; the row no longer needs attention for it.
 */
const dealtWith = (row: CaseRow, d: CaseDisagreement) =>
  row.review.status === 'confirmed' || row.review.status === 'not-an-item' || d.field in row.review.asRead;

const sameRows = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The case feature's row transform for a pipeline: each case of several copies as its standing copy's
 * rows, finished again (their search and facets follow). With no case of several copies, the very same
 * array. A case's rows are kept while its copies' rows are the same objects.
 */
export function caseRows<R extends CaseRow>(pipeline: RowPipeline<R>): ApplyCases<R> {
  const cache = new WeakMap<R, { rows: readonly R[]; out: R[] }>();
  return (rows, records, review) => {
    const letters = lettersOf(rows, records);
    const byKey = new Map<string, CaseLetter<R>[]>();
    for (const { key, letter } of letters) if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), letter]);
    if (![...byKey.values()].some((copies) => copies.length > 1)) return rows;
    const out: R[] = [];
    for (const { key, letter } of letters) {
      const copies = key === null ? [letter] : byKey.get(key)!;
      if (copies.length === 1) for (const row of letter.rows) out.push(row);
      else if (copies[0] === letter) for (const row of caseOf(key!, copies)) out.push(row);
    }
    return out;

    function caseOf(key: string, copies: CaseLetter<R>[]): R[] {
      const standing = standingCopy(copies, review);
      const all = copies.flatMap((c) => c.rows);
      const cached = cache.get(standing.rows[0]!);
      if (cached && sameRows(cached.rows, all)) return cached.out;
      const found = disagreements(copies);
      const listed = copiesOf(copies, standing);
      const own = standing.rows.map((row) => {
        const mine = rowDisagreements(found, row);
        return pipeline.finish({
          ...row,
          case: { key, copies: listed, disagreements: mine },
          attention: [...row.attention, ...mine.filter((d) => !dealtWith(row, d)).map((d) => d.message)],
        });
      });
      cache.set(standing.rows[0]!, { rows: all, out: own });
      return own;
    }
  };
}
