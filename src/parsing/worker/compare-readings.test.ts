// The two readings of a letter are compared on what decides it, forgiving what OCR misreads on an
// honest page and nothing that changes a decision, a case number or an item.
import { describe, expect, it } from 'vitest';
import { extractLetter } from '../../extract/extract-letter.ts';
import { compareReadings, similarity } from './compare-readings.ts';
import { craftedLetterLines } from '../../test-support/crafted-pdfs.ts';

const read = (lines: string[]) => extractLetter(lines.join('\n'));
const says = (printed: string[], layer: string[]) => compareReadings(read(printed), read(layer), printed.join('\n')).map((d) => d.says);

describe('compareReadings', () => {
  it('finds nothing between a letter and itself, nor what OCR misreads in a heading or a case number', () => {
    const letter = craftedLetterLines();
    expect(says(letter, letter)).toEqual([]);
    const misread = craftedLetterLines({ caseNumber: 'CM26-OO044I7', request: 'Wrist spl1nt for nignt use' });
    expect(says(misread, letter)).toEqual([]);
  });

  it('names a decision, a case number and a heading that differ, with both readings', () => {
    expect(says(craftedLetterLines(), craftedLetterLines({ decision: 'Overturned' }))).toEqual([
      'item 1 decision: printed "Upheld", text layer "Overturned"',
    ]);
    expect(says(craftedLetterLines(), craftedLetterLines({ caseNumber: 'CM26-0009931' }))).toEqual([
      'case number: printed "CM26-0004417", text layer "CM26-0009931"',
    ]);
    expect(says(craftedLetterLines(), craftedLetterLines({ request: 'Carpal tunnel release surgery' }))).toEqual([
      'item 1 heading: printed "Wrist splint for night use", text layer "Carpal tunnel release surgery"',
    ]);
  });

  it('a printed case number OCR reads as no case number is still compared, by its digits', () => {
    const otherDigits = craftedLetterLines({ caseNumber: 'CM26-OO99I3I' });
    expect(says(otherDigits, craftedLetterLines())).toEqual(['case number: printed (not read), text layer "CM26-0004417"']);
  });

  it('names an item only one reading has', () => {
    const letter = craftedLetterLines();
    const extra = [...letter, 'Topical lidocaine cream: Overturned', 'Decision rationale: The cream helped, so it is medically necessary.'];
    expect(says(letter, extra)).toEqual([
      'items: printed 1 ("Wrist splint for night use"), text layer 2 ("Wrist splint for night use", "Topical lidocaine cream")',
    ]);
  });

  it('measures similarity as one minus the edit distance over the longer length', () => {
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
    expect(similarity('', 'a')).toBe(0);
    expect(similarity('same', 'same')).toBe(1);
  });
});
