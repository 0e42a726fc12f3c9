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

describe('segmentText with page furniture', () => {
  it('flags runs inside furniture, apart from the fields that share them', () => {
    // "Page 1 of 2\fDear Sir" with the page number as furniture and a field overlapping its end.
    const segments = segmentText(20, [{ id: 'a', spans: [{ start: 8, end: 14 }] }], [{ start: 0, end: 11 }]);
    expect(segments).toEqual([
      { start: 0, end: 8, fields: [], furniture: true },
      { start: 8, end: 11, fields: ['a'], furniture: true },
      { start: 11, end: 14, fields: ['a'] },
      { start: 14, end: 20, fields: [] },
    ]);
  });

  it('splits plain text at furniture edges and leaves text without furniture unflagged', () => {
    expect(segmentText(10, [], [{ start: 6, end: 99 }])).toEqual([
      { start: 0, end: 6, fields: [] },
      { start: 6, end: 10, fields: [], furniture: true },
    ]);
    expect(segmentText(10, [], [])).toEqual([{ start: 0, end: 10, fields: [] }]);
  });
});
