// The one CSV schema, for the app's "Export CSV" and the CLI's `--format csv`: a header and cells from
// table rows (item-rows.ts) through the table's own column values (row-columns.ts). The app passes the
// rows and the columns on screen; the CLI every row of every letter and every column. The same letters
// thus give the same headers and values in both (csv-schema.test.ts). The export (export/) is then
// given the header and rows, never the table.
import type { CsvCell, CsvTable } from '../export/csv.ts';
import type { ItemRow } from './item-rows.ts';
import { ROW_COLUMNS, type RowColumn } from './row-columns.ts';

/**
 * The rows (already in screen order) under the columns named (in that order; every column when none
 * are). Beside each column the reviewer corrected somewhere, the value as read ("Request (as read)"),
 * and the notes at the end when there are any (review/).
 */
export function csvTable(rows: readonly ItemRow[], columnIds?: readonly string[], all: readonly RowColumn[] = ROW_COLUMNS): CsvTable {
  const byId = new Map(all.map((c) => [c.id, c]));
  const columns = columnIds ? columnIds.flatMap((id) => byId.get(id) ?? []) : all;
  const corrected = new Set(rows.flatMap((row) => Object.keys(row.review.asRead)));
  const noted = rows.some((row) => row.review.note || row.review.letterNote);
  const header: string[] = [];
  for (const c of columns) {
    header.push(c.header);
    if (corrected.has(c.id)) header.push(`${c.header} (as read)`);
  }
  if (noted) header.push('Item note', 'Letter note');
  const cells = rows.map((row) => {
    const out: CsvCell[] = [];
    const { review } = row;
    for (const c of columns) {
      const value = c.value(row);
      out.push(value);
      if (corrected.has(c.id)) out.push(c.id in review.asRead ? review.asRead[c.id] : value);
    }
    if (noted) out.push(review.note, review.letterNote);
    return out;
  });
  return { header, rows: cells };
}
