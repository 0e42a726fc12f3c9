// Letters we wrote in each known layout read exactly, and letters of no known layout (headings of
// two layouts mixed, or a layout nobody has seen) are still read as IMR letters and flagged.
import { describe, expect, it } from 'vitest';
import type { Extraction, Field } from '../record.ts';
import { NOT_A_LETTER, extractLetter } from '../extract-letter.ts';
import { LAYOUT_RECOGNISED_NOT, KNOWN_LAYOUTS, layoutLabel, recogniseLayout } from './index.ts';
import { HEADINGS, type FoundHeading, type HeadingKey } from './headings.ts';
import notice2013 from '../fixtures/notice-2013-letter.txt?raw';
import decisions2014 from '../fixtures/decisions-2014-letter.txt?raw';
import professionalReview from '../fixtures/professional-review-letter.txt?raw';

const run = (text: string) => extractLetter(text);
const read = (text: string, f: Field<unknown>) => f.spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
const values = (r: Extraction) => ({
  caseNumber: r.caseNumber.value,
  dateAssigned: r.dateAssigned.value,
  dateOfInjury: r.dateOfInjury.value,
  decisionDate: r.decisionDate.value,
  urDenialDate: r.urDenialDate.value,
  applicationReceived: r.applicationReceived.value,
  priority: r.priority.value,
  licensure: r.reviewer.licensure.value,
  specialties: r.reviewer.specialties.value,
  age: r.patient.age.value,
  sex: r.patient.sex.value,
  diagnoses: r.diagnoses.value,
});
const items = (r: Extraction) => r.items.map((i) => [i.request.value, i.decision.value, i.necessity.value, i.category.value]);

/** Every string field's spans read back as its value, and every value has spans. */
function expectGrounded(text: string, r: Extraction) {
  const fields: Field<unknown>[] = [r.caseNumber, r.dateAssigned, r.decisionDate, r.urDenialDate, r.applicationReceived, r.dateOfInjury];
  for (const it of r.items)
    fields.push(it.request, it.decision, it.necessity, it.claimsAdministratorGuideline, it.reviewerGuideline, it.rationale);
  for (const f of fields) {
    if (f.value === null) expect(f.spans).toEqual([]);
    else expect(f.spans.length).toBeGreaterThan(0);
    if (
      typeof f.value === 'string' &&
      !/^\d{4}-\d\d-\d\d$/.test(f.value) &&
      !['Upheld', 'Overturned'].includes(f.value) &&
      !f.value.includes('medically')
    )
      expect(read(text, f).join(' ').trim()).toBe(f.value);
  }
}

describe('the 2013 Notice of Independent Medical Review Determination', () => {
  const r = run(notice2013);
  it('is recognised and read completely, with nothing reported', () => {
    expect([r.layout, r.status, r.problems]).toEqual(['maximus-2013-notice', 'ok', []]);
    expect(values(r)).toEqual({
      caseNumber: 'CM13-0048213',
      dateAssigned: '2013-09-27',
      dateOfInjury: '2012-02-11',
      decisionDate: '2013-10-14',
      urDenialDate: '2013-09-03',
      applicationReceived: '2013-09-12',
      priority: null,
      licensure: ['California', 'Nevada'],
      specialties: ['Anesthesiology', 'Pain Medicine'],
      age: 44,
      sex: 'male',
      diagnoses: ['left greater trochanteric bursitis', 'chronic low back pain'],
    });
    expectGrounded(notice2013, r);
  });
  it('takes decisions from the numbered outcome sentences and parts from each "Regarding the request for" block', () => {
    expect(items(r)).toEqual([
      ['a 28 day functional restoration program', 'Upheld', 'not medically necessary', 'psychological'],
      [
        'a transcutaneous electrical nerve stimulation unit, 30 day rental',
        'Overturned',
        'medically necessary',
        'durable medical equipment',
      ],
    ]);
    expect(read(notice2013, r.items[0]!.decision)).toEqual(['not medically necessary']);
    expect(read(notice2013, r.dateAssigned)).toEqual(['9/27/2013']);
    expect(r.items[1]!.claimsAdministratorGuideline.value).toBe(
      'The Claims Administrator did not cite any medical evidence for its decision.',
    );
    expect(r.items[1]!.reviewerGuideline.value).toMatch(/^The Expert Reviewer based his decision on .* pages 114-116\.$/);
    // The rationale stops before the copy list.
    expect(r.items[1]!.rationale.value).toMatch(/^A one month home trial .* is medically necessary and appropriate\.$/);
  });
});

