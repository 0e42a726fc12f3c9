// The state report as CSV (through the table export's writer, so cells are neutralised the same way):
// one line per row of each section, with the share and what it is a share of.
import { toCsv, type CsvCell } from '../export/csv.ts';
import type { StateReport } from './state-report.ts';

export const STATE_REPORT_CSV_HEADER = [
  'Section',
  'Group',
  'Items',
  'Share (%)',
  'Of',
  'Decided',
  'Overturned',
  'Overturn rate (%)',
  '95% interval low (%)',
  '95% interval high (%)',
] as const;

const percent = (x: number | null | undefined) => (x === null || x === undefined ? null : Number((x * 100).toFixed(1)));

export function stateReportRows(report: StateReport): CsvCell[][] {
  return report.sections.flatMap((s) =>
    s.rows.map((r) => [
      s.title,
      r.value,
      r.items,
      percent(r.share),
      s.base,
      r.n,
      r.overturned,
      percent(r.rate),
      percent(r.interval?.low),
      percent(r.interval?.high),
    ]),
  );
}

export const stateReportCsv = (report: StateReport) => toCsv(STATE_REPORT_CSV_HEADER, stateReportRows(report));
