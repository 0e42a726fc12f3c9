import { describe, expect, it } from 'vitest';
import { readRows as flattenRows } from '../pipeline/app-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { computeInsights } from './aggregate.ts';
import { stateReportCsv } from './state-report-csv.ts';

const field = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });

/** Two letters: three medications (two opioids, one muscle relaxant) and one MRI; reviewers of one and two specialties. */
function rows() {
  const records = {
    a: fakeRecord({
      reviewer: { licensure: field(['California']), specialties: field(['Pain Medicine']) },
      items: [
        fakeItem('Norco', 'Upheld', 'medication', 'x', { drugClass: 'opioid' }),
        fakeItem('Tapentadol', 'Overturned', 'medication', 'x', { drugClass: 'opioid' }),
        fakeItem('MRI', 'Upheld', 'imaging'),
      ],
    }),
    b: fakeRecord({
      reviewer: { licensure: field(['Oregon']), specialties: field(['Pain Medicine', 'Anesthesiology']) },
      items: [fakeItem('Tizanidine', 'Upheld', 'medication', 'x', { drugClass: 'muscle relaxant', compounded: false })],
    }),
  };
  return flattenRows([fakeEntry('a'), fakeEntry('b')], records);
}

describe('state report', () => {
  const insights = computeInsights(rows());
  const section = (id: string) => insights.report.sections.find((s) => s.id === id)!;
  const row = (id: string, value: string) => section(id).rows.find((r) => r.value === value);

  it('gives shares of all items by category, with overturn rates among decided items', () => {
    expect(section('category')).toMatchObject({ base: 'all items', baseItems: 4 });
    expect(row('category', 'medication')).toMatchObject({ items: 3, share: 0.75, n: 3, overturned: 1, rate: 1 / 3 });
    expect(row('category', 'imaging')).toMatchObject({ items: 1, share: 0.25, rate: 0 });
  });

  it('gives drug classes as shares of the medication items only, leaving other categories out', () => {
    expect(section('drugClass')).toMatchObject({ base: 'medication items', baseItems: 3 });
    expect(section('drugClass').rows.map((r) => [r.value, r.items, r.share])).toEqual([
      ['opioid', 2, 2 / 3],
      ['muscle relaxant', 1, 1 / 3],
    ]);
  });

  it('counts an item once for each specialty of its reviewer, and says so', () => {
    expect(row('specialty', 'Pain Medicine')).toMatchObject({ items: 4, share: 1 });
    expect(row('specialty', 'Anesthesiology')).toMatchObject({ items: 1, share: 0.25 });
    expect(section('specialty').note).toMatch(/more than 100%/);
  });

  it('the drug-class chart shows medications only', () => {
    expect(insights.charts.find((c) => c.id === 'drugClass')!.groups.map((g) => g.value)).toEqual(['opioid', 'muscle relaxant']);
  });

  it('exports as CSV, one line per row of each section', () => {
    const lines = stateReportCsv(insights.report).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'Section,Group,Items,Share (%),Of,Decided,Overturned,Overturn rate (%),95% interval low (%),95% interval high (%)',
    );
    expect(lines).toContain('By drug class (medications),opioid,2,66.7,medication items,2,1,50,9.5,90.5');
    expect(lines).toHaveLength(1 + 2 + 2 + 2);
  });
});