describe('the 2014-15 layout', () => {
  const r = run(decisions2014);
  it('is recognised by "IMR DECISION(S) AND RATIONALE(S)" and read completely', () => {
    expect([r.layout, r.status, r.problems]).toEqual(['maximus-2014-decisions', 'ok', []]);
    expect(values(r)).toEqual({
      caseNumber: 'CM14-0073356',
      dateAssigned: null,
      dateOfInjury: '2011-06-02',
      decisionDate: null,
      urDenialDate: '2014-04-17',
      applicationReceived: '2014-04-29',
      priority: null,
      licensure: ['California'],
      specialties: ['Family Practice'],
      age: 58,
      sex: 'female',
      diagnoses: ['bilateral carpal tunnel syndrome', 'right lateral epicondylitis'],
    });
    expect(items(r)).toEqual([
      ['Repeat electromyography of both upper extremities', 'Upheld', 'not medically necessary', 'diagnostic test'],
      ['Diclofenac 1.5% topical solution 150ml', 'Overturned', 'medically necessary', 'medication'],
    ]);
    expect(r.items[0]!.citations.map((c) => [c.source, c.citedBy])).toEqual([
      ['ACOEM', 'claims administrator'],
      ['ACOEM', 'reviewer'],
    ]);
    expectGrounded(decisions2014, r);
  });
  it('reads ": Upheld" headings under the same heading', () => {
    const text = decisions2014
      .replace(
        '1. Repeat electromyography of both upper extremities is not medically necessary and appropriate.',
        'Repeat electromyography of both upper extremities: Upheld',
      )
      .replace(
        '2. Diclofenac 1.5% topical solution 150ml is medically necessary and appropriate.',
        'Diclofenac 1.5% topical solution 150ml: Overturned',
      );
    const s = run(text);
    expect([s.layout, s.status]).toEqual(['maximus-2014-decisions', 'ok']);
    expect(items(s)).toEqual(items(r));
    expect(read(text, s.items[1]!.decision)).toEqual(['Overturned']);
  });
});

describe('the Medical Professional Review layout', () => {
  const r = run(professionalReview);
  it('is read as far as its words allow; what it does not state is null and not reported', () => {
    expect([r.layout, r.status, r.problems]).toEqual(['medical-professional-review', 'ok', []]);
    expect(values(r)).toEqual({
      caseNumber: null,
      dateAssigned: null,
      dateOfInjury: null,
      decisionDate: null,
      urDenialDate: null,
      applicationReceived: null,
      priority: null,
      licensure: ['California'],
      specialties: ['Physical Medicine & Rehabilitation'],
      age: 39,
      sex: 'female',
      diagnoses: ['lumbar radiculopathy', 'lumbar disc protrusion'],
    });
    expect(items(r)).toEqual([['lumbar epidural steroid injection at L5-S1', 'Upheld', 'not medically necessary', 'injection']]);
    const item = r.items[0]!;
    expect(item.claimsAdministratorGuideline.value).toBeNull();
    expect(item.reviewerGuideline.value).toMatch(/^Decision based on MTUS Chronic Pain .* radicular pain\.$/);
    expect(item.rationale.value).toMatch(/^Radiculopathy must be documented .* The requested injection is not medically necessary\.$/);
    // The decision is the rationale's conclusion, grounded on its words.
    expect(read(professionalReview, item.decision)).toEqual(['not medically necessary']);
    expectGrounded(professionalReview, r);
  });
  it('reports a missing rationale, which every letter of the layout has', () => {
    const s = run(professionalReview.replace(/RATIONALE FOR WHY[^]*?(?=MEDICAL REVIEWER)/, ''));
    expect(s.status).toBe('partial');
    expect(s.problems.map((p) => p.field)).toContain('items[0].rationale');
  });
});

describe('letters of no known layout', () => {
  it('a letter mixing the headings of two layouts is read by the general rules and flagged', () => {
    // The 2013 letter with the case summary under the 2016 heading.
    const text = notice2013.replace('Case Summary:', 'CLINICAL CASE SUMMARY');
    const r = run(text);
    expect(r.layout).toBe('unknown');
    expect(r.status).toBe('partial');
    expect(r.problems).toContainEqual({ severity: 'warning', field: 'layout', message: LAYOUT_RECOGNISED_NOT });
    expect(items(r)).toEqual(items(run(notice2013)));
    expect([r.caseNumber.value, r.urDenialDate.value, r.patient.age.value]).toEqual(['CM13-0048213', '2013-09-03', 44]);
    expectGrounded(text, r);
  });

  it('an IMR-like letter of a layout nobody has seen is an IMR letter, read and flagged', () => {
    const text = [
      'MAXIMUS Federal Services',
      'Independent Medical Review - Final Determination',
      'Review number CM15-0201874',
      '',
      'SUMMARY OF THE REVIEW',
      'The injured worker is a 61-year-old man with chronic neck pain after a fall from a ladder.',
      '',
      'OUTCOME OF EACH DISPUTED SERVICE',
      '1) The request for cervical traction unit for home use is not medically necessary.',
      '2) The request for eight sessions of aquatic therapy is medically necessary.',
      '',
    ].join('\n');
    const r = run(text);
    expect(r.layout).toBe('unknown');
    expect(r.problems).toContainEqual({ severity: 'warning', field: 'layout', message: LAYOUT_RECOGNISED_NOT });
    expect(r.status).toBe('partial');
    expect(r.caseNumber.value).toBe('CM15-0201874');
    expect(r.items.map((i) => [i.request.value, i.decision.value])).toEqual([
      ['cervical traction unit for home use', 'Upheld'],
      ['eight sessions of aquatic therapy', 'Overturned'],
    ]);
    // Every field it does not state is reported: nothing in it can be taken on trust.
    expect(r.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['dateOfInjury', 'urDenialDate', 'reviewer.licensure']));
  });

  it('a case number alone makes an IMR letter; text that is none of these is not one', () => {
    expect(run('Attached is the decision for CM16-0000123.\n').problems[0]?.message).not.toBe(NOT_A_LETTER);
    const other = run('Quarterly report\nSales rose in the third quarter.\nTotal: $42.00\n');
    expect(other).toMatchObject({ status: 'failed', layout: 'unknown', problems: [{ severity: 'error', message: NOT_A_LETTER }] });
  });
});

