// The row core alone, with no feature registered: the CLI's rows and CSV (no review column, since no
// review was given), and the reference the app's pipeline adds to.
import type { LetterRecord } from '../extract/record.ts';
import { FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import { readLetterRows, type ItemRow, type RowFile } from './item-rows.ts';
import { coreColumns } from './row-columns.ts';
import { rowPipeline, type RowPipeline } from './row-pipeline.ts';

export const CORE_ROWS: RowPipeline<ItemRow> = rowPipeline(coreColumns());

/** The finished rows of one letter under the core's columns (or a catalogue's, for a test). */
export function coreLetterRows(
  file: RowFile,
  record: LetterRecord | undefined,
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): ItemRow[] {
  const pipeline = catalogue === FIELD_CATALOGUE ? CORE_ROWS : rowPipeline(coreColumns(catalogue));
  return readLetterRows(file, record, catalogue).map(pipeline.finish);
}
