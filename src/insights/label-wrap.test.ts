import { describe, expect, it } from 'vitest';
import { wrapLabel, type Measure } from './label-wrap.ts';

/** Every character 1 unit wide: widths are lengths. */
const chars: Measure = (text) => text.length;

describe('wrapLabel', () => {
  it('leaves a label that fits on one line', () => {
    expect(wrapLabel('Pain Management', 20, 3, chars)).toEqual(['Pain Management']);
    expect(wrapLabel('  Pain   Management ', 20, 3, chars)).toEqual(['Pain Management']);
  });

  it('breaks between words, every line within the width', () => {
    const lines = wrapLabel('Associated surgical service: continuous passive motion machine rental', 24, 3, chars);
    expect(lines).toEqual(['Associated surgical', 'service: continuous', 'passive motion machine…']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
  });

  it('cuts only at the end, with "…", and never in the middle', () => {
    const label = 'Physical Medicine and Rehabilitation with a subspecialty in Pain Medicine and Spinal Cord Injury';
    const lines = wrapLabel(label, 20, 2, chars);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    // What is shown is the label's start, word for word.
    expect(label.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
    expect(lines.slice(0, -1).some((l) => l.includes('…'))).toBe(false);
  });

  it('keeps every word when the lines hold them all', () => {
    const label = 'ODG Knee and Leg Chapter: Continuous passive motion';
    const lines = wrapLabel(label, 22, 3, chars);
    expect(lines.join(' ')).toBe(label);
    expect(lines.every((l) => l.length <= 22)).toBe(true);
  });

  it('breaks a word wider than a whole line inside it', () => {
    expect(wrapLabel('Electromyography/nerveconductionvelocity studies', 16, 3, chars)).toEqual([
      'Electromyography',
      '/nerveconduction',
      'velocity studies',
    ]);
  });

  it('measures with the measure given (proportional widths)', () => {
    // "m" twice as wide as other letters.
    const wide: Measure = (t) => [...t].reduce((w, c) => w + (c === 'm' ? 2 : 1), 0);
    expect(wrapLabel('mmm mmm mmm', 7, 3, wide)).toEqual(['mmm', 'mmm', 'mmm']);
    expect(wrapLabel('aaa aaa aaa', 7, 3, wide)).toEqual(['aaa aaa', 'aaa']);
  });

  it('gives one empty line for an empty label', () => {
    expect(wrapLabel('', 10, 3, chars)).toEqual(['']);
  });
});
