import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { readCaseNumber } from './case-number.ts';

describe('the case number near the top', () => {
  it('is read whatever its label, grounded on its own characters', () => {
    const text = 'MAXIMUS FEDERAL SERVICES, INC.\nIndependent Medical Review\nMAXIMUS Case Number:   CM13-0050071\n';
    const f = readCaseNumber(makeLetterView(text));
    expect(f.value).toBe('CM13-0050071');
    expect(f.spans.map((s) => text.slice(s.start, s.end))).toEqual(['CM13-0050071']);
  });

  it('is not taken from deep in the letter, nor from a number of the wrong shape', () => {
    expect(readCaseNumber(makeLetterView(`${'Rationale text. '.repeat(300)}\nCM13-0050071\n`)).value).toBeNull();
    expect(readCaseNumber(makeLetterView('Case Number: CM13-005007\nClaim CM1-0050071\n')).value).toBeNull();
  });
});
