import { describe, expect, it } from 'vitest';
import { captionLines, describeFilters, formatExportDate, type ChartCaption } from './export-caption.ts';

const chars = (text: string) => text.length;

describe('describeFilters', () => {
  it('names each filter as the sidebar does, with its ticked values, date range and the search', () => {
    expect(
      describeFilters({
        columnFilters: [
          { id: 'decision', value: ['Overturned'] },
          { id: 'category', value: ['imaging', 'surgery'] },
          { id: 'decisionDate', value: { from: '2024-01-01' } },
          { id: 'urDenialDate', value: { from: '2023-02-01', to: '2023-03-31' } },
        ],
        globalFilter: '  knee ',
      }),
    ).toEqual([
      'Decision: Overturned',
      'Category: imaging, surgery',
      'Decision date: from 2024-01-01',
      'UR denial date: from 2023-02-01 to 2023-03-31',
      'Search: “knee”',
    ]);
  });

  it('says nothing of filters that filter nothing (nothing ticked, an empty range, an empty search)', () => {
    expect(
      describeFilters({
        columnFilters: [
          { id: 'category', value: [] },
          { id: 'decisionDate', value: { from: '', to: '' } },
          { id: 'decisionDate', value: null },
        ],
        globalFilter: ' ',
      }),
    ).toEqual([]);
  });
});

describe('captionLines', () => {
  const caption: ChartCaption = {
    title: 'Overturn rate by reviewer specialty',
    n: '26 items (24 decided)',
    filters: ['Decision: Overturned', 'Category: imaging, surgery'],
    exportedAt: new Date(2026, 11, 8, 9, 5),
  };

  it('gives the title, then n and the day of export, then the filters', () => {
    const { title, lines } = captionLines(caption, 200, chars, chars);
    expect(title).toEqual(['Overturn rate by reviewer specialty']);
    expect(lines).toEqual([
      'n = 26 items (24 decided) · exported 2026-12-08 09:05',
      'Filters: Decision: Overturned; Category: imaging, surgery',
    ]);
  });

  it('says so when no filter is set', () => {
    expect(captionLines({ ...caption, filters: [] }, 200, chars, chars).lines[1]).toBe('Filters: none (all letters read)');
  });

  it('wraps every line within the width, keeping every filter', () => {
    const filters = ['Category: durable medical equipment, home health, physical therapy', 'Reviewer specialty: Pain Medicine'];
    const { title, lines } = captionLines({ ...caption, filters }, 30, chars, chars);
    for (const line of [...title, ...lines]) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines.join(' ')).toContain('Pain Medicine');
    expect(lines.join(' ')).toContain('2026-12-08');
  });
});

describe('formatExportDate', () => {
  it('writes the day and time in the local time zone', () => {
    expect(formatExportDate(new Date(2027, 0, 3, 17, 40))).toBe('2027-01-03 17:40');
  });
});
