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
