import { describe, expect, it } from 'vitest';
import { normaliseRequest } from './normalise-request.ts';

describe('normaliseRequest', () => {
  it.each([
    ['Physical therapy 2x6', 'physical therapy'],
    ['physical therapy twice a week for six weeks', 'physical therapy'],
    ['12 sessions of physical therapy', 'physical therapy'],
    ['Physical Therapy (8 visits)', 'physical therapy'],
    ['Acupuncture x 6 visits', 'acupuncture'],
    ['Aquatic therapy 3 times per week for 4 weeks', 'aquatic therapy'],
    ['Norco 10/325mg #90', 'norco'],
    ['Tramadol ER 150 mg, qty: 30', 'tramadol er'],
    ['Lidoderm 5% patches, one daily', 'lidoderm patches'],
    ['Gabapentin 600mg 1 tab TID', 'gabapentin'],
    ['MRI of the lumbar spine', 'mri of the lumbar spine'],
    ['Lumbar epidural steroid injection at L4-5 and L5-S1', 'lumbar epidural steroid injection'],
    ['X-ray, left knee', 'xray left knee'],
    ['Chiropractic manipulation 6-8 treatments', 'chiropractic manipulation'],
    ['Cognitive behavioural therapy, ten sessions over 10 weeks', 'cognitive behavioural therapy'],
  ])('%j → %j', (request, kind) => expect(normaliseRequest(request)).toBe(kind));

  it('keeps a request that is only a quantity as written, and null as null', () => {
    expect(normaliseRequest('12 Sessions')).toBe('12 sessions');
    expect(normaliseRequest(null)).toBeNull();
  });
});
