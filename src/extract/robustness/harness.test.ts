// The harness's own rules: how values are compared, what counts as misread, and how a reading is
// classed (right, flagged, silent), on a letter invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractLetter } from '../extract-letter.ts';
import { fold, sameValue } from './fold.ts';
import { misreadings, type AnswerKey } from './misreadings.ts';
import { judge, makeVariant, runHarness } from './harness.ts';
import { formatTally, rightRate, tally } from './report.ts';
import { TEST_KEY, TEST_LETTER } from './test-letter.ts';

const base = { name: 'test-letter', text: TEST_LETTER, key: TEST_KEY };
const withKey = (change: (k: AnswerKey) => AnswerKey) => ({ ...base, key: change(structuredClone(TEST_KEY)) });

describe('fold', () => {
  it('folds as the shared scorer does, and drops what a reader never sees', () => {
    expect(fold('  \u201cCerti\ufb01ed\u201d ')).toBe('certified');
    expect(fold('Physical-\nMedicine  Page(s): ')).toBe('physicalmedicine page(s)');
    expect(fold('Ultra\u00adsound of the\u200b left\u00a0shoulder.')).toBe('ultrasound of the left shoulder');
    expect(fold('L4\u20135, L5\u2010S1')).toBe('l45, l5s1');
    expect(fold(null)).toBeNull();
    // A list bullet drawn in another glyph is the hyphen it stands for; inside a word it stays.
    expect(sameValue('Hip \u2022 Femur (Acute)', 'Hip - Femur (Acute)')).toBe(true);
    expect(sameValue('Knee\n\u25aa Patella', 'Knee - Patella')).toBe(true);
    expect(sameValue('Knee * Patella', 'Knee - Patella')).toBe(true);
    expect(sameValue('Knee\u2022Patella', 'Knee - Patella')).toBe(false);
    expect(sameValue('Knee 2*3 Patella', 'Knee 23 Patella')).toBe(false);
    expect(sameValue(['Idaho', 'Ut\u00adah'], ['idaho', 'UTAH'])).toBe(true);
    expect(sameValue('Idaho', 'Utah')).toBe(false);
  });
});

describe('misreadings', () => {
  const record = extractLetter(TEST_LETTER);

  it('finds none when the reading matches the key', () => {
    expect(misreadings(record, TEST_LETTER, TEST_KEY)).toEqual([]);
  });

  it('names the field and how it is wrong, never the words', () => {
    const key = structuredClone(TEST_KEY);
    key.decisionDate = '2019-03-09';
    key.items[1]!.request = 'Heat wrap for home use, two weeks';
    key.items[0]!.rationaleEnd = 'is not medically necessary.';
    expect(misreadings(record, TEST_LETTER, key)).toEqual([
      { field: 'decisionDate', how: 'differs' },
      { field: 'items[0].rationale', how: 'differs' },
      { field: 'items[1].request', how: 'differs' },
    ]);
  });

  it('counts an item the key lacks, and one the reading lacks', () => {
    const key = structuredClone(TEST_KEY);
    key.items = [key.items[0]!, { ...key.items[1]!, request: 'Cold pack for the knee' }];
    expect(misreadings(record, TEST_LETTER, key)).toEqual([
      { field: 'items[1]', how: 'item not found' },
      { field: 'items[1]', how: 'extra item' },
    ]);
  });

  it('holds a value that contains added text, and spans that do not read back, as misread', () => {
    expect(misreadings(record, TEST_LETTER, TEST_KEY, ['weak lifting after a month'])).toEqual([
      { field: 'items[0].rationale', how: 'holds added text' },
    ]);
    const moved = structuredClone(record);
    moved.items[1]!.request.spans = [{ start: 0, end: 12 }];
    expect(misreadings(moved, TEST_LETTER, TEST_KEY)).toEqual([{ field: 'items[1].request', how: 'spans do not read back' }]);
  });
});

describe('judge', () => {
  const asIs = { text: TEST_LETTER, kinds: ['as published'], added: [] };

  it('classes a right reading as right', () => {
    expect(judge(base, asIs, 1)).toMatchObject({ verdict: 'right', outcome: 'done', misread: [] });
  });

  it('classes a wrong value in a letter shown as Done as silent', () => {
    const wrong = withKey((k) => ({ ...k, priority: 'Standard' }));
    expect(judge(wrong, asIs, 1)).toMatchObject({ verdict: 'silent', outcome: 'done', misread: [{ field: 'priority', how: 'differs' }] });
  });

  it('classes a wrong value in a letter that needs attention as flagged', () => {
    const noDate = { ...asIs, text: TEST_LETTER.replace('Decision Date: 03/08/2019\n', '') };
    expect(judge(base, noDate, 1)).toMatchObject({
      verdict: 'flagged',
      outcome: 'attention',
      misread: [{ field: 'decisionDate', how: 'not found' }],
    });
  });
});

describe('the run and its tally', () => {
  it('makes the same variant from the same seed, and another from another seed', () => {
    expect(makeVariant(base, ['running-headers', 'rewrap'], 7)).toEqual(makeVariant(base, ['running-headers', 'rewrap'], 7));
    const texts = new Set([1, 2, 3, 4, 5, 6].map((s) => makeVariant(base, ['running-headers', 'rewrap'], s)!.text));
    expect(texts.size).toBeGreaterThan(1);
  });

  it('makes a variant again from the kinds it printed, whatever else was asked for', () => {
    const asked = makeVariant(base, ['bullet-glyphs', 'label-synonyms', 'rewrap'], 5)!;
    expect(asked.kinds).toEqual(['label-synonyms', 'rewrap']);
    expect(makeVariant(base, asked.kinds, 5)).toEqual(asked);
  });

  it('tallies single kinds by kind and combinations together, with the right rate', () => {
    const run = runHarness([base], 3, [{ letter: 0, kinds: ['trailing-whitespace', 'blank-lines'], seed: 9 }]);
    expect(run.asPublished.map((j) => j.verdict)).toEqual(['right']);
    const rows = tally(run.variants);
    expect(rows.find((r) => r.kind === 'trailing-whitespace')).toMatchObject({ right: 1, flagged: 0, silent: 0 });
    expect(rows.find((r) => r.kind === 'combinations')).toMatchObject({ right: 1, flagged: 0, silent: 0 });
    expect(rightRate(run.variants)).toBeGreaterThan(0);
    expect(formatTally(rows, run.variants)).toMatch(/\| all \| \d+ \| \d+ \|/);
  });
});
