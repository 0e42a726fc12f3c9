// One case from several files: letters with the same case number (a PDF and its scan, the same letter
// downloaded twice with different bytes, a text copy) are copies of one case. Which copy's values
// stand is the reviewer's choice, kept in the review (`LetterReview.chosen`, apart from the records);
// until one is chosen, the copy with the fewest problems stands (the first added on a tie). Where the
// copies disagree on a value the case needs attention, with each copy's value. Pure data and pure
// functions over the rows: no React, no DOM.
import { columnIdOf, FIELD_CATALOGUE, type CatalogueEntry, type RowValue } from '../extract/field-catalogue.ts';
import { valuesById } from '../rows/catalogue-values.ts';
import type { ItemRow } from '../rows/item-rows.ts';
import type { ReviewState } from './review-model.ts';

/**
 * A case number in one form, so the same case written differently groups: upper case, without spaces,
 * dashes, dots or other punctuation between its parts ("cm16 – 0246487" and "CM16-0246487" are one).
 * Null when there is nothing to group by.
 */
export function caseKeyOf(caseNumber: RowValue | undefined): string | null {
  if (typeof caseNumber !== 'string') return null;
  const key = caseNumber
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return key === '' ? null : key;
}

/** One file of a case. */
export interface CaseCopy {
  fileId: string;
  file: string;
  problems: number;
  /** Its values are the case's. */
  stands: boolean;
}

/** A value the copies read differently: each copy's value, as text (empty when that copy read none). */
export interface CaseDisagreement {
  /** The catalogue field's column id, and its label. */
  field: string;
  label: string;
  /** The item (0-based) for an item's field; null for the letter's. */
  itemIndex: number | null;
  values: readonly { fileId: string; file: string; value: string }[];
  /** What the reviewer reads ("needs attention" reason). */
  message: string;
}

/** What a row of a case of several copies carries (null for a letter that is its case alone). */
export interface RowCase {
  key: string;
  copies: readonly CaseCopy[];
  /** Where the copies disagree: this row's item's fields, the letter's, and the number of items. */
  disagreements: readonly CaseDisagreement[];
}

/** A letter as its rows give it: the rows in order, its file and how many problems its record has. */
export interface CaseLetter<R extends ItemRow> {
  fileId: string;
  file: string;
  problems: number;
  rows: readonly R[];
}

/**
 * The copy whose values stand: the one the reviewer chose last (`chosen`, the time of the choice), else
 * the one with the fewest problems, the first on a tie.
 */
export function standingCopy<R extends ItemRow>(letters: readonly CaseLetter<R>[], review: ReviewState): CaseLetter<R> {
  let chosen: { letter: CaseLetter<R>; at: string } | null = null;
  for (const letter of letters) {
    const at = review.letters[letter.fileId]?.chosen;
    if (at !== undefined && (!chosen || at > chosen.at)) chosen = { letter, at };
  }
  if (chosen) return chosen.letter;
  return letters.reduce((best, letter) => (letter.problems < best.problems ? letter : best));
}

/** A value as compared: its words and numbers only, in one case (a copy read by OCR or as text spaces and punctuates differently). */
const comparable = (v: RowValue | undefined) =>
  shown(v)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const shown = (v: RowValue | undefined): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v));
const quoted = (value: string) => (value === '' ? 'nothing read' : `“${value.length > 80 ? `${value.slice(0, 80)}…` : value}”`);

/** The grounded fields: what a letter says (not the file's name, the problems or a status worked out from them). */
const COMPARED = (catalogue: readonly CatalogueEntry[]) => catalogue.filter((e) => e.grounded);

function disagreementOf(
  entry: CatalogueEntry,
  itemIndex: number | null,
  letters: readonly CaseLetter<ItemRow>[],
  rowOf: (letter: CaseLetter<ItemRow>) => ItemRow | undefined,
): CaseDisagreement | null {
  const id = columnIdOf(entry);
  const values = letters.map((letter) => {
    const row = rowOf(letter);
    return { fileId: letter.fileId, file: letter.file, value: row ? valuesById(row.values)[id] : null };
  });
  if (new Set(values.map((v) => comparable(v.value))).size < 2) return null;
  const texts = values.map((v) => ({ ...v, value: shown(v.value) }));
  const where = itemIndex === null ? '' : ` (item ${itemIndex + 1})`;
  const each = texts.map((v) => `${quoted(v.value)} in ${v.file}`).join(', ');
  return { field: id, label: entry.label, itemIndex, values: texts, message: `The copies disagree on ${entry.label}${where}: ${each}.` };
}

/** Every value the copies read differently, the letter's first, then each item's (by its number in the letter). */
export function disagreements(
  letters: readonly CaseLetter<ItemRow>[],
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): CaseDisagreement[] {
  const fields = COMPARED(catalogue);
  const out: CaseDisagreement[] = [];
  const items = (l: CaseLetter<ItemRow>) => l.rows.filter((r) => r.itemIndex !== null);
  for (const entry of fields.filter((e) => e.level === 'letter')) {
    const found = disagreementOf(entry, null, letters, (l) => l.rows[0]);
    if (found) out.push(found);
  }
  const counts = letters.map((l) => items(l).length);
  if (new Set(counts).size > 1)
    out.push({
      field: 'items',
      label: 'Items',
      itemIndex: null,
      values: letters.map((l, i) => ({ fileId: l.fileId, file: l.file, value: String(counts[i]) })),
      message: `The copies list different items: ${letters.map((l, i) => `${counts[i]} in ${l.file}`).join(', ')}.`,
    });
  const most = Math.max(...counts);
  for (let index = 0; index < most; index++)
    for (const entry of fields.filter((e) => e.level === 'item')) {
      const found = disagreementOf(entry, index, letters, (l) => items(l).find((r) => r.itemIndex === index));
      if (found) out.push(found);
    }
  return out;
}

/** The copies of a case, the standing one marked. */
export const copiesOf = (letters: readonly CaseLetter<ItemRow>[], standing: CaseLetter<ItemRow>): CaseCopy[] =>
  letters.map((l) => ({ fileId: l.fileId, file: l.file, problems: l.problems, stands: l === standing }));

/** The disagreements a row of the case shows: the letter's and the item count on every row, an item's on its own row. */
export const rowDisagreements = (all: readonly CaseDisagreement[], row: ItemRow) =>
  all.filter((d) => d.itemIndex === null || d.itemIndex === row.itemIndex);

/** What the JSON export needs of the cases, from the app's rows: the copies whose values do not stand (left out), and each standing copy's case. */
export interface CasesForExport {
  leftOut: ReadonlySet<string>;
  copies: ReadonlyMap<string, readonly CaseCopy[]>;
}

export function casesForExport(rows: readonly (ItemRow & { case: RowCase | null })[]): CasesForExport {
  const leftOut = new Set<string>();
  const copies = new Map<string, readonly CaseCopy[]>();
  for (const row of rows) {
    if (!row.case || copies.has(row.fileId)) continue;
    copies.set(row.fileId, row.case.copies);
    for (const c of row.case.copies) if (!c.stands) leftOut.add(c.fileId);
  }
  return { leftOut, copies };
}