describe('layout descriptions', () => {
  const found = (...keys: HeadingKey[]): FoundHeading[] => keys.map((key, i) => ({ key, kind: HEADINGS[key].kind, start: i, end: i }));
  it('each known layout has its own id and label, and its required headings are among its headings', () => {
    expect(new Set(KNOWN_LAYOUTS.map((l) => l.id)).size).toBe(KNOWN_LAYOUTS.length);
    for (const l of KNOWN_LAYOUTS) {
      expect(layoutLabel(l.id)).toBe(l.label);
      expect(l.headings).toEqual(expect.arrayContaining([...l.required]));
    }
    expect(layoutLabel('unknown')).toBe('Not recognised');
  });
  it('a layout is recognised only when it explains every heading found', () => {
    expect(recogniseLayout(found('howMade', 'clinicalSummary', 'issuesDecisions'), true)?.id).toBe('maximus-2016-header-table');
    expect(recogniseLayout(found('howMade', 'clinicalSummary', 'issuesDecisions'), false)?.id).toBe('maximus-early-no-header');
    expect(recogniseLayout(found('howMade', 'documentsReviewed', 'decisionsRationales'), true)?.id).toBe('maximus-2014-decisions');
    expect(recogniseLayout(found('howMade', 'issuesDecisions', 'rationaleUsed'), true)).toBeNull();
    expect(recogniseLayout(found('issueAtDispute', 'decisionRationale'), false)).toBeNull();
  });
});

describe('headings and labels by meaning', () => {
  it('recognises the 2016-17 layout from its headings in other words and cases, credentials after the summary', () => {
    const text = [
      'Case Number: CM22-0111222',
      'Date Assigned: 01/03/2022',
      'Date of Injury: 05/06/2020',
      'Decision Date: 02/01/2022',
      'UR Denial Date: 12/20/2021',
      'Priority: Standard',
      'Application Received: 12/28/2021',
      '',
      'How the Final Determination Was Made',
      'The file went to a reviewer with no ties to the parties.',
      '',
      'Summary of the Case',
      'The claimant is a 38-year-old woman who hurt her elbow lifting crates.',
      '',
      'The Expert Reviewer has the following credentials:',
      'State(s) of Licensure: Oregon',
      'Certification(s)/Specialty: Hand Surgery',
      '',
      'Issues, Decisions, and Rationales',
      'The items are set forth below:',
      '',
      'Item 1: Elbow strap, counterforce: upheld',
      'Claims administrator guideline: Decision based on elbow guidance.',
      'Maximus Guideline: Decision based on elbow guidance, straps.',
      'Rationale for the decision: The strap is not medically necessary.',
      '',
      'RIGHT TO APPEAL',
      'You may appeal this within thirty days.',
      '',
    ].join('\n');
    const r = extractLetter(text);
    expect(r.layout).toBe('maximus-2016-header-table');
    expect(r.status).toBe('ok');
    expect(r.patient.age.value).toBe(38);
    expect(r.reviewer.licensure.value).toEqual(['Oregon']);
    expect(r.reviewer.specialties.value).toEqual(['Hand Surgery']);
    const item = r.items[0]!;
    expect(item.request.value).toBe('Elbow strap, counterforce');
    expect(item.decision.value).toBe('Upheld');
    expect(item.decision.spans.map((s) => text.slice(s.start, s.end))).toEqual(['upheld']);
    expect(item.reviewerGuideline.value).toBe('Decision based on elbow guidance, straps.');
    expect(item.rationale.value).toBe('The strap is not medically necessary.');
    expect(item.rationale.spans.map((s) => text.slice(s.start, s.end))).toEqual(['The strap is not medically necessary.']);
  });
});
