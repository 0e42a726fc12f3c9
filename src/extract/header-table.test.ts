import { describe, expect, it } from 'vitest';
import type { Field } from './record.ts';
import { makeLetterView } from './letter-view.ts';
import { findSections } from './letter-sections.ts';
import { readHeaderTable } from './header-table.ts';

import headerTableLetter from './fixtures/header-table-letter.txt?raw';

const text = headerTableLetter;
const read = (f: Field<unknown>) => f.spans.map((s) => text.slice(s.start, s.end));

describe('header table', () => {
  const view = makeLetterView(text);
  const table = readHeaderTable(view, findSections(view).headerEnd);

  it('reads the case number with its exact span', () => {
    expect(table.present).toBe(true);
    expect(table.caseNumber).toEqual({ value: 'CM15-0123456', spans: [{ start: 13, end: 25 }] });
  });

  it('reads every date to ISO, spans on the dates as written', () => {
    expect([table.dateAssigned.value, read(table.dateAssigned)]).toEqual(['2015-03-02', ['03/02/2015']]);
    expect([table.dateOfInjury.value, read(table.dateOfInjury)]).toEqual(['2014-07-19', ['07/19/2014']]);
    expect([table.decisionDate.value, read(table.decisionDate)]).toEqual(['2015-04-06', ['04/06/2015']]);
    expect([table.urDenialDate.value, read(table.urDenialDate)]).toEqual(['2015-02-20', ['02/20/2015']]);
    expect([table.applicationReceived.value, read(table.applicationReceived)]).toEqual(['2015-02-25', ['02/25/2015']]);
  });

  it('reads the priority', () => {
    expect([table.priority.value, read(table.priority)]).toEqual(['Standard', ['Standard']]);
  });

  it('finds no table in a letter without one, and ignores "Date of Injury:" wording later in the letter', () => {
    const early = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\n\nCLINICAL CASE SUMMARY\nDate of Injury: 01/02/2015\n';
    const v = makeLetterView(early);
    const t = readHeaderTable(v, findSections(v).headerEnd);
    expect(t.present).toBe(false);
    expect(t.dateOfInjury).toEqual({ value: null, spans: [] });
  });
});

/** Reads a header written above the first section heading; returns each field as [value, span texts]. */
function header(top: string) {
  const text = `${top}\n\nHOW THE IMR FINAL DETERMINATION WAS MADE\nText.\n`;
  const view = makeLetterView(text);
  const t = readHeaderTable(view, findSections(view).headerEnd);
  const pair = (f: Field<string>) => [f.value, f.spans.map((s) => text.slice(s.start, s.end))];
  return {
    t,
    text,
    fields: {
      caseNumber: pair(t.caseNumber),
      dateAssigned: pair(t.dateAssigned),
      dateOfInjury: pair(t.dateOfInjury),
      decisionDate: pair(t.decisionDate),
      urDenialDate: pair(t.urDenialDate),
      priority: pair(t.priority),
      applicationReceived: pair(t.applicationReceived),
    },
  };
}

const EXPECTED = {
  caseNumber: ['CM17-0654321', ['CM17-0654321']],
  dateAssigned: ['2017-03-06', ['03/06/2017']],
  dateOfInjury: ['2012-05-21', ['05/21/2012']],
  decisionDate: ['2017-04-03', ['04/03/2017']],
  urDenialDate: ['2017-02-14', ['02/14/2017']],
  priority: ['Expedited', ['Expedited']],
  applicationReceived: ['2017-03-01', ['03/01/2017']],
};

