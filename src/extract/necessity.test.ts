import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { readNecessity } from './necessity.ts';
import { textField } from './spans.ts';

function conclude(rationale: string) {
  const text = `Decision rationale: ${rationale}`;
  const view = makeLetterView(text);
  const n = readNecessity(view, textField(view, 20, text.length));
  return { value: n.value, read: n.spans.map((s) => text.slice(s.start, s.end)) };
}

describe('necessity from the rationale conclusion', () => {
  it.each([
    ['The notes show no gain. Therefore, the request is not medically necessary.', 'not medically necessary', 'not medically necessary'],
    ['Pain halved with the trial. The request is medically necessary and appropriate.', 'medically necessary', 'medically necessary'],
    [
      'No, the injection was not medically necessary, medically appropriate, or indicated. The course was long.',
      'not medically necessary',
      'not medically necessary',
    ],
    ['The device adds nothing here. The request is not supported.', 'not medically necessary', 'is not supported'],
    [
      'The earlier trial failed, so this cannot be deemed medically necessary at this time.',
      'not medically necessary',
      'cannot be deemed medically necessary',
    ],
    [
      'The scan would not change care; it is not a medical necessity for the patient.',
      'not medically necessary',
      'not a medical necessity',
    ],
  ])('%s', (rationale, value, phrase) => {
    expect(conclude(rationale)).toEqual({ value, read: [phrase] });
  });

  it('reads the last conclusion, not an earlier one, and ignores quoted guideline text after it', () => {
    const r = conclude(
      'The first drug is not medically necessary. The second drug is medically necessary. This decision addresses the medical necessity of the drug; tapering, if necessary, is advised.',
    );
    expect(r).toEqual({ value: 'medically necessary', read: ['medically necessary'] });
  });

  it('reads a conclusion broken by a page break', () => {
    const r = conclude('The request is not\n\nPage 2 of 2\n\f\nmedically necessary.');
    expect(r).toEqual({ value: 'not medically necessary', read: ['not', 'medically necessary'] });
  });

  it('is null when the rationale states no conclusion', () => {
    expect(conclude('The file was reviewed.')).toEqual({ value: null, read: [] });
  });
});
