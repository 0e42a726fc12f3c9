import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './records-csv.ts';

describe('neutraliseCell', () => {
  it.each(['=SUM(A1)', '+1', '-5', '@cmd', '\tx', '\rx', '=1\n=2'])('prefixes %j with a quote', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary cells alone', () => {
    expect(neutraliseCell('Upheld')).toBe('Upheld');
    expect(neutraliseCell('L4-5')).toBe('L4-5');
    expect(neutraliseCell('')).toBe('');
  });
});