describe('header table in the arrangements text tools produce', () => {
  it('reads a block of labels followed by a block of values (plain text), a label wrapped over two lines', () => {
    const { t, fields, text } = header(
      'Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM17-0654321\n03/06/2017\n04/03/2017\nExpedited\n\n' +
        'Date of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n05/21/2012\n02/14/2017\n03/01/2017\n',
    );
    expect(fields).toEqual(EXPECTED);
    expect(t.problems).toEqual([]);
    expect(t.caseNumber.spans).toEqual([{ start: 54, end: 66 }]);
    expect(text.slice(54, 66)).toBe('CM17-0654321');
  });

  it('reads two pairs a line in columns, with a label cell wrapped under itself around its value (-layout)', () => {
    const { t, fields } = header(
      'Case Number:        CM17-0654321\n' +
        'Date Assigned:      03/06/2017                 Date of Injury:    05/21/2012\n' +
        'Decision Date:      04/03/2017                 UR Denial Date:    02/14/2017\n' +
        'Priority:           Expedited                  Application        03/01/2017\n' +
        '                                               Received:\n',
    );
    expect(fields).toEqual(EXPECTED);
    expect(t.problems).toEqual([]);
  });

  it('reads every pair run together on one line with single spaces (text copied from a viewer)', () => {
    const { fields } = header(
      'Case Number: CM17-0654321 Date Assigned: 03/06/2017 Date of Injury: 05/21/2012 Decision Date: 04/03/2017 ' +
        'UR Denial Date: 02/14/2017 Priority: Expedited Application Received: 03/01/2017',
    );
    expect(fields).toEqual(EXPECTED);
  });

  it('reads values beside a cell border that OCR read as a bar, spans on the value alone', () => {
    const { fields, t } = header(
      [
        'Case Number: | CM17-0654321',
        'Date Assigned: 03/06/2017 |',
        'Date of Injury: ¦ 05/21/2012',
        'Decision Date: 04/03/2017',
        'UR Denial Date: | 02/14/2017',
        'Priority: | Expedited',
        'Application Received: 03/01/2017',
      ].join('\n'),
    );
    expect(fields).toEqual(EXPECTED);
    expect(t.problems).toEqual([]);
  });

  it('reads each label on its line with its value on the next, and tab-separated pairs', () => {
    expect(
      header(
        'Case Number:\nCM17-0654321\nDate Assigned:\n03/06/2017\nDate of Injury:\n05/21/2012\nDecision Date:\n04/03/2017\n' +
          'UR Denial Date:\n02/14/2017\nPriority:\nExpedited\nApplication Received:\n03/01/2017',
      ).fields,
    ).toEqual(EXPECTED);
    expect(
      header(
        'Case Number:\tCM17-0654321\nDate Assigned:\t03/06/2017\tDate of Injury:\t05/21/2012\nDecision Date:\t04/03/2017\t' +
          'UR Denial Date:\t02/14/2017\nPriority:\tExpedited\tApplication Received:\t03/01/2017',
      ).fields,
    ).toEqual(EXPECTED);
  });

  it('does not take a value of the wrong type, and says so with the span of what was there', () => {
    const { t, text } = header('Case Number: CM17-65\nDate Assigned: 02/30/2017\nPriority: Urgent\nDecision Date: 04/03/2017\n');
    expect(t.caseNumber.value).toBeNull();
    expect(t.dateAssigned.value).toBeNull();
    expect(t.priority.value).toBeNull();
    expect(t.decisionDate.value).toBe('2017-04-03');
    expect(t.problems.map((p) => [p.field, p.message, p.spans!.map((s) => text.slice(s.start, s.end))])).toEqual([
      [
        'caseNumber',
        'Case number "CM17-65" is not a case number (CMyy-nnnnnnn), so it was not taken: check the letter\'s header.',
        ['CM17-65'],
      ],
      ['dateAssigned', 'Date assigned "02/30/2017" is not a real date, so it was not taken: check the letter\'s header.', ['02/30/2017']],
      ['priority', 'Priority "Urgent" is not Standard or Expedited, so it was not taken: check the letter\'s header.', ['Urgent']],
    ]);
  });

  it('keeps a value block aligned by type when one cell was left empty', () => {
    const { t } = header('Case Number:\nDecision Date:\nPriority:\n\nCM17-0654321\nStandard\n');
    expect([t.caseNumber.value, t.decisionDate.value, t.priority.value]).toEqual(['CM17-0654321', null, 'Standard']);
  });

  it('reads a wrapped label cell copied with its value on a line between the two halves', () => {
    const { t } = header('Priority:\nExpedited\nApplication\n03/01/2017\nReceived:\n');
    expect([t.priority.value, t.applicationReceived.value, t.problems]).toEqual(['Expedited', '2017-03-01', []]);
  });

  it('does not take a title under the table for the value of a label left empty', () => {
    const { t } = header('Case Number: CM17-0654321\nUR Denial Date:\nPriority: Standard\n\nINDEPENDENT MEDICAL REVIEW\n');
    expect([t.caseNumber.value, t.urDenialDate.value, t.priority.value, t.problems]).toEqual(['CM17-0654321', null, 'Standard', []]);
  });
});

describe('header labels in other words and any case', () => {
  it('reads "IMR Case #", "Date of Decision", "Injury Date" and the rest, each grounded on its value', () => {
    const text = [
      'IMR CASE #: CM21-0707070',
      'Assigned Date: 2021-05-04',
      'Injury Date: 2 Feb 2019',
      'Date of Decision: June 1, 2021',
      'Date of UR Denial: 4/20/21',
      'priority: expedited',
      'Application Received Date: 04-28-2021',
      '',
      'HOW THE FINAL DETERMINATION WAS MADE',
    ].join('\n');
    const view = makeLetterView(text);
    const t = readHeaderTable(view, text.indexOf('HOW THE'));
    const read = (f: Field<string>) => [f.value, f.spans.map((s) => text.slice(s.start, s.end))];
    expect(t.problems).toEqual([]);
    expect(read(t.caseNumber)).toEqual(['CM21-0707070', ['CM21-0707070']]);
    expect(read(t.dateAssigned)).toEqual(['2021-05-04', ['2021-05-04']]);
    expect(read(t.dateOfInjury)).toEqual(['2019-02-02', ['2 Feb 2019']]);
    expect(read(t.decisionDate)).toEqual(['2021-06-01', ['June 1, 2021']]);
    expect(read(t.urDenialDate)).toEqual(['2021-04-20', ['4/20/21']]);
    expect(read(t.priority)).toEqual(['Expedited', ['expedited']]);
    expect(read(t.applicationReceived)).toEqual(['2021-04-28', ['04-28-2021']]);
  });
});
