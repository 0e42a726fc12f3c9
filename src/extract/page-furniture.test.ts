import { describe, expect, it } from 'vitest';
import { furnitureLines } from './page-furniture.ts';
import { makeLetterView } from './letter-view.ts';
import { textField } from './spans.ts';
import { extractLetter } from './extract-letter.ts';

const marked = (text: string) =>
  furnitureLines(text)
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

/** A letter body of `n` numbered filler lines, so its opening lines are behind it. */
const filler = (n: number, word = 'the wrist splint was worn') =>
  Array.from({ length: n }, (_, i) => `${word} on day ${i + 1} as noted`).join('\n');

describe('page furniture', () => {
  it('finds running headers by recurring at the top of pages, digits aside, and keeps the opening header', () => {
    const text = [
      'Case Number: CM20-0999001',
      filler(30),
      '\f',
      'ORTHOPAEDIC REVIEW SERVICES',
      'Final Determination   Page 2 of 3',
      filler(5, 'the brace'),
      '\f',
      'ORTHOPAEDIC REVIEW SERVICES',
      'Final Determination   Page 3 of 3',
      'the end.',
    ].join('\n');
    expect(marked(text)).toEqual([
      '\f',
      'ORTHOPAEDIC REVIEW SERVICES',
      'Final Determination   Page 2 of 3',
      '\f',
      'ORTHOPAEDIC REVIEW SERVICES',
      'Final Determination   Page 3 of 3',
    ]);
  });

  it('finds footers by shape at a page edge: a form number, a date, a page number', () => {
    const text = [filler(32), 'Form MR-7 (Rev. 04/2021)', '14 Mar 2021', '\f', 'the knee brace helps.', '2'].join('\n');
    expect(marked(text)).toEqual(['Form MR-7 (Rev. 04/2021)', '14 Mar 2021', '\f', '2']);
  });

  it('finds a title line naming the case number anywhere, but not a sentence that names it', () => {
    const text = [
      filler(32),
      'Final Review Letter for IMR Case Number CM21-0101010',
      'the cane helps.',
      'The case CM21-0101010 was reviewed by us.',
    ].join('\n');
    expect(marked(text)).toEqual(['Final Review Letter for IMR Case Number CM21-0101010']);
  });

  it('takes the title lines naming the review beside a page line, but never a section heading or a guideline line', () => {
    const text = [filler(32), 'Orthotics Final Determination', 'Page 2', 'CLINICAL CASE SUMMARY', 'the foot hurt.'].join('\n');
    expect(marked(text)).toEqual(['Orthotics Final Determination', 'Page 2']);
    const guideline = [filler(32), 'Orthotics Guidelines (Foot & Ankle), Insoles', 'Page 2', 'Walking Aids (Canes)', 'the foot hurt.'].join(
      '\n',
    );
    expect(marked(guideline)).toEqual(['Page 2']);
  });

  it('leaves the letter words alone: prose, a Title Case phrase recurring on wrapped lines, a labelled heading', () => {
    const text = [
      filler(32),
      'Lumbar Support Guidance',
      'was cited.',
      'Lumbar Support Guidance',
      'was cited.',
      'Lumbar Support Guidance',
      'Cane, quad tip: Upheld',
    ].join('\n');
    expect(marked(text)).toEqual([]);
  });

  it('keeps a value free of a running header that lands inside it, its spans around it', () => {
    const text = `${filler(31)}\nRationale: the cane is\n\fIMR CASE NUMBER CM22-0303030\nPage 4\nnot medically necessary.`;
    const view = makeLetterView(text);
    const start = text.indexOf('the cane');
    const f = textField(view, start, text.length);
    expect(f.value).toBe('the cane is not medically necessary.');
    expect(f.spans.map((s) => text.slice(s.start, s.end))).toEqual(['the cane is', 'not medically necessary.']);
  });

  it('lists the furniture on the record, on the letter own characters, so the source view can mark it', () => {
    const text = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The items are set forth below:',
      '',
      'Walker with wheels: Upheld',
      'Decision rationale: The walker is not',
      '\f',
      'Page 2 of 2',
      'medically necessary.',
    ].join('\r\n');
    const r = extractLetter(text);
    expect(r.items[0]!.rationale.value).toBe('The walker is not medically necessary.');
    expect((r.furniture ?? []).map((s) => text.slice(s.start, s.end))).toEqual(['Page 2 of 2']);
  });
});
