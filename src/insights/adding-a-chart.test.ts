// The proof that a new Insights chart is one line in RATE_CHARTS (aggregate.ts): a breakdown by any
// facet of the rows (the catalogue's, or one Insights registers in insights-model/insights-rows.ts)
// added to the real list is counted in the one pass, drawn as a card like the others (ChartCards
// reads `insights.charts`) and written to the Insights CSV. A list of charts or facets kept anywhere
// else on that path would not have it, and this test would fail.
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { readRows } from '../pipeline/app-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { computeInsights, RATE_CHARTS, type RateChartSpec } from './aggregate.ts';
import { insightsCsv } from './insights-csv.ts';

const BY_SEX: RateChartSpec = { id: 'sex', title: 'Overturn rate by patient sex', facet: 'sex', kind: 'rate', order: 'items', limit: 5 };
(RATE_CHARTS as RateChartSpec[]).push(BY_SEX);

const sexOf = (value: 'male' | 'female') => ({ value, spans: [{ start: 0, end: 1 }] });
const records: Record<string, LetterRecord> = {
  a: fakeRecord({ patient: { ...fakeRecord().patient, sex: sexOf('female') }, items: [fakeItem('Knee MRI', 'Overturned', 'imaging')] }),
  b: fakeRecord({
    patient: { ...fakeRecord().patient, sex: sexOf('male') },
    items: [fakeItem('Back brace', 'Upheld', 'durable medical equipment'), fakeItem('Gabapentin', 'Upheld', 'medication')],
  }),
};
const rows = readRows([fakeEntry('a'), fakeEntry('b')], records);

describe('a chart added to RATE_CHARTS', () => {
  it('is counted with the others, by the values of its facet', () => {
    const chart = computeInsights(rows).charts.find((c) => c.id === 'sex');
    expect(chart?.title).toBe('Overturn rate by patient sex');
    expect(chart?.groups.map((g) => [g.value, g.items, g.overturned, g.upheld])).toEqual([
      ['male', 2, 0, 2],
      ['female', 1, 1, 0],
    ]);
  });

  it('is in the Insights CSV under its title', () => {
    const csv = insightsCsv(computeInsights(rows));
    expect(csv).toContain('Overturn rate by patient sex');
    expect(csv).toMatch(/Overturn rate by patient sex,female,1,1,1/);
  });
});
