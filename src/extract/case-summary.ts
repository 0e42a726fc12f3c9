// The clinical case summary: patient age and sex ("a 51 year old male", "a 49-year-old",
// "a now 42-year-old", "is a female"), diagnoses (best effort), and the date of injury for letters
// without a header table ("sustained an industrial injury on 10/11/13", "date of injury of ...").
import type { Field, Sex, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { findDate } from './dates.ts';
import { listField, nullField, splitRange, valueField } from './spans.ts';

export interface CaseSummary {
  age: Field<number>;
  sex: Field<Sex>;
  diagnoses: Field<string[]>;
  dateOfInjury: Field<string>;
}

const AGE = /\b(\d{1,3})(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old\b/i;
const SEX = /\b(male|female|man|woman|gentleman|lady)\b/i;

/** Phrases after which the letters state the date of injury. */
const INJURY_CUE =
  /\b(?:(?:industrial|industrial-work|work[- ]related|occupational|work)\s+injury(?:\s+date)?(?:\s+(?:on|of|date\s+of))?|date\s+of\s+injury(?:\s+(?:of|on|was|is))?|injury\s+date\s+of|claim\s+from|injured\s+on)\s*/gi;

/**
 * Phrases that announce the diagnoses, strongest first; the list runs to the end of the sentence.
 * "being treated for ..." names the conditions too, but only counts when no diagnosis is stated.
 */
const DIAGNOSIS_CUES = [
  /\b(?:(?:the\s+)?(?:current\s+|primary\s+|working\s+)?diagnos(?:es|is)\s+(?:include[sd]?|are|is|was|were|of)|diagnosed\s+(?:as\s+having|with))\s*:?\s*(?:(?:documented|noted|listed|reported)\s+as\s+)?/gi,
  /\b(?:treated\s+for|undergoing\s+treatment\s+for)\s*:?\s*/gi,
];

/** End of the sentence starting before `from`: a period followed by white space and a capital, or the range end. */
function sentenceEnd(plain: string, from: number, end: number): number {
  const slice = plain.slice(from, end);
  // A quoted diagnosis ends at its closing quote.
  const quoted = /^["\u201c]([^"\u201d]{1,300})["\u201d]/.exec(slice);
  if (quoted) return from + quoted[0].length;
  const m = /\.(?=["\u201d']?\s{1,20}["(]?[A-Z]|["\u201d']?$)|\n[ \t]{0,20}\n/.exec(slice.trimEnd());
  return m ? from + m.index : end;
}

function readAge(view: LetterView, r: Span): Field<number> {
  const slice = view.plain.slice(r.start, r.end);
  const m = AGE.exec(slice);
  if (!m) return nullField();
  const age = Number(m[1]);
  if (!(age > 0 && age < 120)) return nullField();
  return valueField(age, [{ start: r.start + m.index, end: r.start + m.index + m[0].length }]);
}

function readSex(view: LetterView, r: Span): Field<Sex> {
  const m = SEX.exec(view.plain.slice(r.start, r.end));
  if (!m) return nullField();
  const word = (m[1] ?? '').toLowerCase();
  const sex: Sex = word === 'female' || word === 'woman' || word === 'lady' ? 'female' : 'male';
  return valueField(sex, [{ start: r.start + m.index, end: r.start + m.index + m[0].length }]);
}

/** Words that name where or which side, and so can share the noun that ends a list. */
const SITE_WORDS = new Set(
  'cervical thoracic lumbar lumbosacral sacral sacroiliac cervicothoracic thoracolumbar left right bilateral upper lower'.split(' '),
);

/**
 * "cervical, thoracic and lumbar strain" is one diagnosis, not three: every part but the last is a
 * single site word, and the last is a site word with the noun they share.
 */
function sharesOneNoun(plain: string, parts: readonly Span[]): boolean {
  if (parts.length < 2) return false;
  const words = parts.map((p) => plain.slice(p.start, p.end).trim().toLowerCase().split(/\s+/));
  const last = words[words.length - 1]!;
  return words.slice(0, -1).every((w) => w.length === 1 && SITE_WORDS.has(w[0]!)) && last.length > 1 && SITE_WORDS.has(last[0]!);
}

function readDiagnoses(view: LetterView, r: Span): Field<string[]> {
  const slice = view.plain.slice(r.start, r.end);
  for (const cue of DIAGNOSIS_CUES) {
    for (const m of slice.matchAll(cue)) {
      const start = r.start + m.index + m[0].length;
      const end = sentenceEnd(view.plain, start, r.end);
      if (end - start < 3 || end - start > 600) continue;
      let parts = splitRange(view.plain, start, end, /;|,\s*(?:and\s+)?/, '."\'\u201c\u201d');
      if (parts.length === 1) parts = splitRange(view.plain, start, end, /\s+and\s+/, '."\'\u201c\u201d');
      else {
        // A serial list without the Oxford comma ("A, B and C"): its last two items share a part.
        const last = parts[parts.length - 1]!;
        const tail = splitRange(view.plain, last.start, last.end, /\s+and\s+/, '."\'\u201c\u201d');
        if (tail.length === 2) parts = [...parts.slice(0, -1), ...tail];
      }
      parts = parts.map((p) => {
        const lead = /^and\s+/i.exec(view.plain.slice(p.start, p.end));
        return lead ? { start: p.start + lead[0].length, end: p.end } : p;
      });
      if (sharesOneNoun(view.plain, parts)) parts = [{ start: parts[0]!.start, end: parts[parts.length - 1]!.end }];
      const field = listField(view, parts);
      if (field.value !== null) return field;
    }
  }
  return nullField();
}

function readInjuryDate(view: LetterView, r: Span): Field<string> {
  const slice = view.plain.slice(r.start, r.end);
  for (const m of slice.matchAll(INJURY_CUE)) {
    const from = r.start + m.index + m[0].length;
    const date = findDate(view.plain, from, Math.min(from + 4, r.end));
    if (date) return valueField(date.iso, [date.span]);
  }
  return nullField();
}

/** Reads the case summary between `start` (after its heading) and `end` (the next section). */
export function readCaseSummary(view: LetterView, start: number, end: number): CaseSummary {
  const r: Span = { start, end };
  return {
    age: readAge(view, r),
    sex: readSex(view, r),
    diagnoses: readDiagnoses(view, r),
    dateOfInjury: readInjuryDate(view, r),
  };
}
