import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segments.ts';

describe('segmentText', () => {
  it('covers the whole text, plain where no field is', () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, fields: [] }]);
    expect(segmentText(10, [{ id: 'a', spans: [{ start: 2, end: 5 }] }])).toEqual([
      { start: 0, end: 2, fields: [] },
      { start: 2, end: 5, fields: ['a'] },
      { start: 5, end: 10, fields: [] },
    ]);
  });

  it('names every field of an overlap (a necessity inside a rationale)', () => {
    const segments = segmentText(20, [
      { id: 'rationale', spans: [{ start: 0, end: 20 }] },
      { id: 'necessity', spans: [{ start: 12, end: 18 }] },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 12, fields: ['rationale'] },
      { start: 12, end: 18, fields: ['rationale', 'necessity'] },
      { start: 18, end: 20, fields: ['rationale'] },
    ]);
  });

  it('keeps the separate spans of one field apart and clamps spans to the text', () => {
    const segments = segmentText(12, [
      {
        id: 'dx',
        spans: [
          { start: 0, end: 3 },
          { start: 5, end: 8 },
          { start: 10, end: 99 },
          { start: 4, end: 4 },
        ],
      },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.fields.join()])).toEqual([
      [0, 3, 'dx'],
      [3, 5, ''],
      [5, 8, 'dx'],
      [8, 10, ''],
      [10, 12, 'dx'],
    ]);
  });
});
