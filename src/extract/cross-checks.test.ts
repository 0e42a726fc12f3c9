import { describe, expect, it } from 'vitest';
import type { Decision, Field, Item, Span } from './record.ts';
import { checkDateOfInjury, checkItemsAgainstSummary, checkValueShapes } from './cross-checks.ts';
import { extractLetter } from './extract-letter.ts';
import { makeLetterView } from './letter-view.ts';
import { nullField } from './spans.ts';

/** The span of the first `needle` in `text` (after `from`). */
const at = (text: string, needle: string, from = 0): Span => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in the test text`);
  return { start, end: start + needle.length };
};
const field = <T>(value: T, spans: Span[]): Field<T> => ({ value, spans });

/** An item with only the given fields read. */
function item(parts: Partial<Item>): Item {
  return {
    request: nullField(),
    originalRequest: nullField(),
    decision: nullField(),
    category: nullField(),
    drugClass: nullField(),
    compounded: nullField(),
    claimsAdministratorGuideline: nullField(),
    reviewerGuideline: nullField(),
    citations: [],
    rationale: nullField(),
    necessity: nullField(),
    block: { start: 0, end: 0 },
    ...parts,
  };
}

describe('date of injury: header against case summary', () => {
  it('warns with both spans when they differ, and says nothing when they agree or one is missing', () => {
    const header = field('2017-05-30', [{ start: 40, end: 50 }]);
    const summary = field('2016-06-02', [{ start: 700, end: 712 }]);
    expect(checkDateOfInjury(header, summary)).toEqual({
      severity: 'warning',
      code: 'cross-check',
      field: 'dateOfInjury',
      message: 'Date of injury differs: the header says 2017-05-30 but the case summary says 2016-06-02. Check which the letter means.',
      spans: [
        { start: 40, end: 50 },
        { start: 700, end: 712 },
      ],
    });
    expect(checkDateOfInjury(header, field('2017-05-30', [{ start: 700, end: 712 }]))).toBeNull();
    expect(checkDateOfInjury(header, nullField())).toBeNull();
  });

  it('makes a letter whose summary gives another date need attention, pointing at both dates', () => {
    const text = [
      'Case Number: CM21-0733310',
      'Date Assigned: 04/01/2021',
      'Date of Injury: 08/17/2019',
      'Decision Date: 05/03/2021',
      'UR Denial Date: 03/15/2021',
      'Priority: Standard',
      'Application Received: 03/22/2021',
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'An impartial doctor read the invented file.',
      '',
      'The Expert Reviewer has the following credentials:',
      'State(s) of Licensure: Vermont',
      'Certification(s)/Specialty: Rheumatology',
      '',
      'CLINICAL CASE SUMMARY',
      'A summary made up for this test:',
      '',
      'The claimant is a 39-year-old female who was injured on 08/17/2018 when a ladder slipped.',
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The items in dispute and their decisions:',
      '',
      'Knee brace, hinged: Upheld',
      '',
      'Claims Administrator guideline: Decision based on ODG Knee.',
      '',
      'MAXIMUS guideline: Decision based on ODG Knee.',
      '',
      'Decision rationale: The knee is stable on testing. Therefore, the hinged knee brace is not',
      'medically necessary.',
      '',
    ].join('\n');
    const r = extractLetter(text);
    expect(r.dateOfInjury.value).toBe('2019-08-17');
    expect(r.status).toBe('partial');
    const p = r.problems.find((q) => q.code === 'cross-check')!;
    expect(p.field).toBe('dateOfInjury');
    expect(p.spans).toEqual([at(text, '08/17/2019'), at(text, '08/17/2018')]);
  });
});

describe("items against the letter's own summary of them", () => {
  const decided = (text: string, ...words: Decision[]) =>
    words.map((w, n) => item({ decision: field(w, [at(text, `: ${w}`, n === 0 ? 0 : text.indexOf(`(${n + 1})`))]) }));

  it('warns when an overall determination and the items disagree', () => {
    const text = 'IMR determination: Overturned\n\n(1) Sling: Upheld\n(2) Cane: Overturned\n';
    const items = decided(text, 'Upheld', 'Overturned');
    expect(checkItemsAgainstSummary(makeLetterView(text), items)).toEqual([
      {
        severity: 'warning',
        code: 'cross-check',
        field: 'items',
        message:
          'The letter\'s determination reads "IMR determination: Overturned" but the items read are Upheld, Overturned: check each item\'s decision.',
        spans: [{ start: 0, end: 29 }, ...items.flatMap((i) => i.decision.spans)],
      },
    ]);
    const inPart = 'FINAL DETERMINATION: UPHELD IN PART\n\n(1) Sling: Upheld\n(2) Cane: Overturned\n';
    expect(checkItemsAgainstSummary(makeLetterView(inPart), decided(inPart, 'Upheld', 'Overturned'))).toEqual([]);
  });

  it('warns when the letter counts its items otherwise', () => {
    const text = 'This review settles the 3 treatments in dispute below.\n\n(1) Sling: Upheld\n(2) Cane: Overturned\n';
    const [p] = checkItemsAgainstSummary(makeLetterView(text), decided(text, 'Upheld', 'Overturned'));
    expect(p!.message).toBe('The letter speaks of 3 disputed items but 2 were read: check that every item was found.');
    expect(p!.spans![0]).toEqual(at(text, '3 treatments in dispute'));
    const two = 'Two disputed services follow.\n\n(1) Sling: Upheld\n(2) Cane: Overturned\n';
    expect(checkItemsAgainstSummary(makeLetterView(two), decided(two, 'Upheld', 'Overturned'))).toEqual([]);
  });
});

describe('values that do not look like values of their kind', () => {
  const text = [
    'Rationale text: rest and ice were tried for a month without relief, so the',
    'Claim 4471    Page 2 of 3',
    'cane is not medically necessary.',
    '(c) Walking cane with a quad base',
    'Guideline text: Decision based on ODG Knee.',
    'Decision Rationale: The cane helps.',
    'SUMMARY OF APPEAL RIGHTS',
    'Crutches, forearm',
  ].join('\n');
  const span = (needle: string, to?: string) => ({
    start: text.indexOf(needle),
    end: to ? text.indexOf(to) + to.length : text.indexOf(needle) + needle.length,
  });

  it('warns about a page footer inside a rationale, with the value and the footer line', () => {
    const rationale = span('rest and ice', 'medically necessary.');
    const [p] = checkValueShapes(makeLetterView(text), [item({ rationale: field('rest and ice … necessary.', [rationale]) })]);
    expect(p).toEqual({
      severity: 'warning',
      code: 'cross-check',
      field: 'items[0].rationale',
      message: 'Rationale of item 1 may hold a page header or footer: check where it ends.',
      spans: [rationale, span('Claim 4471    Page 2 of 3')],
    });
  });

  it("warns about another part's label and a section heading inside a guideline", () => {
    const guideline = span('Decision based on ODG Knee.', 'The cane helps.');
    const heading = span('Decision based on ODG Knee.', 'SUMMARY OF APPEAL RIGHTS');
    const problems = checkValueShapes(makeLetterView(text), [
      item({ reviewerGuideline: field('…', [guideline]) }),
      item({ claimsAdministratorGuideline: field('…', [{ start: text.indexOf('The cane helps.'), end: heading.end }]) }),
    ]);
    expect(problems.map((p) => [p.field, p.message, p.spans!.at(-1)])).toEqual([
      [
        'items[0].reviewerGuideline',
        'Reviewer guideline of item 1 may hold the label of another part: check where it ends.',
        span('Decision Rationale: The cane helps.'),
      ],
      [
        'items[1].claimsAdministratorGuideline',
        'Claims administrator guideline of item 2 may hold a section heading: check where it ends.',
        span('SUMMARY OF APPEAL RIGHTS'),
      ],
    ]);
  });

  it('warns about a request that begins with an item number, and not about one that begins with a count', () => {
    const numbered = span('(c) Walking cane with a quad base');
    const plain = span('Crutches, forearm');
    const problems = checkValueShapes(makeLetterView(text), [
      item({ request: field('(c) Walking cane with a quad base', [numbered]) }),
      item({ request: field('Crutches, forearm', [plain]) }),
      item({ request: field('12 sessions of aquatic therapy', [plain]) }),
      item({ request: field('2.5% diclofenac gel', [plain]) }),
    ]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'cross-check',
        field: 'items[0].request',
        message: 'Request of item 1 begins with what looks like an item number: check the heading.',
        spans: [numbered],
      },
    ]);
  });

  it('warns about a rationale that goes on under a heading after its conclusion, and not about one that goes on in sentences', () => {
    const tail = [
      'Decision rationale: The brace was tried. Therefore, the knee brace is not medically necessary.',
      'Notice to Both Parties',
      'Either side may ask the appeals board to look again within thirty days.',
      '',
    ].join('\n');
    const rationale = { start: tail.indexOf('The brace'), end: tail.indexOf('thirty days.') + 'thirty days.'.length };
    const conclusion = at(tail, 'not medically necessary');
    const read = (text: string, spans: Span[], concluded: Span) =>
      item({ rationale: field('…', spans), necessity: field('not medically necessary', [concluded]) });
    expect(checkValueShapes(makeLetterView(tail), [read(tail, [rationale], conclusion)])).toEqual([
      {
        severity: 'warning',
        code: 'cross-check',
        field: 'items[0].rationale',
        message: 'Rationale of item 1 goes on under a heading after its conclusion: check where it ends.',
        spans: [rationale, at(tail, 'Notice to Both Parties')],
      },
    ]);
    const sentences = tail.replace('Notice to Both Parties\n', 'This does not rule out a softer support later on, which the doctor may\n');
    const r2 = { start: sentences.indexOf('The brace'), end: sentences.indexOf('thirty days.') + 12 };
    expect(checkValueShapes(makeLetterView(sentences), [read(sentences, [r2], at(sentences, 'not medically necessary'))])).toEqual([]);
  });

  it('takes a line ending in a page number set off by a column gap for a footer', () => {
    const footer = 'knee support.\n11/04/2022      Review Services Unit      4\nThe brace';
    const [p] = checkValueShapes(makeLetterView(footer), [item({ rationale: field('…', [{ start: 0, end: footer.length }]) })]);
    expect(p!.spans!.at(-1)).toEqual(at(footer, '11/04/2022      Review Services Unit      4'));
    const prose = 'the dose was 40 mg twice daily for 4\nweeks';
    expect(checkValueShapes(makeLetterView(prose), [item({ rationale: field('…', [{ start: 0, end: prose.length }]) })])).toEqual([]);
  });

  it('warns about a request that holds the wording of a partial authorization', () => {
    const text = 'Six sessions of hand therapy was the original request. Two were authori-\nzed. Hand therapy, four sessions: Upheld';
    const request = { start: 0, end: text.indexOf(': Upheld') };
    expect(checkValueShapes(makeLetterView(text), [item({ request: field(text.slice(0, request.end), [request]) })])).toEqual([
      {
        severity: 'warning',
        code: 'cross-check',
        field: 'items[0].request',
        message: 'Request of item 1 holds the wording of a partial authorization: check what remains in dispute.',
        spans: [request],
      },
    ]);
  });

  it('takes a tab before a closing page number for a column gap', () => {
    const text = 'the splint.\nClaims Review\t3\nThe splint';
    const [p] = checkValueShapes(makeLetterView(text), [item({ rationale: field('…', [{ start: 0, end: text.length }]) })]);
    expect(p!.spans!.at(-1)).toEqual(at(text, 'Claims Review\t3'));
  });

  it('warns about a line of capitals in a request written otherwise, and not about a request all in capitals', () => {
    const text = 'REVIEW SERVICES OFFICE\nWalking cane with a seat: Upheld\nMRI OF THE LEFT KNEE: Upheld';
    const headed = { start: 0, end: text.indexOf(': Upheld') };
    const capitals = at(text, 'MRI OF THE LEFT KNEE');
    const problems = checkValueShapes(makeLetterView(text), [
      item({ request: field('REVIEW SERVICES OFFICE Walking cane with a seat', [headed]) }),
      item({ request: field('MRI OF THE LEFT KNEE', [capitals]) }),
    ]);
    expect(problems.map((p) => [p.field, p.message, p.spans!.at(-1)])).toEqual([
      ['items[0].request', 'Request of item 1 may hold a section heading: check where it ends.', at(text, 'REVIEW SERVICES OFFICE')],
    ]);
  });

  it('takes a page number between dashes of any kind, set apart by any space, for a footer', () => {
    const text = 'the cane.\n\u2013\u20093\u2009\u2013 \nThe cane';
    const [p] = checkValueShapes(makeLetterView(text), [item({ rationale: field('…', [{ start: 0, end: text.length }]) })]);
    expect(p!.spans!.at(-1)).toEqual(at(text, '\u2013\u20093\u2009\u2013 '));
  });
});
