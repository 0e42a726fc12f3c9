import { describe, expect, it } from 'vitest';
import type { Extraction, Field } from './record.ts';
import { NOT_A_LETTER, extractLetter } from './extract-letter.ts';
import headerTableLetter from './fixtures/header-table-letter.txt?raw';
import printLetter from './fixtures/print-letter.txt?raw';
import textLetter from './fixtures/text-letter.txt?raw';

const run = (text: string) => extractLetter(text);
const read = (text: string, f: Field<unknown>) => f.spans.map((s) => text.slice(s.start, s.end));

/** Every string field's spans read back as its value (the grounding rule). */
function expectGrounded(text: string, r: Extraction) {
  const fields: Field<unknown>[] = [r.caseNumber, r.priority];
  for (const it of r.items)
    fields.push(it.request, it.originalRequest, it.claimsAdministratorGuideline, it.reviewerGuideline, it.rationale);
  for (const f of fields) {
    if (f.value === null) {
      expect(f.spans).toEqual([]);
      continue;
    }
    expect(read(text, f).join(' ').replace(/\s+/g, ' ').trim()).toBe(f.value);
  }
}

describe('extractLetter on whole letters', () => {
  it('reads the header-table layout with status ok', () => {
    const r = run(headerTableLetter);
    expect(r.layout).toBe('maximus-2016-header-table');
    expect(r.status).toBe('ok');
    expect(r.problems).toEqual([]);
    expect(r.caseNumber.value).toBe('CM15-0123456');
    expect(r.dateOfInjury.value).toBe('2014-07-19');
    expect(r.patient).toMatchObject({ age: { value: 47 }, sex: { value: 'female' } });
    expect(r.items.map((i) => [i.request.value, i.decision.value, i.necessity.value, i.category.value])).toEqual([
      ['MRI of the right wrist without contrast', 'Overturned', 'medically necessary', 'imaging'],
      ['Two refills of Naproxen 550mg #60', 'Upheld', 'not medically necessary', 'medication'],
      ['Occupational therapy for the right wrist, 8 visits', 'Upheld', 'not medically necessary', 'physical therapy'],
    ]);
    expect(read(headerTableLetter, r.items[1]!.originalRequest)).toEqual(['Naproxen 550mg #60 with two refills']);
    expectGrounded(headerTableLetter, r);
  });

  it('reads the early layout with page furniture; header fields are absent by design, not a defect', () => {
    const r = run(printLetter);
    expect(r.layout).toBe('maximus-early-no-header');
    expect(r.status).toBe('ok');
    expect(r.caseNumber).toEqual({ value: null, spans: [] });
    // The layout has no header table: its fields are not reported missing, so the letter needs no human look for them.
    expect(r.problems.map((p) => p.field)).not.toContain('caseNumber');
    expect(r.problems.map((p) => p.field)).not.toContain('priority');
    expect([r.dateOfInjury.value, read(printLetter, r.dateOfInjury)]).toEqual(['2009-03-03', ['March 3, 2009']]);
    expect(r.reviewer.specialties.value).toEqual(['Orthopaedic Surgery', 'Hand Surgery']);
    expect(r.items.map((i) => i.request.value)).toEqual([
      'Left knee arthroscopy with partial medial meniscectomy',
      'Associated surgical service: Knee brace, hinged',
      'Eight sessions of post-operative physical therapy for the left knee, two times a week for four weeks',
    ]);
    expect(read(printLetter, r.items[2]!.request)).toEqual([
      'Eight sessions of post-operative physical therapy for the left knee, two times a week for',
      'four weeks',
    ]);
    expectGrounded(printLetter, r);
  });

  it('reads a double-spaced text letter', () => {
    const r = run(textLetter);
    expect(r.layout).toBe('maximus-early-no-header');
    expect(r.status).toBe('ok');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.rationale.value).toBe(
      'Low mood has lasted a year and has not been treated with talk therapy. A short course is medically necessary.',
    );
    expect(r.diagnoses.value).toEqual(['major depressive disorder', 'insomnia']);
    expectGrounded(textLetter, r);
  });

  it('fails text that is not an IMR letter, never misreading it', () => {
    const r = run('Invoice 4411\nThree boxes of gloves: Delivered\nTotal due: $42.00\n');
    expect(r).toMatchObject({ status: 'failed', layout: 'unknown', items: [] });
    expect(r.problems).toEqual([{ severity: 'error', message: NOT_A_LETTER }]);
    expect(run('')).toMatchObject({ status: 'failed', layout: 'unknown' });
  });

  it('fails a letter with no disputed items', () => {
    const text = headerTableLetter.slice(0, headerTableLetter.indexOf('MRI of the right wrist'));
    const r = run(text);
    expect(r.status).toBe('failed');
    expect(r.problems.some((p) => p.severity === 'error' && p.field === 'items')).toBe(true);
  });

  it('warns when a decision disagrees with the rationale conclusion', () => {
    const text = headerTableLetter.replace('The request is not medically necessary.', 'The request is medically necessary.');
    const r = run(text);
    expect(r.status).toBe('partial');
    const p = r.problems.find((x) => x.field === 'items[2].decision');
    expect(p?.message).toBe(
      'Decision of item 3 (Upheld) disagrees with its rationale\'s conclusion ("medically necessary"): check which the letter means.',
    );
    expect(p?.spans?.map((s) => text.slice(s.start, s.end))).toEqual(['Upheld', 'medically necessary']);
  });

  it('warns when decisions and rationales differ in number', () => {
    const text = headerTableLetter.replace('Decision rationale: Eight visits', 'Eight visits');
    const r = run(text);
    expect(r.status).toBe('partial');
    expect(r.problems).toContainEqual({
      severity: 'warning',
      field: 'items',
      message: 'The letter has 3 decisions but 2 decision rationales: check that every item was read whole.',
    });
    expect(r.problems).toContainEqual({
      severity: 'warning',
      code: 'not-found',
      field: 'items[2].rationale',
      message: 'Rationale of item 3 not found: check the item in the letter.',
    });
  });

  it('names an unknown layout with a warning', () => {
    const text = headerTableLetter.replace('HOW THE IMR FINAL DETERMINATION WAS MADE', 'ABOUT THIS REVIEW');
    const r = run(text);
    expect(r.layout).toBe('unknown');
    expect(r.status).toBe('partial');
    expect(r.problems).toContainEqual({
      severity: 'warning',
      field: 'layout',
      message: 'Layout not recognised: the letter was read by the general rules, so check every value.',
    });
    expect(r.items).toHaveLength(3);
  });

  it('is deterministic', () => {
    expect(run(printLetter)).toEqual(run(printLetter));
  });
});
