// Letters written for the Insights e2e: long reviewer specialties, requests and guideline sections
// (labels that must wrap, not be cut), several decisions and dates. No corpus letter's words.

interface Item {
  request: string;
  decision: 'Upheld' | 'Overturned';
  guideline: string;
}

const SPECIALTIES = [
  'Physical Medicine and Rehabilitation with Added Qualification in Spinal Cord Injury Medicine',
  'Orthopaedic Surgery of the Hand and Upper Extremity',
  'Pain Medicine',
];

const ITEMS: Item[] = [
  {
    request: 'Associated surgical service: continuous passive motion machine rental for the right knee, twenty one days',
    decision: 'Upheld',
    guideline: 'Official Disability Guidelines (ODG) Knee and Leg Chapter, Continuous passive motion devices after arthroplasty',
  },
  {
    request: 'Associated surgical service: postoperative home health nursing visits for wound care and teaching',
    decision: 'Overturned',
    guideline: 'MTUS Postsurgical Treatment Guidelines, Home health services for the homebound worker',
  },
  {
    request: 'Electromyography and nerve conduction velocity studies of both upper extremities',
    decision: 'Upheld',
    guideline: 'MTUS ACOEM Chapter 11 Forearm, Wrist, and Hand Complaints, Special Studies',
  },
  { request: 'Aquatic therapy', decision: 'Overturned', guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy' },
];

/** Letter `n` (0-based) of a set: its reviewer's specialty and items turn with n, so groups differ in size and rate. */
export function longLabelLetter(n: number): { name: string; bytes: Buffer } {
  const items = ITEMS.filter((_, i) => (i + n) % 3 !== 0).map((item, i) => ({
    ...item,
    decision: (n + i) % 4 === 0 ? ('Overturned' as const) : item.decision,
  }));
  const month = String((n % 9) + 1).padStart(2, '0');
  const text = [
    'MAXIMUS FEDERAL SERVICES, INC.',
    '',
    'Independent Medical Review Final Determination Letter',
    '',
    `Case Number: CM23-07${String(40 + n).padStart(5, '0')}`,
    '',
    `Date Assigned: ${month}/02/2023`,
    `UR Denial Date: ${month}/0${(n % 5) + 1}/2023`,
    `Application Received: ${month}/1${n % 10}/2023`,
    `Decision Date: ${month}/2${n % 9}/2023`,
    '',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    '',
    'The case file went to an expert reviewer with no tie to anyone in the dispute. The expert reviewer',
    'has the following credentials:',
    '',
    'State(s) of Licensure: California',
    '',
    `Certification(s)/Specialty: ${SPECIALTIES[n % SPECIALTIES.length]}`,
    '',
    'CLINICAL CASE SUMMARY',
    '',
    'A warehouse clerk hurt a knee and a wrist moving pallets. Care so far has been rest, a brace and',
    'a short course of therapy.',
    '',
    'IMR DECISION(S) AND RATIONALE(S)',
    '',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    '',
    ...items.flatMap((item) => [
      `${item.request}: ${item.decision}`,
      '',
      `MAXIMUS guideline: Decision based on ${item.guideline}.`,
      '',
      `Decision rationale: The notes were weighed against the guideline. The request is ${
        item.decision === 'Overturned' ? 'medically necessary' : 'not medically necessary'
      }.`,
      '',
    ]),
  ].join('\n');
  return { name: `long-labels-${n + 1}.txt`, bytes: Buffer.from(text) };
}
