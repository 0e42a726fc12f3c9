// `--format parquet` read back by an independent reader, DuckDB (as a researcher would read it), and
// checked against the JSON records of the same letters: rows, column types and values.
import { DuckDBInstance } from '@duckdb/node-api';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE, recordValue, type CatalogueEntry } from '../extract/field-catalogue.ts';
import type { LetterRecord } from '../extract/record.ts';
import { cellOf, parquetColumns, parquetTypeOf } from './parquet-schema.ts';
import { addRecords, emptyTable, openParquetOutput, writeParquetFile } from './records-parquet.ts';
import { runBuiltCli } from './run-built-cli.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'imr-lens-parquet-'));
const letters = join(work, 'letters');
mkdirSync(letters);
for (const name of readdirSync(SAMPLES).filter((n) => /\.(pdf|txt)$/.test(n))) copyFileSync(join(SAMPLES, name), join(letters, name));

const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
afterAll(() => {
  sql.closeSync();
  db.closeSync();
});

/** Rows as plain values: DATE as yyyy-mm-dd, lists as arrays. */
async function query(text: string): Promise<Record<string, unknown>[]> {
  const rows = await (await sql.runAndReadAll(text)).getRowObjectsJS();
  const plain = (v: unknown): unknown =>
    v instanceof Date ? v.toISOString().slice(0, 10) : Array.isArray(v) ? v.map(plain) : typeof v === 'bigint' ? Number(v) : v;
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
}

