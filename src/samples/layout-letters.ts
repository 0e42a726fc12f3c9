// Sample letters in the earlier layouts (2013 Notice of Independent Medical Review Determination,
// 2014-15 "IMR DECISION(S) AND RATIONALE(S)", Medical Professional Review), with their answer keys.
// Every word is invented: no case, person or review here is real. They follow the structure known
// from published letters of those years; `scripts/make-samples.ts` renders them next to the others.
import type { Sex } from '../extract/record.ts';
import { answerKeyOf, type LayoutSampleItem, type SampleCredentials } from './answer-key.ts';

export type EarlierLayout = 'notice-2013' | 'decisions-2014' | 'professional-review';

export type { LayoutSampleItem };

export interface LayoutSample {
  file: string;
  format: 'pdf' | 'txt';
  layout: EarlierLayout;
  caseNumber: string | null;
  /** m/d/yyyy as printed; null where the layout does not state the date. */
  dated: string | null;
  applicationFiled: string | null;
  urDenial: string | null;
  assigned: string | null;
  /** ISO date of injury as the summary states it, or null. */
  injuryDate: string | null;
  credentials: SampleCredentials;
  age: number;
  sex: Sex;
  diagnoses: string[];
  summary: string;
  items: LayoutSampleItem[];
}

export const LAYOUT_SAMPLES: LayoutSample[] = [
  {
    file: 'IMR-2013-notice-knee.pdf',
    format: 'pdf',
    layout: 'notice-2013',
    caseNumber: 'CM13-0091746',
    dated: '11/21/2013',
    applicationFiled: '10/2/2013',
    urDenial: '9/24/2013',
    assigned: '10/30/2013',
    injuryDate: '2010-08-05',
    credentials: { wording: 'board-certified', specialty: 'Orthopedic Surgery', subspecialty: 'Sports Medicine', licensure: 'California' },
    age: 57,
    sex: 'male',
    diagnoses: ['right knee osteoarthritis', 'status post right knee arthroscopy'],
    summary:
      '"The patient is a 57 year old male bus mechanic who sustained an industrial injury on 8/5/2010 when he twisted his right knee ' +
      'stepping off a service pit ladder. Diagnoses include right knee osteoarthritis and status post right knee arthroscopy. Standing ' +
      'X-rays show narrowing of the medial joint space. Two corticosteroid injections each helped for about six weeks. He takes ' +
      'hydrocodone for pain at night and walks with a slight limp."',
    items: [
      {
        request: 'one viscosupplementation injection to the right knee',
        decision: 'Overturned',
        category: 'injection',
        claimsAdministratorGuideline:
          'The Claims Administrator based its decision on the Official Disability Guidelines, Knee and Leg Chapter, Hyaluronic acid injections.',
        reviewerGuideline:
          "The Expert Reviewer found the guideline used by the Claims Administrator relevant and appropriate for the employee's clinical circumstance.",
        rationale:
          'The guideline supports hyaluronic acid injections for documented osteoarthritis of the knee that has not responded ' +
          'to exercise, anti-inflammatory medication and corticosteroid injections. All three are documented, and the imaging ' +
          'confirms the arthritis. The request for one viscosupplementation injection to the right knee is medically necessary and appropriate.',
        necessity: 'medically necessary',
      },
      {
        request: 'hydrocodone/acetaminophen 10/325mg #120',
        decision: 'Upheld',
        category: 'medication',
        medication: { drugClass: 'opioid', compounded: false },
        claimsAdministratorGuideline:
          'The Claims Administrator based its decision on the Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, pages 76-80.',
        reviewerGuideline:
          'The Expert Reviewer based his decision on the Chronic Pain Medical Treatment Guidelines, Opioids for osteoarthritis, page 83.',
        rationale:
          'Continued opioid use calls for documented pain relief, better function, a pain agreement and urine drug screens. ' +
          'None of these appear in the notes, and the dose was raised twice this year without a stated reason. The request for ' +
          'hydrocodone/acetaminophen 10/325mg #120 is not medically necessary and appropriate.',
        necessity: 'not medically necessary',
      },
    ],
  },
  {
    file: 'IMR-2014-decisions-shoulder.txt',
    format: 'txt',
    layout: 'decisions-2014',
    caseNumber: 'CM14-0118203',
    dated: null,
    applicationFiled: null,
    urDenial: '6/30/2014',
    assigned: null,
    injuryDate: '2012-11-19',
    credentials: { wording: 'listed', licensure: ['California', 'Arizona'], specialties: ['Orthopedic Surgery'] },
    age: 45,
    sex: 'female',
    diagnoses: ['left shoulder impingement syndrome', 'partial thickness rotator cuff tear'],
    summary:
      'The injured worker is a 45-year-old female grocery stocker with a date of injury of 11/19/2012, when she lifted a case of ' +
      'canned goods onto a high shelf. Diagnoses include left shoulder impingement syndrome and partial thickness rotator cuff tear. ' +
      'An MRI showed a partial tear of the supraspinatus. She completed twelve sessions of therapy and had one subacromial ' +
      'injection with two months of relief. The surgeon asked for a shoulder arthroscopy and a cold therapy unit.',
    items: [
      {
        request: 'Left shoulder arthroscopic subacromial decompression',
        decision: 'Overturned',
        category: 'surgery',
        claimsAdministratorGuideline: 'Decision based on MTUS ACOEM Chapter 9 Shoulder Complaints Page(s): 209-211.',
        reviewerGuideline: 'Decision based on MTUS ACOEM Chapter 9 Shoulder Complaints Page(s): 209-211.',
        rationale:
          'Surgery for impingement is an option after three to six months of conservative care that includes an injection, with ' +
          'imaging that shows a lesion. She has had more than a year of therapy and an injection that helped only for a time, ' +
          'and the MRI shows the tear. The request is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'Cold therapy unit, 30 day rental',
        decision: 'Upheld',
        category: 'durable medical equipment',
        claimsAdministratorGuideline:
          'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder Chapter, Continuous-flow cryotherapy.',
        reviewerGuideline:
          'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder Chapter, Continuous-flow cryotherapy.',
        rationale:
          'The guideline supports cold therapy for up to seven days after shoulder surgery. A thirty day rental goes well past ' +
          'that, and no reason for a longer use is given. The request is not medically necessary.',
        necessity: 'not medically necessary',
      },
    ],
  },
  {
    file: 'IMR-professional-review-sleep.txt',
    format: 'txt',
    layout: 'professional-review',
    caseNumber: null,
    dated: null,
    applicationFiled: null,
    urDenial: null,
    assigned: null,
    injuryDate: null,
    credentials: { wording: 'board-certified', specialty: 'Internal Medicine', subspecialty: 'Sleep Medicine', licensure: 'California' },
    age: 50,
    sex: 'male',
    diagnoses: ['chronic neck pain', 'insomnia'],
    summary:
      'This is a 50 year old man with chronic neck pain from a rear-end collision while driving a delivery van. He is being ' +
      'treated for chronic neck pain and insomnia. He sleeps four to five hours a night and naps in the afternoon. His wife ' +
      'has not noticed snoring or pauses in breathing. His body mass index is 24.',
    items: [
      {
        request: 'attended overnight polysomnography',
        decision: 'Upheld',
        category: 'diagnostic test',
        claimsAdministratorGuideline: null,
        reviewerGuideline:
          'Official Disability Guidelines, Pain Chapter, Polysomnography. The guideline sets out when a sleep study is indicated for insomnia.',
        rationale:
          'A sleep study is indicated for insomnia that persists for at least six months despite behavioral treatment and ' +
          'sleep-promoting medication, after psychiatric causes have been ruled out, or when sleep apnea is suspected. Neither ' +
          'behavioral treatment nor a trial of medication is documented, and nothing points to apnea. The study is not medically necessary.',
        necessity: 'not medically necessary',
      },
    ],
  },
];

