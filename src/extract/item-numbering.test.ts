import { describe, expect, it } from 'vitest';
import { afterNumbering, isNumberingLine } from './item-numbering.ts';
import { extractLetter } from './extract-letter.ts';

const rest = (s: string) => s.slice(afterNumbering(s, 0, s.length));

describe('item numbering', () => {
  it('skips numbers, letters and words that number an item', () => {
    expect(rest('1. Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('2) Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('(3) Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('(a) Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('b. Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('Item 2: Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('Issue #4 - Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('Request No. 5. Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('#6 Hinged knee brace')).toBe('Hinged knee brace');
    expect(rest('IV. Hinged knee brace')).toBe('Hinged knee brace');
  });

  it('keeps a request that starts with a number or a letter of its own', () => {
    expect(rest('12 sessions of aqua therapy')).toBe('12 sessions of aqua therapy');
    expect(rest('1.5 mg patch of clonidine')).toBe('1.5 mg patch of clonidine');
    expect(rest('A cane with a quad tip')).toBe('A cane with a quad tip');
    expect(isNumberingLine('  3. ')).toBe(true);
    expect(isNumberingLine('3. Cane')).toBe(false);
  });

  it('reads numbered and lettered headings without their numbering, the block from the number on', () => {
    const text = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The items are set forth below:',
      '',
      '1. Quad cane for the left side: Upheld',
      'Decision rationale: The quad cane is not medically necessary.',
      '',
      '(b)',
      'Shower chair, padded: Overturned',
      'Decision rationale: The shower chair is medically necessary.',
      '',
    ].join('\n');
    const r = extractLetter(text);
    expect(r.items.map((i) => i.request.value)).toEqual(['Quad cane for the left side', 'Shower chair, padded']);
    expect(r.items[0]!.request.spans).toEqual([{ start: text.indexOf('Quad'), end: text.indexOf(': Upheld') }]);
    expect(r.items[0]!.rationale.value).toBe('The quad cane is not medically necessary.');
    expect(r.items[1]!.block.start).toBe(text.indexOf('(b)'));
  });
});

describe('a decision label under the request', () => {
  it('keeps "Decision:" out of the request', () => {
    const text = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The items are set forth below:',
      '',
      'Reacher grabber tool',
      'Decision: Overturned',
      'Decision rationale: The reacher is medically necessary.',
      '',
    ].join('\n');
    const r = extractLetter(text);
    expect(r.items.map((i) => [i.request.value, i.decision.value])).toEqual([['Reacher grabber tool', 'Overturned']]);
    expect(r.items[0]!.request.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Reacher grabber tool']);
  });
});

describe('a dash for the colon before the decision', () => {
  it('reads "Request – Upheld" with an en dash', () => {
    const text = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      '',
      'Raised toilet seat \u2013 Upheld',
      'Decision rationale: The seat is not medically necessary.',
      '',
    ].join('\n');
    const r = extractLetter(text);
    expect(r.items.map((i) => [i.request.value, i.decision.value, i.necessity.value])).toEqual([
      ['Raised toilet seat', 'Upheld', 'not medically necessary'],
    ]);
  });
});
