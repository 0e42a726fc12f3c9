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

// Conclusions worded as reviewers write them, none taken from a corpus letter.
describe('necessity in every common wording', () => {
  it.each([
    [
      'The knee is stable. This brace is not supported by the provided records as being medically necessary.',
      'not medically necessary',
      'not supported by the provided records as being medically necessary',
    ],
    [
      'Given the normal exam, the medical necessity of this request is not established.',
      'not medically necessary',
      'medical necessity of this request is not established',
    ],
    [
      'With no flare documented, medical necessity has not been established.',
      'not medically necessary',
      'medical necessity has not been established',
    ],
    ['The prior studies were normal; as such the request is not necessary.', 'not medically necessary', 'request is not necessary'],
    [
      'No red flags are present. The scan is not indicated as medically necessary.',
      'not medically necessary',
      'not indicated as medically necessary',
    ],
    ['The dose exceeds the ceiling, so it is not medically appropriate.', 'not medically necessary', 'is not medically appropriate'],
    ['Function improved with the first course. The renewal is medically appropriate.', 'medically necessary', 'is medically appropriate'],
    [
      'The surgeon documented instability, and the medical necessity for the fusion has been established.',
      'medically necessary',
      'medical necessity for the fusion has been established',
    ],
    ['She was not working and is now at full duty, so the request is medically necessary.', 'medically necessary', 'medically necessary'],
    ['He has not improved, and the requested therapy is medically necessary.', 'medically necessary', 'medically necessary'],
    ['The brace would add nothing and is medically unnecessary.', 'not medically necessary', 'medically unnecessary'],
    ['The request is non-certified.', 'not medically necessary', 'is non-certified'],
    ['The documentation does not meet guideline criteria for repeat imaging.', 'not medically necessary', 'does not meet guideline'],
    [
      'It was neither shown nor argued to be medically necessary.',
      'not medically necessary',
      'neither shown nor argued to be medically necessary',
    ],
  ])('%s', (rationale, value, phrase) => {
    expect(conclude(rationale)).toEqual({ value, read: [phrase] });
  });
});
