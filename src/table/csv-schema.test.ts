// The app's CSV and the CLI's CSV of the same letters are the same file: the app's rows built as the
// app builds them (store entries → flattenRows → applyReview → the table with every column shown →
// csvTable), the CLI's by records-csv.ts.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { recordsToCsv } from '../cli/records-csv.ts';
import { parseLetter } from '../parsing/worker/parse-letter.ts';
import { EMPTY_REVIEW } from '../review/review-model.ts';
import { applyReview } from '../review/review-rows.ts';
import { stateForRecord } from '../store/actions.ts';
import type { FileEntry } from '../store/file-entry.ts';
import { toCsv } from '../export/csv.ts';
import { fakeRecord, referenceTable } from '../test-support/test-records.ts';
import { HIDDEN_ALWAYS } from './columns.tsx';
import { csvTable } from './csv-schema.ts';
import { flattenRows } from './item-rows.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', SAMPLES), 'utf8')) as string[];

/** The CSV "Export CSV" writes with every column shown, as TableToolbar builds it. */
function appCsv(records: readonly LetterRecord[]): string {
  const entries: FileEntry[] = records.map((r) => ({
    id: r.sha256,
    name: r.file,
    size: 1,
    addedAt: 0,
    ...stateForRecord(r),
  }));
  const byId = Object.fromEntries(records.map((r) => [r.sha256, r]));
  const rows = applyReview(flattenRows(entries, byId), byId, EMPTY_REVIEW);
  const table = referenceTable(rows, { state: { columnVisibility: Object.fromEntries([...HIDDEN_ALWAYS].map((id) => [id, false])) } });
  const { header, rows: cells } = csvTable(
    table.getRowModel().rows.map((r) => r.original),
    table.getVisibleLeafColumns().map((c) => c.id),
  );
  return toCsv(header, cells);
}

describe('one CSV schema for the app and the CLI', () => {
  let records: LetterRecord[] = [];
  beforeAll(async () => {
    records = await Promise.all(
      index.map((file) => parseLetter({ name: file, bytes: new Uint8Array(readFileSync(new URL(file, SAMPLES))).buffer })),
    );
    // A letter read without any item: its one row says why, in both.
    records.push(
      fakeRecord({
        sha256: 'no-items',
        file: 'no-items.txt',
        status: 'partial',
        items: [],
        problems: [{ severity: 'warning', message: 'Something odd.' }],
      }),
    );
  });

  it('gives the same headers and values for the same letters', () => {
    const app = appCsv(records);
    const cli = recordsToCsv(records);
    const [appHeader, ...appRows] = Papa.parse<string[]>(app.slice(1).trim()).data;
    const [cliHeader, ...cliRows] = Papa.parse<string[]>(cli.slice(1).trim()).data;
    expect(appHeader).toEqual(cliHeader);
    expect(appRows).toEqual(cliRows);
    // One row per item, one for the letter without items; every field of the catalogue is a column.
    expect(appRows).toHaveLength(records.reduce((n, r) => n + Math.max(1, r.items.length), 0));
    expect(appHeader).toEqual(expect.arrayContaining(['Review', 'Decision', 'Case number', 'Reviewer licensure', 'Rationale', 'Item']));
    // Byte for byte, but for the line the CLI ends its file with.
    expect(cli).toBe(`${app}\r\n`);
  });

  it('writes a column the letters leave empty as empty cells, not as missing columns', () => {
    const cli = Papa.parse<string[]>(recordsToCsv(records).slice(1).trim()).data;
    const original = cli[0]!.indexOf('Original request');
    expect(original).toBeGreaterThan(0);
    expect(cli.slice(1).every((row) => row.length === cli[0]!.length)).toBe(true);
  });
});
