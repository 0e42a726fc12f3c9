// Every number the Insights page shows, as one CSV (through the table export's writer, so cells are
// neutralised the same way): one line per bar, per distribution and per histogram bin.
import { toCsv, type CsvCell } from '../export/csv.ts';
import type { Insights } from './aggregate.ts';

export const INSIGHTS_CSV_HEADER = [
  'Chart',
  'Group',
  'Items',
  'Decided',
  'Overturned',
  'Overturn rate (%)',
  '95% interval low (%)',
  '95% interval high (%)',
  'Letters',
  'Median days',
  '90th percentile days',
] as const;

const percent = (x: number | null | undefined) => (x === null || x === undefined ? null : Number((x * 100).toFixed(1)));
const days = (x: number | null) => (x === null ? null : Number(x.toFixed(1)));

export function insightsRows(insights: Insights): CsvCell[][] {
  const rows: CsvCell[][] = [
    [
      'All items',
      'All',
      insights.items,
      insights.decided,
      insights.overturned,
      percent(insights.rate),
      percent(insights.interval?.low),
      percent(insights.interval?.high),
      null,
      null,
      null,
    ],
  ];
  for (const chart of insights.charts) {
    for (const g of chart.groups) {
      rows.push([
        chart.title,
        g.value,
        g.items,
        g.n,
        g.overturned,
        percent(g.rate),
        percent(g.interval?.low),
        percent(g.interval?.high),
        null,
        null,
        null,
      ]);
    }
  }
  for (const d of insights.distributions) {
    rows.push([d.title, 'All letters with both dates', null, null, null, null, null, null, d.n, days(d.median), days(d.p90)]);
    for (const bin of d.bins)
      rows.push([d.title, `${bin.from}–${bin.to - 1} days`, null, null, null, null, null, null, bin.count, null, null]);
  }
  return rows;
}

export const insightsCsv = (insights: Insights) => toCsv(INSIGHTS_CSV_HEADER, insightsRows(insights));
