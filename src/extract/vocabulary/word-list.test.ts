import { describe, expect, it } from 'vitest';
import { anyAbbreviation, anyEnding, anyTerm } from './word-list.ts';

const first = (re: RegExp, s: string) => re.exec(s)?.[0] ?? null;

describe('vocabulary patterns', () => {
  it('matches a term as whole words, plural allowed, across spaces, hyphens and line breaks', () => {
    const re = anyTerm(['follow-up visit', 'shower chair']);
    expect(first(re, 'a Follow up visits plan')).toBe('Follow up visits');
    expect(first(re, 'followup visit')).toBe('followup visit');
    expect(first(re, 'the shower\nchair')).toBe('shower\nchair');
    expect(first(re, 'showerchairs')).toBeNull();
  });

  it('lets a starred word go on, and tries longer terms first', () => {
    const re = anyTerm(['inject*', 'physical therapy', 'physical therapy evaluation']);
    expect(first(re, 'Injections x2')).toBe('Injections');
    expect(first(re, 'Physical therapy evaluation')).toBe('Physical therapy evaluation');
  });

  it('keeps abbreviations to their capitals', () => {
    const re = anyAbbreviation(['PT/PTT', 'CBC']);
    expect(first(re, 'PT/PTT and CBCs')).toBe('PT/PTT');
    expect(first(re, 'cbc')).toBeNull();
  });

  it('finds a generic stem only after enough letters', () => {
    const re = anyEnding(['pril', 'profen']);
    expect(first(re, 'Lisinopril 10mg')).toBe('Lisinopril');
    expect(first(re, 'seen in April')).toBeNull();
    expect(first(re, 'IBUPROFEN')).toBe('IBUPROFEN');
  });
});

describe('vocabulary patterns gathered by first character', () => {
  /** The same terms as one plain alternation, in the order anyTerm tries them. */
  const plain = (terms: string[]) =>
    new RegExp(
      `\\b(?:${[...terms]
        .sort((a, b) => b.length - a.length)
        .map((t) => anyTerm([t]).source.slice(5, -1))
        .join('|')})`,
      'i',
    );
  const terms = ['ab', 'Abc', 'abc def', 'b-c', 'x ray*', 'a', '5-htp', 'ac'];
  const subjects = ['ABC DEF', 'abc', 'ab', 'a b', 'B C', 'bc', 'x-rays', 'xray', '5 HTP', 'Ac and ab', 'zz a.'];

  it('matches exactly what the plain list of alternatives matches, first and longest alike', () => {
    const grouped = anyTerm(terms);
    for (const s of subjects) expect([s, grouped.exec(s)?.[0] ?? null]).toEqual([s, plain(terms).exec(s)?.[0] ?? null]);
    expect(grouped.source).toContain('a(?:');
  });

  it('keeps abbreviations to their case when gathering them', () => {
    const re = anyAbbreviation(['PT', 'PTT', 'pH', 'PRP']);
    expect(first(re, 'PTT then pH')).toBe('PTT');
    expect(first(re, 'ph and PRPs')).toBe('PRPs');
    expect(first(re, 'Ptt')).toBeNull();
  });
});
