import { describe, expect, it } from 'vitest';
import { describeView, exportFileName } from './file-name.ts';

const day = new Date(2026, 11, 1, 23, 59);

describe('exportFileName', () => {
  it('names the filters, the count and the day', () => {
    const view = { columnFilters: [{ id: 'decision', value: ['Overturned'] }], globalFilter: '' };
    expect(exportFileName(view, 37, 'item', 'csv', day)).toBe('imr-lens-overturned-37-items-2026-12-01.csv');
  });
  it('says "all" for the whole table, and one item without a plural', () => {
    expect(exportFileName({ columnFilters: [], globalFilter: '  ' }, 1, 'item', 'csv', day)).toBe('imr-lens-all-1-item-2026-12-01.csv');
  });
  it('gives different views different names: date ranges and the search included, safe characters only', () => {
    const a = describeView({ columnFilters: [{ id: 'decisionDate', value: { from: '2016-01-01' } }], globalFilter: 'MRI / knee' });
    expect(a).toBe('decisiondate-from-2016-01-01-search-mri-knee');
    expect(describeView({ columnFilters: [{ id: 'category', value: ['physical therapy', 'imaging'] }], globalFilter: '' })).toBe(
      'physical-therapy-imaging',
    );
  });
});
