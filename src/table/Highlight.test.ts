import { describe, expect, it } from 'vitest';
import { splitMatches } from './Highlight.tsx';

describe('splitMatches', () => {
  it('splits around every case-insensitive match', () => {
    expect(splitMatches('MRI of the knee, mri again', 'mri')).toEqual([
      ['MRI', true],
      [' of the knee, ', false],
      ['mri', true],
      [' again', false],
    ]);
  });
  it('leaves text without a match, or with no search, whole', () => {
    expect(splitMatches('Tramadol', 'mri')).toEqual([['Tramadol', false]]);
    expect(splitMatches('Tramadol', '')).toEqual([['Tramadol', false]]);
  });
});