/** ISO yyyy-mm-dd from m/d/yyyy. */
export function isoFromMdy(mdy: string): string {
  const [m, d, y] = mdy.split('/');
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

/** The credentials as the letter words them. */
function credentialWords(c: SampleCredentials): string[] {
  if (c.wording === 'listed')
    return [`State(s) of Licensure: ${c.licensure.join(', ')}`, `Certification(s)/Specialty: ${c.specialties.join(', ')}`];
  return [
    `The expert reviewer is Board Certified in ${c.specialty}, has a subspecialty in ${c.subspecialty} and is licensed to practice in ${c.licensure}. ` +
      'The expert reviewer has been in active clinical practice for more than five years.',
  ];
}

const outcome2013 = (n: number, item: LayoutSampleItem) =>
  `${n}) MAXIMUS Federal Services, Inc. has determined the request for ${item.request} is ${item.necessity} and appropriate.`;

/** A heading paragraph: rendered bold in a PDF. */
export interface Paragraph {
  text: string;
  heading?: boolean;
}

const h = (text: string): Paragraph => ({ text, heading: true });
const p = (text: string): Paragraph => ({ text });

/** The letter's paragraphs in order, in its layout's words. */
export function layoutParagraphs(l: LayoutSample): Paragraph[] {
  const out: Paragraph[] = [];
  if (l.layout === 'notice-2013') {
    out.push(h('MAXIMUS FEDERAL SERVICES, INC.'), p('Independent Medical Review'), h('Notice of Independent Medical Review Determination'));
    out.push(p(`Dated: ${l.dated}`), p(`IMR Case Number: ${l.caseNumber}`));
    out.push(
      p(
        "MAXIMUS Federal Services, Inc. has completed the Independent Medical Review (IMR) of the above workers' compensation case. " +
          'This letter gives the IMR Final Determination and explains how it was made.',
      ),
    );
    l.items.forEach((item, i) => out.push(p(outcome2013(i + 1, item))));
    out.push(h('INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE'));
    out.push(
      p(
        `An application for Independent Medical Review was filed on ${l.applicationFiled} disputing the Utilization Review Denial dated ${l.urDenial}. ` +
          `A Notice of Assignment and Request for Information was provided to the above parties on ${l.assigned}.`,
      ),
    );
    l.items.forEach((item, i) => out.push(p(outcome2013(i + 1, item))));
    out.push(h('Medical Qualifications of the Expert Reviewer:'), ...credentialWords(l.credentials).map(p));
    out.push(h('Case Summary:'));
    out.push(
      p(`Disclaimer: The following case summary was taken directly from the utilization review denial/modification dated ${l.urDenial}.`),
    );
    out.push(p(l.summary));
    l.items.forEach((item, i) => {
      out.push(h(`${i + 1}) Regarding the request for ${item.request}:`));
      out.push(h('Medical Treatment Guideline(s) Used by the Claims Administrator (UR):'), p(item.claimsAdministratorGuideline ?? ''));
      out.push(h('Medical Treatment Guideline(s) Used by the Expert Reviewer:'), p(item.reviewerGuideline));
      out.push(h('Rationale Used by the Expert Reviewer:'), p(item.rationale));
    });
    out.push(p('cc: Department of Industrial Relations, Division of Workers\u2019 Compensation'));
  } else if (l.layout === 'decisions-2014') {
    out.push(p('MAXIMUS FEDERAL SERVICES, INC.'), p('Independent Medical Review'));
    out.push(p(`Case Number: ${l.caseNumber}`), p(`UR Denial Date: ${l.urDenial}`));
    out.push(h('HOW THE IMR FINAL DETERMINATION WAS MADE'));
    out.push(
      p(
        'MAXIMUS Federal Services sent the complete case file to an expert reviewer with no affiliation with the employer, the ' +
          'employee, the providers or the claims administrator. The expert reviewer has the following credentials:',
      ),
      ...credentialWords(l.credentials).map(p),
    );
    out.push(h('DOCUMENTS REVIEWED'), p('The utilization review letter, the surgeon\u2019s reports, an MRI report and the therapy notes.'));
    out.push(
      h('CLINICAL CASE SUMMARY'),
      p('The expert reviewer developed the following clinical case summary from the case file:'),
      p(l.summary),
    );
    out.push(
      h('IMR DECISION(S) AND RATIONALE(S)'),
      p('The Final Determination was based on decisions for the disputed items/services set forth below:'),
    );
    for (const item of l.items) {
      out.push(h(`${item.request}: ${item.decision}`));
      out.push(p(`Claims Administrator guideline: ${item.claimsAdministratorGuideline}`));
      out.push(p(`MAXIMUS guideline: ${item.reviewerGuideline}`));
      out.push(p(`Decision rationale: ${item.rationale}`));
    }
  } else {
    const item = l.items[0]!;
    out.push(h('MEDICAL PROFESSIONAL REVIEW'));
    out.push(h('ISSUE AT DISPUTE:'), p(`Whether the requested ${item.request} is medically necessary.`));
    out.push(h('CASE SUMMARY:'), p(l.summary));
    out.push(
      h('DOCUMENTS REVIEWED FOR DETERMINATION:'),
      p('Utilization review determination, three progress notes and a sleep questionnaire.'),
    );
    out.push(h('MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:'), p(item.reviewerGuideline));
    out.push(h('RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:'), p(item.rationale));
    out.push(h('MEDICAL REVIEWER QUALIFICATIONS:'), ...credentialWords(l.credentials).map(p));
  }
  return out;
}

/** What a careful reader records from the letter, in the format of the other answer keys. */
export function layoutAnswerKey(l: LayoutSample) {
  const date = (mdy: string | null) => (mdy ? isoFromMdy(mdy) : null);
  return answerKeyOf({
    file: l.file,
    caseNumber: l.caseNumber,
    dateAssigned: date(l.assigned),
    dateOfInjury: l.injuryDate,
    decisionDate: date(l.dated),
    urDenialDate: date(l.urDenial),
    applicationReceived: date(l.applicationFiled),
    priority: null,
    credentials: l.credentials,
    age: l.age,
    sex: l.sex,
    diagnoses: l.diagnoses,
    items: l.items.map((item) => ({ ...item, originalRequest: null })),
    notes: `Invented sample letter in the ${l.layout} layout (imr-lens src/samples/layout-letters.ts); every name, date and case number is fictitious.`,
  });
}
