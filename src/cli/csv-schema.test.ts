// The app's CSV and the CLI's CSV of the same letters are the same file but for the review's column
// (the CLI was given no review) and the cases' (the CLI writes each letter as it is, copies or not): the app's rows built as the app builds them (store entries → its row
// pipeline, the review laid over → every column but the review's shown → csvTable), the CLI's by
// records-csv.ts.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { recordsToCsv } from './records-csv.ts';
import { parseLetter } from '../parsing/worker/parse-letter.ts';
import { EMPTY_REVIEW } from '../review-model/review-model.ts';
import { APP_ROWS, appRows } from '../pipeline/app-rows.ts';
import { stateForRecord } from '../store/actions.ts';
import type { FileEntry } from '../store/file-entry.ts';
import { toCsv } from '../export/csv.ts';
import { fakeRecord } from '../test-support/test-records.ts';
import { csvTable } from '../rows/csv-schema.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', SAMPLES), 'utf8')) as string[];

/** The CSV "Export CSV" writes with these columns shown (every one the table can show by default), as TableToolbar builds it. */
function appCsv(records: readonly LetterRecord[], hide: readonly string[] = []): string {
  const entries: FileEntry[] = records.map((r) => ({
    id: r.sha256,
    name: r.file,
    size: 1,
    addedAt: 0,
    ...stateForRecord(r),
  }));
  const byId = Object.fromEntries(records.map((r) => [r.sha256, r]));
  const rows = appRows(entries, byId, EMPTY_REVIEW);
  const shown = APP_ROWS.columns.filter((c) => c.cell !== null && !hide.includes(c.id)).map((c) => c.id);
  const { header, rows: cells } = csvTable(APP_ROWS, rows, shown);
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

  it('reads the sample PDFs with PDFium, as the app and the CLI do', () => {
    const pdfs = records.filter((r) => r.file.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.map((r) => r.textEngine)).toEqual(pdfs.map(() => 'pdfium'));
  });

  it("gives the same headers and values for the same letters, but for the app's review and copies columns", () => {
    const appHeader0 = Papa.parse<string[]>(appCsv(records).slice(1).trim()).data[0]!;
    expect(appHeader0[0]).toBe('Review');
    expect(appHeader0).toContain('Copies');
    const app = appCsv(records, ['reviewStatus', 'copies']);
    const cli = recordsToCsv(records);
    const [appHeader, ...appRows] = Papa.parse<string[]>(app.slice(1).trim()).data;
    const [cliHeader, ...cliRows] = Papa.parse<string[]>(cli.slice(1).trim()).data;
    expect(appHeader).toEqual(cliHeader);
    expect(appRows).toEqual(cliRows);
    // One row per item, one for the letter without items; every field of the catalogue is a column.
    expect(appRows).toHaveLength(records.reduce((n, r) => n + Math.max(1, r.items.length), 0));
    expect(appHeader).toEqual(expect.arrayContaining(['Decision', 'Case number', 'Reviewer licensure', 'Rationale', 'Item']));
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
