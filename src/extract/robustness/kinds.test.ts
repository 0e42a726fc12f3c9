// Each kind of change does what it says on a letter invented for these tests, and the kinds that
// only touch characters, spaces and line breaks keep every word (so a variant's answer key is the
// letter's own).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VARIANT_KINDS, makeVariant } from './harness.ts';
import { fold } from './fold.ts';
import { TEST_KEY, TEST_LETTER } from './test-letter.ts';

const base = { name: 'test-letter', text: TEST_LETTER, key: TEST_KEY };
const variant = (kind: string, seed = 1) => makeVariant(base, [kind], seed)!;
const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('kinds of change', () => {
  it('all but one apply to a letter of the 2016-17 layout (it has no bullets)', () => {
    const none = VARIANT_KINDS.filter((k) => makeVariant(base, [k.id], 1) === null).map((k) => k.id);
    expect(none).toEqual(['bullet-glyphs']);
  });

  it('numbers or letters every item heading where it starts', () => {
    const styles = new Set(
      seeds.map((s) => {
        const t = variant('numbered-items', s).text;
        const m = /^(.*)Ultrasound of the left shoulder: Overturned$/m.exec(t)!;
        const second = /^(.*)Heat wrap for home use: Upheld$/m.exec(t)!;
        return `${m[1]}|${second[1]}`;
      }),
    );
    expect([...styles].sort()).toEqual(
      ['(a) |(b) ', '1) |2) ', '1. |2. ', 'Issue #1: |Issue #2: ', 'Item 1: |Item 2: '].filter((s) => styles.has(s)),
    );
    expect(styles.size).toBeGreaterThanOrEqual(3);
  });

  it('writes the decision in capitals or lower case', () => {
    const t = variant('decision-case').text;
    expect(t).toMatch(/^Ultrasound of the left shoulder: (OVERTURNED|overturned)$/m);
    expect(t).toMatch(/^Heat wrap for home use: (UPHELD|upheld)$/m);
  });

  it('renames labels and headings', () => {
    expect(variant('date-of-decision').text).toContain('\nDate of Decision: 03/08/2019\n');
    const labels = variant('label-synonyms').text;
    expect(labels).toMatch(/^(IMR Case Number|IMR Case #|Case No\.): CM19-0456123$/m);
    expect(labels).toMatch(/^(Rationale|Rationale for the decision|Reason for the decision): A towel/m);
    expect(labels).toMatch(/^(Maximus guideline|Guideline used by the reviewer|MAXIMUS Guideline): Decision based on ODG/m);
    expect(variant('headings-title-case').text).toContain('\nIMR Issues, Decisions and Rationales\n');
    expect(variant('labels-upper-case').text).toContain('\nDECISION RATIONALE: A towel');
    expect(variant('heading-synonyms').text).not.toContain('CLINICAL CASE SUMMARY');
  });

  it('moves the credentials section after the case summary or to the end', () => {
    for (const s of seeds) {
      const t = variant('credentials-after-summary', s).text;
      expect(t.indexOf('HOW THE IMR FINAL DETERMINATION WAS MADE')).toBeGreaterThan(t.indexOf('CLINICAL CASE SUMMARY'));
      expect(t.indexOf('State(s) of Licensure: Idaho, Utah')).toBeGreaterThan(t.indexOf('58-year-old male'));
    }
  });

  it('writes the dates before the items in one other form, and leaves the items alone', () => {
    const forms = new Set(seeds.map((s) => /^Date Assigned: (.*)$/m.exec(variant('date-formats', s).text)![1]));
    for (const f of forms) expect(['2/11/19', '02-11-2019', '2019-02-11', 'February 11, 2019', '11 Feb 2019']).toContain(f);
    expect(forms.size).toBeGreaterThanOrEqual(3);
    const t = variant('date-formats').text;
    expect(t.slice(t.indexOf('Ultrasound of'))).toBe(TEST_LETTER.slice(TEST_LETTER.indexOf('Ultrasound of')));
  });

  it('puts a header after each page break and a footer before it, and says what it added', () => {
    for (const s of seeds) {
      const h = variant('running-headers', s);
      const after = h.text
        .slice(h.text.indexOf('\f') + 1)
        .trimStart()
        .split('\n')[0]!;
      expect(h.added).toContain(after);
      expect(after).toMatch(/CM19-0456123|MAXIMUS FEDERAL SERVICES/);
      const f = variant('page-footers', s);
      const before = f.text.slice(0, f.text.indexOf('\f')).trimEnd().split('\n').at(-1)!;
      expect(f.added).toContain(before);
      expect(before).toMatch(/\b1\b/);
    }
  });

  it('adds a cover letter before, and an appeal notice after or before, saying what it added', () => {
    const cover = variant('cover-letter');
    expect(cover.text.endsWith(TEST_LETTER)).toBe(true);
    expect(cover.added.some((l) => l.includes('CM19-0456123'))).toBe(true);
    const notices = seeds.map((s) => variant('appeal-notice', s));
    expect(notices.some((n) => n.text.startsWith(TEST_LETTER))).toBe(true);
    expect(notices.some((n) => n.text.endsWith(TEST_LETTER))).toBe(true);
  });

  it("keeps a table row's columns when it changes the spacing or puts in tabs", () => {
    const row = 'Date Assigned:        02/11/2019                      Date of Injury:      05/30/2017';
    const letter = { ...base, text: `${row}\n${TEST_LETTER}` };
    const expandTabs = (line: string) => [...line].reduce((out, ch) => out + (ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch), '');
    const tabbed = makeVariant(letter, ['tabs'], 1)!.text.split('\n')[0]!;
    expect(tabbed).toContain('\t');
    expect(expandTabs(tabbed)).toBe(row);
    for (const s of seeds) {
      const spaced = makeVariant(letter, ['label-spacing'], s)!.text.split('\n')[0]!;
      expect(spaced).toMatch(/^Date Assigned ?:(\S| )/);
      expect(spaced.indexOf('Date of Injury')).toBe(row.indexOf('Date of Injury'));
    }
  });

  it('puts CRLF line ends and no-break spaces before decisions and after labels', () => {
    const t = variant('crlf-nbsp').text;
    expect(t).not.toMatch(/[^\r]\n/);
    expect(t).toContain('Heat wrap for home use:\u00a0Upheld\r\n');
    expect(t).toContain('\r\nDecision rationale:\u00a0A towel');
  });

  it('the kinds that touch only characters, spaces and line breaks keep every word', () => {
    const keepWords = [
      'rewrap',
      'blank-lines',
      'tabs',
      'trailing-whitespace',
      'typographic-punctuation',
      'ligatures',
      'soft-hyphens',
      'zero-width-in-labels',
      'unicode-spaces',
      'crlf-nbsp',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...keepWords), fc.nat(), (kind, seed) => {
        const v = makeVariant(base, [kind], seed);
        if (v) expect(fold(v.text)).toBe(fold(TEST_LETTER));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
