import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { readSentenceDates } from './sentence-dates.ts';

describe('dates stated in sentences', () => {
  it('reads the application, UR denial, assignment and "Dated:" dates, each grounded on the date as written', () => {
    const text =
      'Notice of Independent Medical Review Determination\nDated: 12/3/2013\n\n' +
      'An application for Independent Medical Review was filed on 10/28/2013 disputing the Utilization\nReview Denial dated ' +
      '10/15/2013. A Notice of Assignment and Request for Information was provided to the above parties on 11/4/2013.\n';
    const d = readSentenceDates(makeLetterView(text));
    const at = (f: { spans: { start: number; end: number }[] }) => f.spans.map((s) => text.slice(s.start, s.end));
    expect([d.applicationReceived.value, d.urDenialDate.value, d.dateAssigned.value, d.decisionDate.value]).toEqual([
      '2013-10-28',
      '2013-10-15',
      '2013-11-04',
      '2013-12-03',
    ]);
    expect([at(d.applicationReceived), at(d.urDenialDate), at(d.dateAssigned), at(d.decisionDate)]).toEqual([
      ['10/28/2013'],
      ['10/15/2013'],
      ['11/4/2013'],
      ['12/3/2013'],
    ]);
  });

  it('reads nothing from sentences that only mention the words', () => {
    const d = readSentenceDates(makeLetterView('The Utilization Review Denial was reviewed. Dated records from 2012 were sent.\n'));
    expect([d.applicationReceived.value, d.urDenialDate.value, d.dateAssigned.value, d.decisionDate.value]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
