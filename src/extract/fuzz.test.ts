// Mutates the fixture letters at random (edits, deletions, truncations, junk, huge lines, page
// breaks and stray letter keywords) and checks the extractor's promises hold for any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction, Span } from './record.ts';
import { EXTRACTOR_FAILURE, extractLetter } from './extract-letter.ts';
import headerTableLetter from './fixtures/header-table-letter.txt?raw';
import printLetter from './fixtures/print-letter.txt?raw';
import textLetter from './fixtures/text-letter.txt?raw';
import notice2013 from './fixtures/notice-2013-letter.txt?raw';
import decisions2014 from './fixtures/decisions-2014-letter.txt?raw';
import professionalReview from './fixtures/professional-review-letter.txt?raw';

const KEYWORDS = [
  '\n\f\n',
  '\n\nPage 2 of 9\n\f\n',
  'Page 1 of 1',
  ': Upheld\n',
  ': Overturned',
  '\nis: Upheld',
  '\nDecision rationale:',
  '\nMAXIMUS guideline: Decision based on MTUS',
  '\nClaims Administrator guideline:',
  ' was the original request. ',
  'The remaining IMR eligible portion of the original request, ',
  '\nIMR ISSUES, DECISIONS AND RATIONALES\n',
  '\nCLINICAL CASE SUMMARY\n',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'Case Number: CM99-',
  'Date of Injury: 13/45/2016\n',
  'State(s) of Licensure: ,,\n',
  'Board Certified in , and is licensed to practice in .',
  'Section(s): , and ',
  '\n1) Regarding the request for ',
  '\n2) MAXIMUS Federal Services, Inc. has determined the request for x is not medically necessary.',
  '\nRationale Used by the Expert Reviewer:',
  '\nISSUE AT DISPUTE:',
  '\nIMR DECISION(S) AND RATIONALE(S)\n',
  'Dated: 9/26/2013',
  'Decision based on Non-MTUS Citation ',
  ' is not medically necessary.',
  ' \n\n \n\n',
  '\r\n',
  '\u00a0',
  '\ud83d',
];

type Op =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; str: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'huge'; at: number; len: number; ch: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 300 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    str: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...KEYWORDS), fc.string({ unit: 'binary', maxLength: 20 })),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('huge' as const),
    at: fc.nat(),
    len: fc.integer({ min: 2_000, max: 40_000 }),
    ch: fc.constantFrom('x', ' ', '.', ':', '\n', 'Upheld '),
  }),
);

function apply(text: string, ops: Op[]): string {
  for (const o of ops) {
    const at = text.length ? o.at % (text.length + 1) : 0;
    if (o.kind === 'delete') text = text.slice(0, at) + text.slice(at + o.len);
    else if (o.kind === 'insert') text = text.slice(0, at) + o.str + text.slice(at);
    else if (o.kind === 'truncate') text = text.slice(0, at);
    else text = text.slice(0, at) + o.ch.repeat(Math.ceil(o.len / o.ch.length)) + text.slice(at);
  }
  return text;
}

/** Every span the record holds, wherever it sits. */
function allSpans(r: Extraction): Span[] {
  const spans: Span[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2) spans.push(o as unknown as Span);
      else Object.values(o).forEach(visit);
    }
  };
  visit(r);
  return spans;
}

describe('fuzz: mutated letters', () => {
  it('never throws, keeps every span inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(headerTableLetter, printLetter, textLetter, notice2013, decisions2014, professionalReview),
        fc.array(op, { maxLength: 8 }),
        (letter, ops) => {
          const text = apply(letter, ops);
          const first = extractLetter(text);
          expect(first.problems.filter((p) => p.code === EXTRACTOR_FAILURE)).toEqual([]);
          for (const s of allSpans(first)) {
            expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
            expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
          }
          for (const it of first.items) {
            expect(it.request.value === null || it.request.spans.length > 0).toBe(true);
            // A decision's span reads as the decision word itself, or as the outcome that states it
            // ("not medically necessary" upholds the denial, "medically necessary" overturns it).
            const stated = it.decision.spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').toLowerCase());
            const words = it.decision.value === 'Upheld' ? ['upheld', 'not medically necessary'] : ['overturned', 'medically necessary'];
            if (it.decision.value === null) expect(stated).toEqual([]);
            else expect(stated.length === 1 && words.includes(stated[0]!)).toBe(true);
          }
          expect(extractLetter(text)).toEqual(first);
        },
      ),
      { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 20240611) },
    );
  }, 60_000);

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const r = extractLetter(text);
        for (const s of allSpans(r)) expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
