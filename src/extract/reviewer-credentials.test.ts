import { describe, expect, it } from 'vitest';
import type { Field } from './record.ts';
import { makeLetterView } from './letter-view.ts';
import { readCredentials } from './reviewer-credentials.ts';
import headerTableLetter from './fixtures/header-table-letter.txt?raw';
import printLetter from './fixtures/print-letter.txt?raw';
import textLetter from './fixtures/text-letter.txt?raw';

describe('reviewer credentials', () => {
  it('reads "State(s) of Licensure" and a wrapped "Certification(s)/Specialty" line, one span per element', () => {
    const text = headerTableLetter;
    const c = readCredentials(makeLetterView(text), text.length);
    const read = (f: Field<string[]>) => f.spans.map((s) => text.slice(s.start, s.end));
    expect(c.licensure.value).toEqual(['Oregon', 'Nevada', 'California']);
    expect(read(c.licensure)).toEqual(['Oregon', 'Nevada', 'California']);
    expect(c.specialties.value).toEqual(['Family Medicine', 'Sports Medicine', 'Physical Medicine & Rehabilitation']);
    expect(read(c.specialties)).toEqual(['Family Medicine', 'Sports Medicine', 'Physical Medicine &\nRehabilitation']);
  });

  it('reads the older "Board Certified in X, has a subspecialty in Y and is licensed to practice in Z" sentence', () => {
    const text = printLetter;
    const c = readCredentials(makeLetterView(text), text.length);
    expect(c.specialties.value).toEqual(['Orthopaedic Surgery', 'Hand Surgery']);
    expect(c.specialties.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Orthopaedic Surgery', 'Hand Surgery']);
    expect(c.licensure.value).toEqual(['Arizona', 'New Mexico']);
    expect(c.licensure.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Arizona', 'New Mexico']);
  });

  it('reads the credential lines of a double-spaced text letter', () => {
    const text = textLetter;
    const c = readCredentials(makeLetterView(text), text.indexOf('CLINICAL'));
    expect(c.licensure.value).toEqual(['Texas']);
    expect(c.specialties.value).toEqual(['Psychiatry']);
  });

  it('gives null fields when neither wording is present', () => {
    const c = readCredentials(makeLetterView('No credentials here.'), 20);
    expect(c).toEqual({ licensure: { value: null, spans: [] }, specialties: { value: null, spans: [] } });
  });
});