async function typesOf(file: string): Promise<Record<string, string>> {
  const rows = await query(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
  return Object.fromEntries(rows.map((r) => [r.column_name, r.column_type]));
}

function cli(args: string[]): string {
  const run = runBuiltCli(args);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('--format parquet', () => {
  const shards = join(work, 'shards');
  mkdirSync(shards);
  for (const k of [1, 2]) cli(['--format', 'parquet', '--shard', `${k}/2`, '--out', join(shards, `shard-${k}.parquet`), letters]);
  const records = JSON.parse(cli(['--format', 'json', letters])) as LetterRecord[];

  it('writes one file per shard, and together they hold one row per item of every letter, with its letter beside it', async () => {
    const perShard = await query(
      `SELECT filename, count(DISTINCT file) AS letters FROM read_parquet('${shards}/*.parquet', filename = true) GROUP BY ALL`,
    );
    expect(perShard).toHaveLength(2);
    for (const shard of perShard) expect(shard.letters).toBeGreaterThan(0);

    const rows = await query(`SELECT * FROM read_parquet('${shards}/*.parquet') ORDER BY file, item_number`);
    expect(rows).toHaveLength(records.reduce((n, r) => n + Math.max(1, r.items.length), 0));
    const expected = [...records]
      .sort((a, b) => (a.file < b.file ? -1 : 1))
      .flatMap((record): { record: LetterRecord; i: number | null }[] =>
        record.items.length > 0 ? record.items.map((_, i) => ({ record, i })) : [{ record, i: null }],
      );
    rows.forEach((row, n) => {
      const { record, i } = expected[n]!;
      expect(row.file).toBe(record.file);
      expect(row.sha256).toBe(record.sha256);
      expect(row.item_number).toBe(i === null ? null : i + 1);
      for (const entry of FIELD_CATALOGUE) expect(row[snake(entry)], `${record.file} ${entry.key}`).toEqual(asRead(entry, record, i));
    });
  });

  it('types its columns: DATE for dates, INTEGER for age, lists of VARCHAR for licensure, specialties and diagnoses', async () => {
    const types = await typesOf(join(shards, 'shard-1.parquet'));
    expect(types).toMatchObject({
      decision_date: 'DATE',
      date_of_injury: 'DATE',
      age: 'INTEGER',
      item_number: 'INTEGER',
      licensure: 'VARCHAR[]',
      specialties: 'VARCHAR[]',
      diagnoses: 'VARCHAR[]',
      decision: 'VARCHAR',
      case_number: 'VARCHAR',
      claims_administrator_guideline: 'VARCHAR',
    });
    const [letter] = await query(
      `SELECT decision_date, age, licensure, diagnoses, count(*) OVER () AS items FROM read_parquet('${shards}/*.parquet') WHERE case_number = 'CM16-0912345' AND item_number = 1`,
    );
    expect(letter).toEqual({
      decision_date: '2016-11-02',
      age: 47,
      licensure: ['California', 'Oregon'],
      diagnoses: ['lumbar strain', 'lumbar degenerative disc disease', 'right sacroiliitis'],
      items: 1,
    });
  });

  it('adds to its own file with --resume: the letters in it are skipped, the others added once', async () => {
    const out = join(work, 'resumed.parquet');
    const first = readdirSync(letters).sort()[0]!;
    cli(['--format', 'parquet', '--out', out, join(letters, first)]);
    const run = runBuiltCli(['--format', 'parquet', '--resume', '--out', out, letters]);
    expect(run.stderr).toContain('1 letters skipped');
    const again = runBuiltCli(['--format', 'parquet', '--resume', '--out', out, letters]);
    expect(again.stderr).toContain(`${records.length} letters skipped`);
    const rows = await query(`SELECT file, item_number, decision_date FROM read_parquet('${out}') ORDER BY file, item_number`);
    const all = await query(`SELECT file, item_number, decision_date FROM read_parquet('${shards}/*.parquet') ORDER BY file, item_number`);
    expect(rows).toEqual(all);
    expect(await typesOf(out)).toEqual(await typesOf(join(shards, 'shard-2.parquet')));
  });

  it('refuses --resume of a file that is not Parquet, and Parquet without --out', () => {
    const notParquet = join(work, 'not.parquet');
    writeFileSync(notParquet, 'not parquet');
    expect(runBuiltCli(['--format', 'parquet', '--resume', '--out', notParquet, letters]).stderr).toContain(
      `cannot resume: ${notParquet} is not a readable Parquet file`,
    );
    expect(runBuiltCli(['--format', 'parquet', letters]).stderr).toContain('--format parquet needs --out FILE');
  });
});

describe('Parquet columns from the field catalogue', () => {
  // A yes/no field and a text field added to a copy of the catalogue, as drugClass and compounded are.
  const base = FIELD_CATALOGUE.find((e) => e.key === 'request')!;
  const catalogue: CatalogueEntry[] = [
    ...FIELD_CATALOGUE,
    { ...base, key: 'drugClass', path: 'drugClass', label: 'Drug class', kind: 'text' },
    { ...base, key: 'compounded', path: 'compounded', label: 'Compounded', kind: 'flag' as CatalogueEntry['kind'] },
  ];

  it('gives a new field its snake_case column with the type of its kind, and DuckDB reads it so', async () => {
    const columns = parquetColumns(catalogue);
    expect(columns.slice(-5).map((c) => [c.name, c.type])).toEqual([
      ['drug_class', 'VARCHAR'],
      ['compounded', 'BOOLEAN'],
      ['item_number', 'INTEGER'],
      ['sha256', 'VARCHAR'],
      ['note', 'VARCHAR'],
    ]);
    const record = structuredClone(records()[0]!);
    const item = record.items[0]! as unknown as Record<string, unknown>;
    item.drugClass = { value: 'muscle relaxant', spans: [] };
    item.compounded = { value: true, spans: [] };
    const table = emptyTable(catalogue);
    addRecords(table, [record]);
    const file = join(work, 'new-fields.parquet');
    writeParquetFile(file, table);
    expect(await typesOf(file)).toMatchObject({ drug_class: 'VARCHAR', compounded: 'BOOLEAN' });
    expect(await query(`SELECT drug_class, compounded FROM read_parquet('${file}') LIMIT 1`)).toEqual([
      { drug_class: 'muscle relaxant', compounded: true },
    ]);
  });

  it('reads a flag as the table shows it (yes, no) or as the record holds it', () => {
    expect([cellOf('BOOLEAN', 'yes'), cellOf('BOOLEAN', 'no'), cellOf('BOOLEAN', true), cellOf('BOOLEAN', false)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([cellOf('BOOLEAN', 'maybe'), cellOf('BOOLEAN', null)]).toEqual([null, null]);
  });

  it('writes rows in the order the letters were named, whatever order they finish in', async () => {
    const named = ['a.pdf', 'b.pdf', 'c.pdf'].map((file) => ({ ...structuredClone(records()[0]!), file }));
    const file = join(work, 'ordered.parquet');
    const seen: string[] = [];
    const output = openParquetOutput(file, emptyTable(), (record) => seen.push(record.file));
    output.write(named[2]!, 2);
    output.write(named[0]!, 0);
    expect(seen).toEqual(['a.pdf']);
    output.write(named[1]!, 1);
    output.close();
    expect(seen).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect((await query(`SELECT file FROM read_parquet('${file}')`)).map((r) => r.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
  });

  it('writes a value that is not of its column type as null, never as a wrong value', async () => {
    const record = structuredClone(records()[0]!);
    record.decisionDate = { value: '2016-02-30', spans: [] };
    record.patient.age = { value: 47.5 as number, spans: [] };
    const table = emptyTable();
    addRecords(table, [record]);
    const file = join(work, 'bad-values.parquet');
    writeParquetFile(file, table);
    expect(await query(`SELECT decision_date, age FROM read_parquet('${file}') LIMIT 1`)).toEqual([{ decision_date: null, age: null }]);
  });
});

let sampleRecords: LetterRecord[] | undefined;
function records(): LetterRecord[] {
  sampleRecords ??= JSON.parse(cli(['--format', 'json', join(letters, 'CM16-0912345.pdf')])) as LetterRecord[];
  return sampleRecords;
}

const snake = (entry: CatalogueEntry) => parquetColumns([entry])[0]!.name;

/** What the JSON record holds for a column: the catalogue's value of the field (a date as yyyy-mm-dd, a list as a list, a flag as true or false). */
function asRead(entry: CatalogueEntry, record: LetterRecord, itemIndex: number | null): unknown {
  const cell = cellOf(parquetTypeOf(entry), recordValue(entry, record, itemIndex));
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
}
