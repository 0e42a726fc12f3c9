// `--format parquet`: the rows of parquet-schema.ts written with hyparquet-writer (see README,
// "Dependencies and why"), and read back with hyparquet for `--resume`. The file is written whole at
// the end of a run (Parquet keeps its index in a footer, so it cannot be appended to), first under a
// temporary name and then renamed, so a run that is killed leaves the previous file, never half of one.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import { FIELD_CATALOGUE, type CatalogueEntry } from '../extract/field-catalogue.ts';
import type { LetterRecord } from '../extract/record.ts';
import { readLetterRows } from '../rows/item-rows.ts';
import { inNamedOrder } from './record-output.ts';
import { parquetColumns, type ParquetCell, type ParquetColumn, type ParquetType } from './parquet-schema.ts';

/** Rows as columns: one array of cells per column, in the order of the columns (those of the catalogue). */
export interface ParquetTable {
  catalogue: readonly CatalogueEntry[];
  columns: readonly ParquetColumn[];
  cells: ParquetCell[][];
}

export function emptyTable(catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE): ParquetTable {
  const columns = parquetColumns(catalogue);
  return { catalogue, columns, cells: columns.map(() => []) };
}

/** Adds the rows of these letters (in their order) to the table. */
export function addRecords(table: ParquetTable, records: readonly LetterRecord[]): void {
  for (const record of records)
    for (const row of readLetterRows({ id: record.sha256, name: record.file }, record, table.catalogue))
      table.columns.forEach((column, i) => table.cells[i]!.push(column.value(row, record)));
}

const TEXT = { type: 'BYTE_ARRAY', converted_type: 'UTF8' } as const;

/** The Parquet schema elements of one column: a list is the standard three levels (LIST, repeated `list`, `element`). */
function schemaOf(name: string, type: ParquetType): SchemaElement[] {
  const optional = { name, repetition_type: 'OPTIONAL' } as const;
  switch (type) {
    case 'VARCHAR':
      return [{ ...optional, ...TEXT }];
    case 'INTEGER':
      return [{ ...optional, type: 'INT32' }];
    case 'DATE':
      return [{ ...optional, type: 'INT32', converted_type: 'DATE' }];
    case 'BOOLEAN':
      return [{ ...optional, type: 'BOOLEAN' }];
    case 'VARCHAR[]':
      return [
        { ...optional, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', repetition_type: 'OPTIONAL', ...TEXT },
      ];
  }
}

export function parquetBytes(table: ParquetTable): Uint8Array {
  const schema: SchemaElement[] = [
    { name: 'root', num_children: table.columns.length },
    ...table.columns.flatMap((c) => schemaOf(c.name, c.type)),
  ];
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((c, i) => ({ name: c.name, data: table.cells[i]! as unknown[] })),
    schema,
    createdBy: 'imr-lens',
  });
  return new Uint8Array(buffer);
}

/** Writes the table to `path` through a temporary file in the same folder. */
export function writeParquetFile(path: string, table: ParquetTable): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, parquetBytes(table));
  renameSync(partial, path);
}

/** Where a run's records go with `--format parquet`: as the other formats' outputs, `write` as each letter finishes, `close` at the end. */
export interface ParquetOutput {
  /** `index`: the letter's place among those named; rows keep that order (a record that finishes early waits). */
  write(record: LetterRecord, index: number): void;
  /** Adds what is still waiting (letters never read leave a gap) and writes the file. */
  close(): void;
}

/**
 * Rows are made from each record as its turn comes (the record itself is not kept) and added to
 * `table` (an earlier run's rows, with --resume); `onTurn` sees each record then (duplicate marking).
 */
export function openParquetOutput(path: string, table: ParquetTable, onTurn?: (record: LetterRecord) => void): ParquetOutput {
  const ordered = inNamedOrder((record) => {
    onTurn?.(record);
    addRecords(table, [record]);
  });
  return {
    write: (record, index) => ordered.add(record, index),
    close() {
      ordered.flush();
      writeParquetFile(path, table);
    },
  };
}

/**
 * `--resume`: the rows an earlier run wrote to `path` (none when there is no file), and the letters
 * they are of. Throws with a message for the user when the file is not one this CLI can add to.
 */
export async function readEarlierParquet(
  path: string,
  catalogue: readonly CatalogueEntry[] = FIELD_CATALOGUE,
): Promise<{ records: Pick<LetterRecord, 'file' | 'sha256'>[]; table: ParquetTable }> {
  const table = emptyTable(catalogue);
  const { columns } = table;
  if (!existsSync(path)) return { records: [], table };
  const bytes = readFileSync(path);
  let rows: Record<string, unknown>[];
  try {
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  } catch (error) {
    throw new Error(`cannot resume: ${path} is not a readable Parquet file (${(error as Error).message})`);
  }
  const names = new Set(Object.keys(rows[0] ?? {}));
  const absent = columns.filter((c) => rows.length > 0 && !names.has(c.name)).map((c) => c.name);
  if (absent.length > 0) throw new Error(`cannot resume: ${path} has no column ${absent.join(', ')} (written by another version?)`);
  const records = new Map<string, Pick<LetterRecord, 'file' | 'sha256'>>();
  for (const row of rows) {
    columns.forEach((c, i) => table.cells[i]!.push(fromRead(row[c.name])));
    const file = String(row.file);
    if (!records.has(file)) records.set(file, { file, sha256: String(row.sha256) });
  }
  return { records: [...records.values()], table };
}

/** A value as hyparquet reads it, as the writer takes it again (lists of strings, Dates, numbers as numbers). */
function fromRead(value: unknown): ParquetCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(String);
  return value as ParquetCell;
}
