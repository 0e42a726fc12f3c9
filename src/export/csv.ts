// The table on screen as a CSV file: RFC 4180 (papaparse), UTF-8 with a BOM so spreadsheet apps
// read accents correctly, and every cell a spreadsheet could run as a formula neutralised.
import Papa from 'papaparse';

const BOM = '\uFEFF';

/**
 * A cell starting with = + - @ (or a tab / CR) is a formula to Excel, LibreOffice and Sheets:
 * letter text is untrusted, so such cells get a leading single quote (OWASP "CSV injection").
 * Cells with line breaks are quoted too, because some importers split them before quoting applies,
 * and a leading "-5" is kept as the text the letter holds rather than becoming a number.
 */
export function neutraliseCell(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) || /[\r\n]/.test(value)) return `'${value}`;
  return value;
}

export type CsvCell = string | number | null | undefined | readonly string[];

/** What a CSV file is made of: the header and the rows, in order (table/csv-schema.ts makes them from the table's rows). */
export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

export function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/** Header and rows (already in screen order) to the text of a .csv file, BOM included. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map((cell) => neutraliseCell(cellText(cell))));
  return BOM + Papa.unparse({ fields: header.map(neutraliseCell), data }, { newline: '\r\n', quotes: false, escapeFormulae: false });
}

/** Rows alone, written as toCsv writes them (no BOM, no header, no final line end): a CSV written a piece at a time. */
export function toCsvRows(rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map((cell) => neutraliseCell(cellText(cell))));
  return Papa.unparse(data, { newline: '\r\n', quotes: false, escapeFormulae: false });
}
