// The robustness harness: makes a variant of a letter by one or more kinds of change, reads it with
// the extractor, and classes the reading against the letter's answer key as right, flagged
// (something is wrong and the letter needs attention, by the one rule of record-outcome.ts) or
// silent (something is wrong and the letter would be shown as Done). Pure: the tests supply the
// letters (the shared corpus read in place, the project's samples) and the seeds.
import { extractLetter } from '../extract-letter.ts';
import { letterOutcome, type LetterOutcome } from '../record-outcome.ts';
import { fold } from './fold.ts';
import { misreadings, type AnswerKey, type Misreading } from './misreadings.ts';
import { mixSeed, seeded } from './random.ts';
import type { VariantKind } from './variant-kind.ts';
import { WORDING_KINDS } from './kinds-wording.ts';
import { LAYOUT_KINDS } from './kinds-layout.ts';
import { PAGE_KINDS } from './kinds-pages.ts';
import { CHARACTER_KINDS } from './kinds-characters.ts';

export interface BaseLetter {
  /** The file's stem, printed in reports (never the letter's words). */
  name: string;
  text: string;
  key: AnswerKey;
}

const byId = (kinds: VariantKind[], ids: string[]) => ids.map((id) => kinds.find((k) => k.id === id)!);
const ALL = [...WORDING_KINDS, ...LAYOUT_KINDS, ...PAGE_KINDS, ...CHARACTER_KINDS];

/**
 * Every kind, in the order a combination applies them: words first, then where things stand, then
 * lines and pages, then characters, line ends last (so each kind finds the text it knows).
 */
export const VARIANT_KINDS: VariantKind[] = byId(ALL, [
  'heading-synonyms',
  'label-synonyms',
  'date-of-decision',
  'credentials-after-summary',
  'cover-letter',
  'appeal-notice',
  'numbered-items',
  'decision-case',
  'date-formats',
  'headings-title-case',
  'labels-upper-case',
  'rewrap',
  'blank-lines',
  'running-headers',
  'page-footers',
  'label-spacing',
  'tabs',
  'trailing-whitespace',
  'typographic-punctuation',
  'ligatures',
  'soft-hyphens',
  'zero-width-in-labels',
  'unicode-spaces',
  'bullet-glyphs',
  'crlf-nbsp',
]);

export interface Variant {
  text: string;
  /** The kinds that changed something, in the order applied. */
  kinds: string[];
  added: string[];
}

/** Applies the kinds named (in VARIANT_KINDS order) with parameters drawn from `seed`; null when none changed anything. */
export function makeVariant(base: BaseLetter, kindIds: readonly string[], seed: number): Variant | null {
  let text = base.text;
  const kinds: string[] = [];
  const added: string[] = [];
  for (const kind of VARIANT_KINDS) {
    if (!kindIds.includes(kind.id)) continue;
    // Each kind draws from its own stream, so a variant made again from its printed kinds and seed is the same.
    const c = kind.apply(text, base.key, seeded(mixSeed(seed, kind.id)));
    if (!c) continue;
    text = c.text;
    kinds.push(kind.id);
    added.push(...c.added);
  }
  return kinds.length > 0 ? { text, kinds, added } : null;
}

export type Verdict = 'right' | 'flagged' | 'silent';

export interface Judgement {
  letter: string;
  kinds: string[];
  seed: number;
  verdict: Verdict;
  outcome: LetterOutcome;
  misread: Misreading[];
  /** Made by a combination of kinds (even if only one of them found something to change). */
  combined?: boolean;
}

/** Reads a variant and classes the reading. Added text already in the letter as published is not held against a value. */
export function judge(base: BaseLetter, variant: Variant, seed: number): Judgement {
  const record = extractLetter(variant.text);
  const baseFolded = fold(base.text) ?? '';
  const added = variant.added.filter((a) => {
    const f = fold(a) ?? '';
    return f.length >= 6 && f.includes(' ') && !baseFolded.includes(f);
  });
  const misread = misreadings(record, variant.text, base.key, added);
  const outcome = letterOutcome(record);
  const verdict: Verdict = misread.length === 0 ? 'right' : outcome === 'done' ? 'silent' : 'flagged';
  return { letter: base.name, kinds: variant.kinds, seed, verdict, outcome, misread };
}

/** One combination to try: a letter (by index), two or more kinds, the seed of their parameters. */
export interface Combination {
  letter: number;
  kinds: string[];
  seed: number;
}

export interface HarnessRun {
  /** Each letter as it is: every one should be right (the corpus score says so too). */
  asPublished: Judgement[];
  /** Every letter changed by every kind that applies to it, one kind at a time, then the combinations. */
  variants: Judgement[];
}

/** Runs the harness: each letter as it is, each letter by each kind alone, then the combinations. */
export function runHarness(bases: readonly BaseLetter[], seed: number, combinations: readonly Combination[]): HarnessRun {
  const asPublished = bases.map((b) => judge(b, { text: b.text, kinds: ['as published'], added: [] }, seed));
  const variants: Judgement[] = [];
  const tryOne = (base: BaseLetter, kinds: string[], variantSeed: number) => {
    const v = makeVariant(base, kinds, variantSeed);
    if (v) variants.push({ ...judge(base, v, variantSeed), combined: kinds.length > 1 });
  };
  for (const base of bases) for (const kind of VARIANT_KINDS) tryOne(base, [kind.id], mixSeed(seed, base.name, kind.id));
  for (const c of combinations) tryOne(bases[c.letter % bases.length]!, c.kinds, c.seed);
  return { asPublished, variants };
}
