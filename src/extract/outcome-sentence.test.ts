import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { findOutcomeSentences } from './outcome-sentence.ts';

const read = (text: string) =>
  findOutcomeSentences(makeLetterView(text)).map((s) => ({
    number: s.number,
    request: s.request.value,
    decision: s.decision.value,
    words: s.decision.spans.map((sp) => text.slice(sp.start, sp.end)),
  }));

describe('numbered outcome sentences', () => {
  it('reads "has determined the request for X is (not) medically necessary", wrapped over lines', () => {
    const text =
      'Intro.\n\n1) MAXIMUS Federal Services, Inc. has determined the request for six sessions of\ncognitive behavioral therapy is not medically necessary and appropriate.\n\n' +
      '2) MAXIMUS Federal Services, Inc. has determined the requested Celecoxib 200mg #30 is medically necessary and appropriate.\n';
    expect(read(text)).toEqual([
      { number: 1, request: 'six sessions of cognitive behavioral therapy', decision: 'Upheld', words: ['not medically necessary'] },
      { number: 2, request: 'Celecoxib 200mg #30', decision: 'Overturned', words: ['medically necessary'] },
    ]);
  });

  it('reads a short numbered heading without the lead-in', () => {
    expect(read('3. Lumbar traction unit is not medically necessary and appropriate.\n')).toEqual([
      { number: 3, request: 'Lumbar traction unit', decision: 'Upheld', words: ['not medically necessary'] },
    ]);
  });

  it('skips "Regarding the request for" headings and numbered lines that state no outcome, never reading across a paragraph', () => {
    const text =
      '1) Regarding the request for a cane:\nRationale Used by the Expert Reviewer:\nThe cane is not medically necessary.\n\n' +
      '2. Follow up in four weeks\n\nThe request is medically necessary.\n';
    expect(read(text)).toEqual([]);
  });
});
