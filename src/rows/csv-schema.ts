// The one CSV schema, for the app's "Export CSV" and the CLI's `--format csv`: a header and cells from
// rows, through the columns' own facts (row-columns.ts: the value the table shows, the header). The
// app passes its pipeline, the rows and the columns on screen; the CLI the core's pipeline, every row
// of every letter and every column. The same letters thus give the same headers and values in both
// (cli/csv-schema.test.ts). The export (export/) is then given the header and rows, never the table.
import type { CsvCell, CsvTable } from '../export/csv.ts';
import type { ItemRow } from './item-rows.ts';
import type { RowPipeline } from './row-pipeline.ts';

/**
 * The rows (already in screen order) under the columns named (in that order; every exported column
 * when none are). Beside each column a feature reports a value as read for (the review's corrections),
 * that value ("Request (as read)"); then the columns written only when some row has a value (the
 * review's notes).
 */
export function csvTable<R extends ItemRow>(pipeline: RowPipeline<R>, rows: readonly R[], columnIds?: readonly string[]): CsvTable {
  const named = columnIds ? columnIds.flatMap((id) => pipeline.columnById.get(id) ?? []) : pipeline.columns;
  const columns = named.filter((c) => c.csv === 'always');
  const whenAny = pipeline.columns.filter((c) => c.csv === 'when-any' && rows.some((row) => c.value(row) !== undefined));
  const asRead = rows.map((row) => pipeline.asRead(row));
  const corrected = new Set(asRead.flatMap((values) => Object.keys(values)));
  const header: string[] = [];
  for (const c of columns) {
    header.push(c.header);
    if (corrected.has(c.id)) header.push(`${c.header} (as read)`);
  }
  for (const c of whenAny) header.push(c.header);
  const cells = rows.map((row, i) => {
    const out: CsvCell[] = [];
    const read = asRead[i]!;
    for (const c of columns) {
      const value = c.value(row);
      out.push(value);
      if (corrected.has(c.id)) out.push(c.id in read ? read[c.id] : value);
    }
    for (const c of whenAny) out.push(c.value(row) ?? '');
    return out;
  });
  return { header, rows: cells };
}
