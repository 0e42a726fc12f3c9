// Many distinct invented letters, for the benchmark and the scale test: the sample letters' items,
// credentials and diagnoses recombined with a seeded random generator, written out as text letters
// in the newer layout. Deterministic: the same seed and count give the same letters.
import {
  credentialParagraphs,
  ISSUES_LEAD,
  itemHeading,
  methodParagraph,
  SAMPLE_LETTERS,
  SUMMARY_LEAD,
  type SampleItem,
} from './letters.ts';

/** mulberry32: a tiny, well-known seeded generator (quality is plenty for test data). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ITEMS: SampleItem[] = SAMPLE_LETTERS.flatMap((l) => l.items);
const CREDENTIALS = SAMPLE_LETTERS.map((l) => l.credentials).filter((c) => c.wording === 'listed');
const DIAGNOSES = [...new Set(SAMPLE_LETTERS.flatMap((l) => l.diagnoses))];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const mdy = (d: Date) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;

export interface SyntheticLetter {
  name: string;
  text: string;
}

export function syntheticLetters(count: number, seed = 1): SyntheticLetter[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const letters: SyntheticLetter[] = [];
  for (let n = 0; n < count; n++) {
    const caseNumber = `CM${pad(15 + Math.floor(next() * 3))}-${pad(1_000_000 + n * 7 + Math.floor(next() * 7), 7).slice(-7)}`;
    const assigned = new Date(Date.UTC(2015 + Math.floor(next() * 3), Math.floor(next() * 12), 1 + Math.floor(next() * 28)));
    const injury = new Date(assigned.getTime() - (200 + Math.floor(next() * 3000)) * 86_400_000);
    const day = (offset: number) => mdy(new Date(assigned.getTime() + offset * 86_400_000));
    const credentials = pick(CREDENTIALS);
    const age = 22 + Math.floor(next() * 45);
    const sex = next() < 0.5 ? 'male' : 'female';
    const diagnoses = [pick(DIAGNOSES), pick(DIAGNOSES)];
    const items = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(ITEMS));
    const lines = [
      `Case Number: ${caseNumber}`,
      `Date Assigned: ${mdy(assigned)}`,
      `Date of Injury: ${mdy(injury)}`,
      `Decision Date: ${day(30)}`,
      `UR Denial Date: ${day(-10)}`,
      `Priority: ${next() < 0.9 ? 'Standard' : 'Expedited'}`,
      `Application Received: ${day(-4)}`,
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      methodParagraph(credentials),
      '',
      ...credentialParagraphs(credentials),
      '',
      'CLINICAL CASE SUMMARY',
      SUMMARY_LEAD,
      '',
      `The injured worker is a ${age} year old ${sex} who sustained an industrial injury on ${mdy(injury)}. ` +
        `Diagnoses include ${diagnoses.join(' and ')}. The treating physician requested the items below.`,
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      ISSUES_LEAD,
      ...items.flatMap((item) => [
        '',
        itemHeading(item),
        '',
        `Claims Administrator guideline: ${item.claimsAdministratorGuideline}`,
        '',
        `MAXIMUS guideline: ${item.reviewerGuideline}`,
        '',
        `Decision rationale: ${item.rationale}`,
      ]),
    ];
    letters.push({ name: `synthetic-${pad(n + 1, 5)}-${caseNumber}.txt`, text: lines.join('\n') + '\n' });
  }
  return letters;
}
