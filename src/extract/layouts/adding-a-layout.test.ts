// The proof that adding a letter layout is one module naming its headings, how its items are written
// and the fields it states, listed in KNOWN_LAYOUTS: a layout added to the real list (before the
// catalogue and the extractor are loaded) recognises its letters, gives them its name in the table's
// Layout facet, and has exactly the fields it states checked. Without the layout, the same letter
// reads as "Layout not recognised" and needs attention, so this test fails.
import { describe, expect, it } from 'vitest';
import { KNOWN_LAYOUTS } from './index.ts';
import { STATED_BY_EVERY_LETTER, type LayoutDescription } from './layout.ts';

/** A later layout, invented for this test: a header table, a "Case Summary:" and the 2016 item headings, no "how it was made". */
const LATER_2019: LayoutDescription = {
  id: 'later-2019-test',
  label: '2019, test layout',
  states: [...STATED_BY_EVERY_LETTER, 'caseNumber', 'decisionDate'],
  required: ['caseSummary', 'issuesDecisions'],
  headings: ['caseSummary', 'issuesDecisions', 'maximusGuideline', 'decisionRationale'],
  headerTable: 'required',
  summary: ['caseSummary'],
  credentials: [],
  items: ['issuesDecisions'],
  itemStyles: ['decision-headings'],
  parts: {},
};
// The registry's one line, as the module would add it.
(KNOWN_LAYOUTS as LayoutDescription[]).push(LATER_2019);

const { extractLetter } = await import('../extract-letter.ts');
const { letterOutcome } = await import('../record-outcome.ts');
const { layoutLabel } = await import('./index.ts');
const { statedIn } = await import('../field-catalogue.ts');

/** Every word invented. The letter states no date of injury, which this layout does not state either. */
const letter = (decisionDate: string) =>
  [
    'Independent Medical Review Final Determination Letter',
    '',
    'Case Number: CM19-4455667',
    `Decision Date: ${decisionDate}`,
    '',
    'Case Summary:',
    'The patient is a 38 year old female warehouse clerk. Diagnoses include chronic neck strain. The reviewer is',
    'board certified in Physical Medicine and Rehabilitation and is licensed to practice in California.',
    '',
    'ISSUES, DECISIONS, AND RATIONALES',
    '',
    'Cervical traction unit for home use: Upheld',
    '',
    'MAXIMUS guideline: The reviewer relied on the Official Disability Guidelines, Neck and Upper Back, Traction.',
    '',
    'Decision rationale: Home traction is supported only for radicular symptoms, which the notes do not describe.',
    'The request for a cervical traction unit for home use is not medically necessary and appropriate.',
    '',
  ].join('\n');

describe('a layout added to KNOWN_LAYOUTS', () => {
  it("recognises its letters and names them in the table's Layout facet", () => {
    const record = extractLetter(letter('03/14/2019'));
    expect(record.layout).toBe('later-2019-test');
    expect(layoutLabel(record.layout)).toBe('2019, test layout');
    expect(record.items.map((i) => [i.request.value, i.decision.value])).toEqual([['Cervical traction unit for home use', 'Upheld']]);
    expect(record.caseNumber.value).toBe('CM19-4455667');
    expect(record.decisionDate.value).toBe('2019-03-14');
  });

  it('checks the fields it states and no others', () => {
    expect(statedIn('later-2019-test', 'letter').map((e) => e.key)).toContain('decisionDate');
    expect(statedIn('later-2019-test', 'letter').map((e) => e.key)).not.toContain('dateOfInjury');
    const whole = extractLetter(letter('03/14/2019'));
    // No date of injury in the letter, and none expected of this layout: the letter is done.
    expect(whole.problems.map((p) => p.message)).toEqual([]);
    expect(letterOutcome({ ...whole, status: 'ok' })).toBe('done');
    // A date it states, left unreadable: reported, and the letter needs attention.
    const undated = extractLetter(letter('sometime in March'));
    expect(undated.problems.map((p) => p.message).join(' ')).toMatch(/Decision date/);
    expect(letterOutcome({ ...undated, status: 'ok' })).toBe('attention');
  });
});
