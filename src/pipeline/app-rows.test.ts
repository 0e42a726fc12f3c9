import { describe, expect, it } from 'vitest';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { APP_ROWS, readRows } from './app-rows.ts';

describe("the app's rows", () => {
  it('skips failed files and files still pending; a finished letter without a record still has its row', () => {
    const records = {
      b: fakeRecord({ items: [], status: 'failed', problems: [{ severity: 'error', message: 'The file is empty.', code: 'empty' }] }),
    };
    const rows = readRows(
      [
        fakeEntry('b', 'failed', 'The file is empty.'),
        fakeEntry('c', 'queued'),
        fakeEntry('d', 'failed', 'Worker crashed'),
        fakeEntry('e'),
      ],
      records,
    );
    expect(rows.map((r) => [r.id, r.itemIndex, r.note, r.values.warnings])).toEqual([
      ['e:letter', null, 'No disputed items found in this letter', 0],
    ]);
  });

  it("orders the columns: the review's state, the catalogue's fields, the item's number, then the filters", () => {
    const ids = APP_ROWS.columns.map((c) => c.id);
    expect(ids[0]).toBe('reviewStatus');
    expect(ids.slice(1, 3)).toEqual(['decision', 'request']);
    expect(APP_ROWS.facets.map((c) => c.id)).toEqual([
      'reviewStatus',
      'decision',
      'category',
      'drugClass',
      'compounded',
      'specialties',
      'licensure',
      'sex',
      'priority',
      'layout',
      'hasWarnings',
      'reviewerSources',
      'decisionMonth',
      'requestKind',
      'guidelineSection',
    ]);
  });

  it("puts in the address only the facets of the app's own words, never a letter's words or dates", () => {
    expect(APP_ROWS.facets.filter((c) => c.facet?.inAddress).map((c) => c.id)).toEqual([
      'reviewStatus',
      'decision',
      'category',
      'drugClass',
      'compounded',
      'sex',
      'layout',
      'hasWarnings',
      'reviewerSources',
    ]);
  });

  it("gives each row Insights' fields and the review's", () => {
    const rows = readRows([fakeEntry('a')], { a: fakeRecord({ items: [fakeItem('Physical therapy 2x6', 'Upheld', 'physical therapy')] }) });
    expect(rows[0]).toMatchObject({ requestKind: 'physical therapy', reviewerSources: ['MTUS'], review: { status: 'unreviewed' } });
  });
});
