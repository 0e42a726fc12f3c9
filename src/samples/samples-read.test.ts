// The sample letters we wrote (shipped in public/samples/) read back exactly as their answer keys say,
// field by field, with every string value grounded in its spans. These are the project's own
// fixtures, so this holds with or without the shared corpus.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Field, LetterRecord } from '../extract/record.ts';
import { parseLetter } from '../parsing/worker/parse-letter.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const KEYS = new URL('./answer-keys/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', SAMPLES), 'utf8')) as string[];

const value = <T>(f: Field<T>) => f.value;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const readBack = (text: string, f: Field<unknown>) => collapse(f.spans.map((s) => text.slice(s.start, s.end)).join(' '));

describe('sample letters', () => {
  it('every file listed in index.json has an answer key, and the other way round', () => {
    const keys = readdirSync(KEYS).map((f) => f.replace(/\.json$/, ''));
    expect(index.map((f) => f.replace(/\.(pdf|txt)$/, '')).sort()).toEqual(keys.sort());
  });

  it.each(index)('%s reads as its answer key', async (file) => {
    const key = JSON.parse(readFileSync(new URL(file.replace(/\.(pdf|txt)$/, '.json'), KEYS), 'utf8'));
    const bytes = readFileSync(new URL(file, SAMPLES));
    const r: LetterRecord = await parseLetter({ name: file, bytes: new Uint8Array(bytes).buffer });
    expect(r.status).toBe('ok');
    expect(r.problems).toEqual([]);
    // Every sample is written in a known layout (the 2016-17, early, 2013, 2014-15 and Medical Professional Review ones).
    expect(r.layout).not.toBe('unknown');
    expect({
      caseNumber: value(r.caseNumber),
      dateAssigned: value(r.dateAssigned),
      dateOfInjury: value(r.dateOfInjury),
      decisionDate: value(r.decisionDate),
      urDenialDate: value(r.urDenialDate),
      applicationReceived: value(r.applicationReceived),
      priority: value(r.priority),
      licensure: value(r.reviewer.licensure),
      specialties: value(r.reviewer.specialties),
      age: value(r.patient.age),
      sex: value(r.patient.sex),
      diagnoses: value(r.diagnoses),
    }).toEqual({
      caseNumber: key.caseNumber,
      dateAssigned: key.dateAssigned,
      dateOfInjury: key.dateOfInjury,
      decisionDate: key.decisionDate,
      urDenialDate: key.urDenialDate,
      applicationReceived: key.applicationReceived,
      priority: key.priority,
      licensure: key.licensure,
      specialties: key.specialties,
      age: key.age,
      sex: key.sex,
      diagnoses: key.diagnoses,
    });
    expect(r.items).toHaveLength(key.items.length);
    r.items.forEach((item, n) => {
      const want = key.items[n];
      expect({
        request: value(item.request),
        originalRequest: value(item.originalRequest),
        decision: value(item.decision),
        category: value(item.category),
        claimsAdministratorGuideline: value(item.claimsAdministratorGuideline),
        reviewerGuideline: value(item.reviewerGuideline),
        necessity: value(item.necessity),
      }).toEqual({
        request: want.request,
        originalRequest: want.originalRequest,
        decision: want.decision,
        category: want.category,
        claimsAdministratorGuideline: want.claimsAdministratorGuideline,
        reviewerGuideline: want.reviewerGuideline,
        necessity: want.necessity,
      });
      expect(item.rationale.value!.startsWith(want.rationaleStart.trimStart())).toBe(true);
      expect(item.rationale.value!.endsWith(want.rationaleEnd.trimEnd())).toBe(true);
      for (const f of [item.request, item.originalRequest, item.claimsAdministratorGuideline, item.reviewerGuideline, item.rationale]) {
        if (f.value !== null) expect(readBack(r.text, f)).toBe(collapse(f.value));
      }
    });
  });
});
