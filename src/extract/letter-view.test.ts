import { describe, expect, it } from 'vitest';
import { findFurniture, makeLetterView } from './letter-view.ts';
import { textField, wordSpans } from './spans.ts';

describe('letter view: page furniture and double spacing', () => {
  it('treats the form-feed page separator and its "Page X of Y" footer as one furniture stretch', () => {
    const text = 'first words of a\n\nPage 1 of 2\n\f\nsentence that goes on.';
    const [f] = findFurniture(text);
    expect(f).toEqual({ start: 16, end: 32 });
    expect(text.slice(f!.start, f!.end)).toBe('\n\nPage 1 of 2\n\f\n');
  });

  it('keeps offsets: the plain view has the same length, furniture replaced by a line break and spaces', () => {
    const text = 'first words of a\n\nPage 1 of 2\n\f\nsentence that goes on.';
    const view = makeLetterView(text);
    expect(view.plain.length).toBe(text.length);
    expect(view.plain).toBe('first words of a\n               sentence that goes on.');
  });

  it('reads a value interrupted by furniture as several spans that join back to the value', () => {
    const text = 'Decision rationale: the request\n\nPage 2 of 3\n\f\nis not medically necessary.';
    const view = makeLetterView(text);
    const f = textField(view, 20, text.length);
    expect(f.value).toBe('the request is not medically necessary.');
    expect(f.spans).toEqual([
      { start: 20, end: 31 },
      { start: 47, end: 74 },
    ]);
    expect(f.spans.map((s) => text.slice(s.start, s.end))).toEqual(['the request', 'is not medically necessary.']);
  });

  it('does not take "Page(s): 98-99" inside a guideline for a footer', () => {
    expect(findFurniture('Medicine Page(s): 98-99.\nPage 3 of 127 is cited here')).toEqual([]);
  });

  it('folds the empty line after each line of a text letter, keeping space-only lines as paragraph gaps', () => {
    const text = 'line one of a \n\nparagraph here \n\nand more \n\n \n\nnext paragraph \n\nsecond line \n\n';
    const view = makeLetterView(text);
    expect(view.plain).toBe('line one of a  \nparagraph here  \nand more \n\n \n\nnext paragraph  \nsecond line \n\n');
    expect(wordSpans(view, 0, 41).map((s) => text.slice(s.start, s.end))).toEqual(['line one of a \n\nparagraph here \n\nand more']);
  });

  it("reads poppler's page break (a form feed opening the next page's first line, indented) as one line break", () => {
    const text = 'the knee was\n\f      braced for six weeks.\n\f';
    const view = makeLetterView(text);
    expect(view.furniture).toEqual([
      { start: 12, end: 20 },
      { start: 41, end: 43 },
    ]);
    expect(view.plain).toBe('the knee was\n       braced for six weeks.  ');
    const f = textField(view, 0, text.length);
    expect(f.value).toBe('the knee was braced for six weeks.');
    expect(f.spans.map((s) => text.slice(s.start, s.end))).toEqual(['the knee was', 'braced for six weeks.']);
  });
});
