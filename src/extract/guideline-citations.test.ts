import { describe, expect, it } from 'vitest';
import type { Citation } from './record.ts';
import { makeLetterView } from './letter-view.ts';
import { readCitations } from './guideline-citations.ts';
import { textField } from './spans.ts';

function cite(guideline: string, by: Citation['citedBy'] = 'reviewer') {
  const text = `MAXIMUS guideline: ${guideline}`;
  const view = makeLetterView(text);
  const field = textField(view, 19, text.length);
  return readCitations(view, field, by).map((c) => ({ ...c, spans: c.spans.map((s) => text.slice(s.start, s.end)) }));
}

describe('guideline citations', () => {
  it('splits MTUS chapters with year and sections', () => {
    expect(
      cite(
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic Pain Medical Treatment 2016, Section(s): Facet blocks.',
      ),
    ).toEqual([
      {
        source: 'MTUS',
        title: 'Low Back Complaints 2004',
        sections: 'Summary',
        pages: null,
        citedBy: 'reviewer',
        spans: ['Low Back Complaints 2004, Section(s): Summary'],
      },
      {
        source: 'MTUS',
        title: 'Chronic Pain Medical Treatment 2016',
        sections: 'Facet blocks',
        pages: null,
        citedBy: 'reviewer',
        spans: ['Chronic Pain Medical Treatment 2016, Section(s): Facet blocks'],
      },
    ]);
  });

  it('keeps "Forearm, Wrist, and Hand Complaints" as one chapter', () => {
    const [c] = cite('Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.');
    expect(c).toMatchObject({ source: 'MTUS', title: 'Forearm, Wrist, and Hand Complaints 2004', sections: 'Special Studies' });
  });

  it('reads pages written as "98-99" and "98 of 127", and an ACOEM chapter', () => {
    expect(cite('Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.')).toEqual([
      {
        source: 'MTUS',
        title: 'Chronic Pain Treatment Guidelines',
        sections: 'Physical Medicine',
        pages: '98-99',
        citedBy: 'reviewer',
        spans: ['Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99'],
      },
    ]);
    expect(
      cite('Decision based on MTUS ACOEM Chapter 8 Neck Complaints Page(s): 177, Chronic Pain Treatment Guidelines Page(s): 98 of 127.'),
    ).toMatchObject([
      { source: 'ACOEM', title: 'ACOEM Chapter 8 Neck Complaints', pages: '177' },
      { source: 'MTUS', title: 'Chronic Pain Treatment Guidelines', sections: null, pages: '98 of 127' },
    ]);
  });

  it('reads a Non-MTUS ODG citation as chapter and topic', () => {
    expect(
      cite(
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter, Traction.',
        'claims administrator',
      ),
    ).toEqual([
      {
        source: 'ODG',
        title: 'Neck and Upper Back Chapter',
        sections: 'Traction',
        pages: null,
        citedBy: 'claims administrator',
        spans: ['Official Disability Guidelines (ODG) Neck and Upper Back Chapter, Traction'],
      },
    ]);
  });

  it('reads a Non-MTUS ACOEM citation with its page and any other source as "other"', () => {
    expect(
      cite(
        'Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 3rd ed., Shoulder Disorders, pg. 212. Decision based on Non-MTUS Citation A review article on splints, 2012.',
      ),
    ).toMatchObject([
      { source: 'ACOEM', title: 'ACOEM Practice Guidelines, 3rd ed., Shoulder Disorders', pages: '212' },
      { source: 'other', title: 'A review article on splints, 2012', pages: null },
    ]);
  });

  it('gives no citations when the claims administrator cited no evidence', () => {
    expect(cite('The Claims Administrator did not cite any medical evidence for its decision.', 'claims administrator')).toEqual([]);
  });
});
