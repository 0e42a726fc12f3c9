// The reviewer's work laid over the rows read from the letters: each item row gets its review state,
// its corrected values (the value as read kept beside), its notes and why it needs attention; items
// the reviewer added become rows; the letter's own corrections show on each of its rows. Worked out
// per letter and kept while neither the letter's rows nor its review changed.
import type { LetterRecord } from '../extract/record.ts';
import { withFacetValues, type ItemRow } from '../table/item-rows.ts';
import { matchItems, type ItemMatch } from './match-items.ts';
import { itemStatus, type ItemRef, type ItemReview, type LetterReview, type ReviewState } from './review-model.ts';
import { valueText, type FieldValue } from './review-fields.ts';
import { columnIdOf, FIELD_CATALOGUE, itemEntriesOf } from '../extract/field-catalogue.ts';
import type { RowReview } from './row-review.ts';

/** Corrected fields and the row property (column) each sets: every grounded field of the catalogue. */
const ROW_FIELDS: ReadonlyMap<string, string> = new Map(FIELD_CATALOGUE.filter((e) => e.grounded).map((e) => [e.key, columnIdOf(e)]));

/** An added item's own values before its corrections: none read (every item field of the catalogue empty). */
const NO_ITEM_VALUES = Object.fromEntries(
  itemEntriesOf().map((e) => [columnIdOf(e), e.kind === 'list' || e.kind === 'sources' ? [] : null]),
) as unknown as Partial<ItemRow>;

const cache = new WeakMap<ItemRow, { review: LetterReview | undefined; count: number; rows: ItemRow[] }>();

export function applyReview(rows: readonly ItemRow[], records: Readonly<Record<string, LetterRecord>>, review: ReviewState): ItemRow[] {
  const out: ItemRow[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i]!;
    let j = i + 1;
    while (j < rows.length && rows[j]!.fileId === first.fileId) j++;
    const letterReview = review.letters[first.fileId];
    const cached = cache.get(first);
    let own: ItemRow[];
    if (cached && cached.review === letterReview && cached.count === j - i) own = cached.rows;
    else {
      own = reviewLetterRows(rows.slice(i, j), records[first.fileId], letterReview);
      cache.set(first, { review: letterReview, count: j - i, rows: own });
    }
    for (const row of own) out.push(row);
    i = j;
  }
  return out;
}

/** The review key of the item at `index`: the one its review is kept under, or a free one for a new review. */
export function itemKeyAt(match: ItemMatch, letter: LetterReview | undefined, index: number): string {
  const found = match.byIndex.get(index);
  if (found) return found.key;
  let key = String(index);
  for (let n = 2; letter && key in letter.items; n++) key = `${index}@${n}`;
  return key;
}

/** The ItemRef of a row: what review actions on it need. */
export function itemRefOf(row: Pick<ItemRow, 'fileId' | 'file' | 'itemIndex' | 'review'>): ItemRef | null {
  if (row.itemIndex === null || row.review.key === null) return null;
  return { sha256: row.fileId, file: row.file, key: row.review.key, index: row.itemIndex, request: row.review.requestAsRead };
}

function attentionOf(record: LetterRecord | undefined, row: ItemRow): string[] {
  const problems = record?.problems ?? [];
  const reasons = problems.map((p) => p.message);
  // Said once: not again when a problem of the letter already names this item's field.
  const unsaid = (field: string) => !problems.some((p) => p.field === `items[${row.itemIndex}].${field}`);
  if (row.itemIndex !== null && !row.decision && unsaid('decision')) reasons.push('No decision read for this item: check its heading.');
  if (row.itemIndex !== null && !row.request && unsaid('request')) reasons.push('No request read for this item: check its heading.');
  return reasons;
}

function reviewLetterRows(rows: ItemRow[], record: LetterRecord | undefined, letter: LetterReview | undefined): ItemRow[] {
  const match = matchItems(letter, record?.items.map((item) => item.request.value) ?? []);
  const out: ItemRow[] = [];
  for (const row of rows) {
    if (row.itemIndex === null && match.added.length > 0) continue; // its added items stand for the letter
    const key = row.itemIndex === null ? null : itemKeyAt(match, letter, row.itemIndex);
    const review = key === null ? undefined : (letter?.items[key] ?? undefined);
    out.push(reviewedRow(row, record, letter, key, review, row.request));
  }
  const base = rows[0]!;
  for (const { key, review } of match.added) {
    const added: ItemRow = {
      ...base,
      ...NO_ITEM_VALUES,
      id: `${base.fileId}:${key}`,
      itemIndex: review.index,
      note: null,
      searchText: '',
    };
    out.push(reviewedRow(added, record, letter, key, review, null));
  }
  return out;
}

function reviewedRow(
  row: ItemRow,
  record: LetterRecord | undefined,
  letter: LetterReview | undefined,
  key: string | null,
  item: ItemReview | undefined,
  requestAsRead: string | null,
): ItemRow {
  const next: Record<string, unknown> = { ...row };
  const asRead: Record<string, string> = {};
  const typed: string[] = [];
  const corrections = { ...(letter?.corrections ?? {}), ...(item?.corrections ?? {}) };
  for (const [field, correction] of Object.entries(corrections)) {
    const prop = ROW_FIELDS.get(field);
    if (!prop || !correction) continue;
    asRead[prop] = valueText((next[prop] as FieldValue | null) ?? null);
    next[prop] = correction.corrected.value;
    if (correction.typed) typed.push(prop);
  }
  const review: RowReview = {
    key,
    status: key === null ? 'unreviewed' : itemStatus(item),
    asRead,
    typed,
    note: item?.note ?? '',
    letterNote: letter?.note ?? '',
    added: item?.added ?? false,
    requestAsRead,
  };
  const reviewed = next as unknown as ItemRow;
  const notes = `${review.note}\n${review.letterNote}`.trim().toLowerCase();
  const searchText = `${(reviewed.request ?? '').toLowerCase()}\n${row.searchText}${notes ? `\n${notes}` : ''}`;
  const { facetValues: _unused, ...fields } = { ...reviewed, review, searchText };
  void _unused;
  const result = withFacetValues(fields);
  return { ...result, attention: attentionOf(record, result) };
}
