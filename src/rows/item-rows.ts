// Letters → rows: one row per disputed item with its letter's values beside it, the field catalogue's
// values (extract/field-catalogue.ts) under `values`, typed from the catalogue (catalogue-values.ts).
// A finished letter with no items (failed, not a letter, nothing found) still gets one row, so a
// file never silently vanishes from the table; its `note` says why it has no items. The app (through
// its pipeline, with the review and Insights registered) and the CLI make their rows here.
import type { LetterRecord } from '../extract/record.ts';
import { emptyExtraction } from '../extract/extract-letter.ts';
import { LAYOUT_UNKNOWN } from '../extract/layouts/index.ts';
import { FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import { catalogueValues, type CatalogueValues } from './catalogue-values.ts';

/** What every row is, whatever features the pipeline that made it has. */
export interface ItemRow {
  /** Stable across re-parses of the same bytes, for selection and React keys; never parsed: `fileId` and `itemIndex` say what it is. */
  readonly id: string;
  /** The letter's file (its sha256). */
  readonly fileId: string;
  readonly itemIndex: number | null;
  /** Every value of the field catalogue, by column id, typed by its kind. */
  readonly values: CatalogueValues;
  /** For a letter without items: why ("Not read: …", "No disputed items found"). */
  readonly note: string | null;
  /** Words the row holds beside its columns' values, for the search (the titles of the guidelines cited). */
  readonly searchExtra: readonly string[];
  /** Every text the row's columns hold, lower-cased: what the search box looks in. Set once, by the pipeline (row-pipeline.ts). */
  searchText: string;
  /**
   * The row's values for each facet of its pipeline, in the pipeline's order. Worked out once with the
   * row (by the pipeline): the facet counts are redone over every row on each filter click.
   */
  facetValues: readonly (readonly string[])[];
}

/** A row as read, before features add to it and its pipeline finishes it (row-pipeline.ts). */
export type ReadRow = ItemRow;

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

/** What a row needs of its file: the id, the name, and the file's message (why a file was not read). */
export interface RowFile {
  id: string;
  name: string;
  message?: string | null;
}

/** The rows of one letter as read: one per item, or one for the letter when it has none. Not yet finished. */
export function readLetterRows(
  file: RowFile,
  record: LetterRecord | undefined,
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): ReadRow[] {
  const valuesOf = (itemIndex: number | null): CatalogueValues => ({
    ...catalogueValues(record ?? NO_RECORD, itemIndex, catalogue),
    // The file as the user added it.
    file: file.name,
  });
  if (!record || record.items.length === 0) {
    const note = noItemNote(file, record);
    return [unfinished(`${file.id}:letter`, file.id, null, valuesOf(null), note, [note])];
  }
  return record.items.map((item, index) =>
    unfinished(
      `${file.id}:${index}`,
      file.id,
      index,
      valuesOf(index),
      null,
      item.citations.map((c) => c.title),
    ),
  );
}

const unfinished = (
  id: string,
  fileId: string,
  itemIndex: number | null,
  values: CatalogueValues,
  note: string | null,
  searchExtra: readonly string[],
): ReadRow => ({ id, fileId, itemIndex, values, note, searchExtra, searchText: '', facetValues: [] });

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

function noItemNote(file: RowFile, record: LetterRecord | undefined): string {
  if (record?.status === 'failed') return `Not read: ${file.message ?? record.problems[0]?.message ?? 'failed'}`;
  return 'No disputed items found in this letter';
}
