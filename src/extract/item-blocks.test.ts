import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { findSections } from './letter-sections.ts';
import { readItems } from './item-blocks.ts';
import headerTableLetter from './fixtures/header-table-letter.txt?raw';
import printLetter from './fixtures/print-letter.txt?raw';

describe('item blocks', () => {
  it('cuts one block per heading with its three labelled parts', () => {
    const text = headerTableLetter;
    const view = makeLetterView(text);
    const { items, problems, rationaleCount } = readItems(view, findSections(view).itemsStart);
    expect(items).toHaveLength(3);
    expect(rationaleCount).toBe(3);
    expect(problems).toEqual([]);
    const third = items[2]!;
    expect(third.claimsAdministratorGuideline.value).toBe('The Claims Administrator did not cite any medical evidence for its decision.');
    expect(third.claimsAdministratorGuideline.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'The Claims Administrator did not cite any medical evidence\nfor its decision.',
    ]);
    expect(third.rationale.value).toBe(
      'Eight visits exceed the course the guideline allows before a review of progress. The request is not medically necessary.',
    );
    const block = text.slice(third.block.start, third.block.end);
    expect(block.startsWith('Occupational therapy for the right\nwrist, 8 visits: Upheld')).toBe(true);
    expect(block.endsWith('The request is not medically necessary.')).toBe(true);
  });

  it('reads a guideline interrupted by a page break as two spans', () => {
    const text = printLetter;
    const view = makeLetterView(text);
    const { items } = readItems(view, findSections(view).itemsStart);
    expect(items[0]!.reviewerGuideline.value).toBe('Decision based on MTUS Knee Complaints 2004, Section(s): Surgical Considerations.');
    expect(items[0]!.reviewerGuideline.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Decision based on MTUS Knee Complaints 2004, Section(s): Surgical',
      'Considerations.',
    ]);
    // The last rationale stops before the closing footer.
    expect(items[2]!.rationale.value).toBe(
      'Therapy after the repair is within the postsurgical course, so the request is medically necessary.',
    );
  });

  it('reports a missing label as a "not found" warning and leaves the field null', () => {
    const text =
      'IMR ISSUES, DECISIONS AND RATIONALES\n\nWalker: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.\n\nDecision rationale: Not needed.\n';
    const view = makeLetterView(text);
    const { items, problems } = readItems(view, findSections(view).itemsStart);
    expect(items[0]!.claimsAdministratorGuideline).toEqual({ value: null, spans: [] });
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'not-found',
        field: 'items[0].claimsAdministratorGuideline',
        message: "Claims administrator guideline of item 1 not found: check the item's guideline sections.",
      },
    ]);
  });

  it('reads a heading wrapped after "DOS:" to its date line in full, and the rationale agrees with it', () => {
    const text =
      'IMR ISSUES, DECISIONS AND RATIONALES\nThe decisions on the disputed items follow:\n' +
      'Cane: Upheld\nClaims Administrator guideline: None.\nMAXIMUS guideline: Decision based on MTUS.\n' +
      'Decision rationale: The request for a cane is not medically necessary.\n' +
      'Retrospective request for a hinged knee brace, DOS:\n04/22/2017: Overturned\n' +
      'Claims Administrator guideline: None.\nMAXIMUS guideline: Decision based on MTUS.\n' +
      'Decision rationale: Instability is documented. The request for a hinged knee brace, DOS: 04/22/2017 is medically necessary.\n';
    const view = makeLetterView(text);
    const { items, problems } = readItems(view, findSections(view).itemsStart);
    expect(items.map((i) => i.request.value)).toEqual(['Cane', 'Retrospective request for a hinged knee brace, DOS: 04/22/2017']);
    expect(items[1]!.request.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Retrospective request for a hinged knee brace, DOS:\n04/22/2017',
    ]);
    expect(problems).toEqual([]);
  });
});
