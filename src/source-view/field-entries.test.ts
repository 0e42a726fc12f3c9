import { describe, expect, it } from 'vitest';
import type { Item, LetterRecord } from '../extract/record.ts';
import { allEntries, citationLabel, itemEntries, letterEntries, problemsToShow } from './field-entries.ts';

const none = () => ({ value: null, spans: [] });
const at = <T>(value: T, start: number, end: number) => ({ value, spans: [{ start, end }] });

const item: Item = {
  request: at('TENS unit purchase', 100, 118),
  originalRequest: none(),
  decision: at('Upheld', 120, 126),
  category: at('durable medical equipment', 100, 118),
  drugClass: none(),
  compounded: none(),
  claimsAdministratorGuideline: none(),
  reviewerGuideline: at('Decision based on MTUS Page(s): 114-116.', 150, 190),
  citations: [
    { source: 'MTUS', title: 'Chronic Pain', sections: null, pages: '114-116', citedBy: 'reviewer', spans: [{ start: 168, end: 190 }] },
  ],
  rationale: at('No trial is recorded. Not medically necessary.', 200, 246),
  necessity: at('not medically necessary', 222, 245),
  block: { start: 100, end: 246 },
};

const record: LetterRecord = {
  file: 'x.pdf',
  sha256: '0',
  kind: 'pdf',
  pages: 1,
  layout: 'maximus-2016-header-table',
  text: 'x'.repeat(300),
  pageStarts: [0],
  status: 'partial',
  problems: [{ severity: 'warning', field: 'priority', message: 'priority not found' }],
  caseNumber: at('CM16-0900001', 13, 25),
  priority: none(),
  dateAssigned: at('2016-10-03', 40, 50),
  dateOfInjury: none(),
  decisionDate: none(),
  urDenialDate: none(),
  applicationReceived: none(),
  reviewer: { licensure: at(['California', 'Oregon'], 60, 78), specialties: none() },
  patient: { age: at(47, 80, 82), sex: at('female', 83, 89) },
  diagnoses: none(),
  items: [item],
};

describe('field entries', () => {
  it('lists every letter-level field with its record path as id, lists joined, dates not verbatim', () => {
    const entries = letterEntries(record);
    // Grouped by colour family, in the catalogue's order within each.
    expect(entries.map((e) => e.id)).toEqual([
      'caseNumber',
      'priority',
      'decisionDate',
      'dateOfInjury',
      'dateAssigned',
      'urDenialDate',
      'applicationReceived',
      'reviewer.specialties',
      'reviewer.licensure',
      'patient.age',
      'patient.sex',
      'diagnoses',
    ]);
    const licensure = entries.find((e) => e.id === 'reviewer.licensure')!;
    expect(licensure).toMatchObject({ value: 'California; Oregon', parts: ['California', 'Oregon'], kind: 'reviewer', verbatim: true });
    expect(entries.find((e) => e.id === 'dateAssigned')).toMatchObject({ value: '2016-10-03', verbatim: false, kind: 'date' });
    expect(entries.find((e) => e.id === 'patient.age')).toMatchObject({ value: '47', verbatim: false });
    expect(entries.find((e) => e.id === 'priority')).toMatchObject({ value: null, spans: [] });
  });

  it("lists an item's fields and citations, leaving out an original request the item does not have", () => {
    const entries = itemEntries(record, 0);
    expect(entries.map((e) => e.id)).toEqual([
      'items[0].request',
      'items[0].category',
      'items[0].decision',
      'items[0].necessity',
      'items[0].claimsAdministratorGuideline',
      'items[0].reviewerGuideline',
      'items[0].citations[0]',
      'items[0].rationale',
    ]);
    expect(entries.every((e) => e.item === 0)).toBe(true);
    expect(entries.find((e) => e.id === 'items[0].citations[0]')).toMatchObject({
      value: 'MTUS · Chronic Pain · Page(s): 114-116',
      kind: 'citation',
    });
    expect(itemEntries(record, 5)).toEqual([]);
    expect(allEntries(record)).toHaveLength(12 + 8);
  });

  it('names a citation by source, title, sections and pages', () => {
    expect(
      citationLabel({ source: 'other', title: 'ODG Pain', sections: 'Office visits', pages: null, citedBy: 'reviewer', spans: [] }),
    ).toBe('ODG Pain · Section(s): Office visits');
  });

  it("shows the record's problems and names letter fields not found that no problem names", () => {
    const problems = problemsToShow(record);
    expect(problems[0]).toEqual(record.problems[0]);
    expect(problems[1]!.message).toBe(
      'Not found in the letter: decision date, date of injury, UR denial date, application received, reviewer specialty, diagnoses.',
    );
    expect(problemsToShow({ ...record, status: 'failed', problems: [{ severity: 'error', message: 'bad' }] })).toHaveLength(1);
  });
});
