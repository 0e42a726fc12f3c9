import { describe, expect, it } from 'vitest';
import { firstLineStartMatch, lineStartMatches } from './line-starts.ts';

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
const viaMatchAll = (re: RegExp, s: string) => spans([...s.matchAll(re)]);

describe('line-start searches', () => {
  const LABEL = /(?<=^|\n)[ \t]*(?:Rationale|Note\s+of\s+the\s+reviewer)\s*:/gi;
  const text = 'Rationale: one\n  rationale : two\nnot a Rationale: here\nNote of the\nreviewer: three\nNote of\nthe reviewer:';

  it('finds what matchAll finds, at line starts only, a label over a line break included', () => {
    expect(spans(lineStartMatches(LABEL, text))).toEqual(viaMatchAll(LABEL, text));
    expect(spans(lineStartMatches(LABEL, text)).map(([, words]) => words)).toEqual([
      'Rationale:',
      '  rationale :',
      'Note of the\nreviewer:',
      'Note of\nthe reviewer:',
    ]);
  });

  it('counts the text start as a line start, and goes on after a match as matchAll does', () => {
    const ANY_LINE = /(?<=^|\n)[^\n]*\n?/g;
    for (const s of ['', 'a', '\n', 'a\nb', 'a\n\nb\n']) expect(spans(lineStartMatches(ANY_LINE, s))).toEqual(viaMatchAll(ANY_LINE, s));
  });

  it('gives the first match as exec does', () => {
    expect(firstLineStartMatch(LABEL, 'x Rationale:\nRationale:')?.index).toBe(13);
    expect(firstLineStartMatch(LABEL, 'no label here')).toBeNull();
  });
});
