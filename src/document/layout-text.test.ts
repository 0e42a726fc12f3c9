import { describe, expect, it } from 'vitest';
import { layoutLetterText, PAGE_BREAK } from './layout-text.ts';
import type { PageRuns, TextRun } from './page-runs.ts';

const run = (str: string, x: number, y: number, width = str.length * 5, fontSize = 11): TextRun => ({ str, x, y, width, fontSize });
const page = (...runs: TextRun[]): PageRuns => ({ width: 612, height: 792, runs });

describe('layoutLetterText', () => {
  it('reads a header table as one "label value" pair a line, joining a label that wraps in its cell', () => {
    const header = page(
      run('Case Number:', 72, 688, 75),
      run('CM99-0000001', 179, 688, 75),
      run('Priority:', 72, 649, 42),
      run('Standard', 179, 649, 44),
      run('Application', 329, 649, 60),
      run('Received:', 329, 636, 52),
      run('01/02/2016', 427, 649, 55),
    );
    expect(layoutLetterText([header]).text).toBe('Case Number: CM99-0000001\n\nPriority: Standard\nApplication Received: 01/02/2016');
  });

  it('keeps body lines in reading order whatever order the runs came in, with blank lines for paragraph gaps', () => {
    const body = page(run('second line', 72, 686), run('first line', 72, 700), run('new paragraph', 72, 650));
    expect(layoutLetterText([body]).text).toBe('first line\nsecond line\n\nnew paragraph');
  });

  it('joins runs on one line with a space only where there is a visible gap', () => {
    const line = page(
      run('Decision rationale:', 72, 500, 96),
      run('No,', 171, 500, 15),
      run('Up', 200, 487, 10),
      run('held', 210, 487, 20),
    );
    expect(layoutLetterText([line]).text).toBe('Decision rationale: No,\nUpheld');
  });

  it('separates pages by a form-feed line and records where each page starts', () => {
    const result = layoutLetterText([page(run('one', 72, 700)), page(run('two', 72, 700))]);
    expect(result.text).toBe(`one${PAGE_BREAK}two`);
    expect(result.pageStarts).toEqual([0, 6]);
    expect(result.text.slice(result.pageStarts[1])).toBe('two');
  });

  it('maps every run to its offsets and page position', () => {
    const result = layoutLetterText([page(run('alpha', 72, 700, 30)), page(run('beta', 100, 600, 20))]);
    expect(result.pieces).toEqual([
      { start: 0, end: 5, page: 0, x: 72, y: 700, width: 30, fontSize: 11 },
      { start: 8, end: 12, page: 1, x: 100, y: 600, width: 20, fontSize: 11 },
    ]);
    for (const p of result.pieces) expect(result.text.slice(p.start, p.end)).toMatch(/^(alpha|beta)$/);
  });

  it('gives an empty text and one page start for no pages', () => {
    expect(layoutLetterText([])).toEqual({ text: '', pageStarts: [0], pieces: [], pageSizes: [] });
  });
});
