import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './record.ts';
import { CATEGORY_RULES, categorize } from './item-category.ts';

describe('item category rule table', () => {
  it.each([
    ['Gabapentin 300mg #90', 'medication'],
    ['Compound cream: ketoprofen 10%/lidocaine 5%, 120g', 'medication'],
    ['MRI of the left ankle without contrast', 'imaging'],
    ['X-rays of the right hand, 3 views', 'imaging'],
    ['Physical therapy 2 times a week for 4 weeks, left knee', 'physical therapy'],
    ['Ultrasound therapy 2 times 6', 'physical therapy'],
    ['Chiropractic manipulation 6 visits', 'chiropractic'],
    ['Acupuncture 6 sessions for the neck', 'acupuncture'],
    ['Left C6-7 interlaminar epidural steroid injection', 'injection'],
    ['Right L4-5 medial branch blocks', 'injection'],
    ['Left shoulder arthroscopy with labral repair', 'surgery'],
    ['Assistant surgeon', 'surgery'],
    ['EMG/NCV of the bilateral lower extremities', 'diagnostic test'],
    ['Urine drug screen', 'diagnostic test'],
    ['Front-wheeled walker', 'durable medical equipment'],
    ['TENS unit rental, 30 days', 'durable medical equipment'],
    ['Associated surgical service: Cold therapy unit', 'durable medical equipment'],
    ['Associated surgical service: Post-operative physical therapy, 12 sessions', 'physical therapy'],
    ['Consultation with a hand specialist', 'consultation'],
    ['Pre-operative medical clearance', 'consultation'],
    ['Cognitive behavioral therapy, 6 sessions', 'psychological'],
    ['Home health aide 4 hours a day', 'home health'],
    ['Gym membership for one year', 'other'],
  ])('%s -> %s', (request, category) => {
    expect(categorize(request)).toBe(category);
  });

  it('only uses categories of the contract', () => {
    for (const [category] of CATEGORY_RULES) expect(CATEGORIES).toContain(category);
  });
});

describe('categorize: the kind a request names first', () => {
  it.each([
    ['Follow-up visit with the pain management specialist in 4 weeks to reassess the response to injection', 'consultation'],
    ['Referral to chiropractor for evaluation of neck pain, twice a week for 3 weeks', 'chiropractic'],
    ['Consultation with a neurologist for headaches', 'consultation'],
    ['Referral to physical therapy for the shoulder', 'physical therapy'],
    ['Lumbar epidural steroid injection at L4-5', 'injection'],
    ['Physical therapy evaluation and treatment, 6 visits', 'physical therapy'],
  ] as const)('%s → %s', (request, category) => {
    expect(categorize(request)).toBe(category);
  });
});
