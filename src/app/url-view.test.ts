import { describe, expect, it } from 'vitest';
import { queryToView, viewToQuery } from './url-view.ts';

describe('the view in the address', () => {
  it('round-trips search, facet values, date ranges and sorting', () => {
    const view = {
      globalFilter: 'MRI knee',
      columnFilters: [
        { id: 'decision', value: ['Overturned', 'Upheld'] },
        { id: 'decisionDate', value: { from: '2016-01-01', to: '2016-12-31' } },
        { id: 'dateOfInjury', value: { to: '2010-05-01' } },
      ],
      sorting: [
        { id: 'decisionDate', desc: true },
        { id: 'caseNumber', desc: false },
      ],
    };
    const query = viewToQuery(view);
    expect(query).toBe(
      '?q=MRI+knee&decision=Overturned&decision=Upheld&decisionDate=2016-01-01..2016-12-31&dateOfInjury=..2010-05-01&sort=decisionDate%3Adesc%2CcaseNumber',
    );
    expect(queryToView(query)).toEqual(view);
  });
  it('names no view for an empty query, and ignores what is not a filter or not a date', () => {
    expect(viewToQuery({ globalFilter: ' ', columnFilters: [], sorting: [] })).toBe('');
    expect(queryToView('')).toBeNull();
    expect(queryToView('?utm=x&decisionDate=yesterday..')).toBeNull();
  });
  it("never writes a letter's words or dates: facets of a letter's values stay out of the address", () => {
    const view = {
      globalFilter: '',
      columnFilters: [
        { id: 'decision', value: ['Upheld'] },
        { id: 'category', value: ['imaging'] },
        { id: 'specialties', value: ['Orthopaedic Surgery'] },
        { id: 'licensure', value: ['California'] },
        { id: 'priority', value: ['Expedited'] },
        { id: 'requestKind', value: ['physical therapy'] },
        { id: 'guidelineSection', value: ['Knee Complaints'] },
        { id: 'decisionMonth', value: ['2016-11'] },
      ],
      sorting: [],
    };
    expect(viewToQuery(view)).toBe('?decision=Upheld&category=imaging');
    // Nor are they read from an address someone wrote by hand.
    expect(queryToView('?specialties=Orthopaedic+Surgery&requestKind=mri')).toBeNull();
  });
});
