import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readRows as flattenRows } from '../pipeline/app-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { computeInsights } from './aggregate.ts';
import { INSIGHTS_CSV_HEADER, insightsCsv } from './insights-csv.ts';

describe('insightsCsv', () => {
  it('writes one line per bar and per distribution, with counts and rates, formula-like values neutralised', () => {
    const field = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });
    const records = {
      a: fakeRecord({
        items: [fakeItem('=cmd|calc', 'Overturned', 'medication'), fakeItem('Norco', 'Upheld', 'medication')],
        urDenialDate: field('2016-01-01'),
        decisionDate: field('2016-01-31'),
        reviewer: { licensure: field(['California']), specialties: field(['=HYPERLINK("x")']) },
      }),
    };
    const csv = insightsCsv(computeInsights(flattenRows([fakeEntry('a')], records)));
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...INSIGHTS_CSV_HEADER]);
    expect(rows[1]).toEqual(['All items', 'All', '2', '2', '1', '50', '9.5', '90.5', '', '', '']);
    expect(rows).toContainEqual(['Overturn rate by category', 'medication', '2', '2', '1', '50', '9.5', '90.5', '', '', '']);
    expect(rows).toContainEqual([
      'Overturn rate by reviewer specialty',
      `'=HYPERLINK("x")`,
      '2',
      '2',
      '1',
      '50',
      '9.5',
      '90.5',
      '',
      '',
      '',
    ]);
    expect(rows).toContainEqual(['Most frequent requests', 'cmd calc', '1', '1', '1', '100', '20.7', '100', '', '', '']);
    expect(rows).toContainEqual([
      'Days from UR denial to decision',
      'All letters with both dates',
      '',
      '',
      '',
      '',
      '',
      '',
      '1',
      '30',
      '30',
    ]);
  });
});
