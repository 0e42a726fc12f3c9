import { describe, expect, it } from 'vitest';
import { readRows as flattenRows } from '../pipeline/app-rows.ts';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { prepareRowFacts, tallyRows } from './row-facts.ts';

const field = <T>(value: T) => ({ value, spans: [] });
/** New row objects each time (facts are kept per row object). */
const makeRows = () =>
  flattenRows([fakeEntry('a'), fakeEntry('b'), fakeEntry('c')], {
    a: fakeRecord({
      items: [fakeItem('MRI', 'Upheld', 'imaging'), fakeItem('Norco', 'Overturned', 'medication')],
      urDenialDate: field('2016-01-01'),
      decisionDate: field('2016-01-31'),
    }),
    b: fakeRecord({ items: [fakeItem('CT', 'Overturned', 'imaging')], priority: field('Expedited') }),
    c: fakeRecord({ items: [] }),
  });
const rows = makeRows();

const asObject = (tallies: Map<string, unknown>) => Object.fromEntries(tallies);

describe('tallyRows', () => {
  it('tallies each chart facet, whatever other lists of charts were tallied over the same rows before', () => {
    const byCategory = tallyRows(rows, ['category', 'priority']);
    expect(asObject(byCategory.charts[0]!)).toEqual({
      imaging: { items: 2, overturned: 1, upheld: 1 },
      medication: { items: 1, overturned: 1, upheld: 0 },
    });
    expect(asObject(byCategory.charts[1]!)).toEqual({
      'Not found': { items: 2, overturned: 1, upheld: 1 },
      Expedited: { items: 1, overturned: 1, upheld: 0 },
    });
    const byPriorityFirst = tallyRows(rows, ['priority', 'decision']);
    expect(asObject(byPriorityFirst.charts[0]!)).toEqual(asObject(byCategory.charts[1]!));
    expect(asObject(byPriorityFirst.charts[1]!)).toEqual({
      Upheld: { items: 1, overturned: 0, upheld: 1 },
      Overturned: { items: 2, overturned: 2, upheld: 0 },
    });
    // Counted again (facts kept per row): the same; a letter without items counts for no item.
    expect(tallyRows(rows, ['category', 'priority'])).toEqual(byCategory);
    expect([byCategory.items, byCategory.overturned, byCategory.upheld]).toEqual([3, 2, 1]);
  });

  it('refuses a column that has no facet', () => {
    expect(() => tallyRows(rows, ['request'])).toThrow('no facet request');
  });

  it('counts the same after the facts were worked out ahead (prepareRowFacts), in slices, days included', () => {
    const prepared = makeRows();
    prepareRowFacts(prepared, ['category', 'priority'], 0, 2);
    prepareRowFacts(prepared, ['category', 'priority'], 2, 100);
    const tallies = tallyRows(prepared, ['category', 'priority']);
    expect(tallies).toEqual(tallyRows(makeRows(), ['category', 'priority']));
    expect(tallies.urToDecision).toEqual([30]);
  });
});
