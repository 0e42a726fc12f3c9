// The drug class of a medication item, and whether the product is compounded
// (../shared/corpus/drug-classes.md), read from the whole item and pointing at the words that decided
// them. The evidence is weighed in this order:
//  1. the request: the drugs it names (by generic name, class stem, brand or coined kit name) and the
//     form it is dispensed in. A drug put on the skin (cream, gel, patch, a counterirritant, several
//     ingredients in percentages) is a topical analgesic whatever its molecule, unless the skin only
//     carries it into the blood (a fentanyl patch is an opioid); otherwise a combination takes the
//     class of its strongest member (hydrocodone/acetaminophen is an opioid);
//  2. the guideline sections cited ("Muscle relaxants (for pain)", "Proton pump inhibitors"), by vote;
//  3. what the rationale says the requested thing is ("Xyz is a compounded suspension of
//     gabapentin", "is a benzodiazepine"), or else the class it names most (twice at least);
//  4. otherwise 'other', pointing at the request.
// Compounded: the request says so ("compounded", "in cream base"), names a compounding kit, or mixes
// several drugs for the skin; or the rationale says the product is a compound; else false.
import type { Category, Citation, DrugClass, Field, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { nullField, valueField, wordSpans } from './spans.ts';
import { anyEnding, anyTerm } from './vocabulary/word-list.ts';
import { DRUG_NAMES, GENERIC_STEMS } from './vocabulary/drug-names.ts';
import {
  CLASS_VOCABULARIES,
  COMPOUNDED_KITS,
  COMPOUNDED_TOPICAL_KITS,
  COMPOUNDING_WORDS,
  OTHER_NAMES,
  SECTION_WORDS,
  SKIN_SPRAY,
  SYSTEMIC_THROUGH_SKIN,
  TOPICAL_FORMS,
  TOPICAL_NAMES,
} from './vocabulary/drug-classes.ts';

/** A stretch of words and what it says: a drug of a class, a topical form, a kit, a compounding word. */
export interface DrugHit {
  drugClass: DrugClass;
  start: number;
  end: number;
}

/** Each pattern's global twin, made once (the vocabularies' patterns are long alternations, slow to compile per item). */
const globals = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
}
/** Every match, as matchAll finds them (by exec on the one global twin: matchAll would copy the pattern each time). */
function allMatches(re: RegExp, s: string): Span[] {
  const g = global(re);
  const out: Span[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}
/** The first match only (a search that stops there, where allMatches would go on to the end). */
function firstMatch(re: RegExp, s: string): Span | null {
  const g = global(re);
  g.lastIndex = 0;
  const m = g.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const TOPICAL = 'topical analgesic' as const;
const CLASS_RANK: readonly DrugClass[] = [...CLASS_VOCABULARIES.map((v) => v.drugClass), TOPICAL, 'other'];
const NAME_PATTERNS = [
  ...CLASS_VOCABULARIES.map((v) => ({ drugClass: v.drugClass, re: anyTerm(v.names) })),
  { drugClass: TOPICAL, re: anyTerm(TOPICAL_NAMES) },
];
// A stem is a whole class's ending: one letter before it is enough (mor-phine, cit-alopram, im-ipramine).
const STEM_PATTERNS = CLASS_VOCABULARIES.map((v) => ({ drugClass: v.drugClass, re: anyEnding(v.stems, 1) }));
/** A request naming only the class ("a muscle relaxant", "topical NSAID"). */
const CLASS_WORD_PATTERNS = CLASS_VOCABULARIES.map((v) => ({ drugClass: v.drugClass, re: anyTerm(v.classWords) }));
/** Any other drug the category's vocabulary knows (an antibiotic, a triptan, a medical food): class 'other'. */
const OTHER_DRUG = [anyTerm([...DRUG_NAMES, ...OTHER_NAMES]), anyEnding(GENERIC_STEMS), /\bAPAP\b/];
const TOPICAL_FORM = [anyTerm(TOPICAL_FORMS), SKIN_SPRAY];
const SYSTEMIC = anyTerm(SYSTEMIC_THROUGH_SKIN);
const KIT = anyTerm(COMPOUNDED_KITS);
const TOPICAL_KIT = anyTerm(COMPOUNDED_TOPICAL_KITS);
const COMPOUNDING = anyTerm(COMPOUNDING_WORDS);
const PERCENT = /\d\s*%/g;
/** A suspension or solution to drink: with a coined name no vocabulary knows, a compounding kit. */
const SUSPENSION = /\b(?:oral\s+)?(?:suspension|solution)\b/i;
/** Lidocaine with prilocaine is one commercial cream (EMLA), not a compound. */
const ONE_PRODUCT = /\blidocaine\b[\s\S]{0,20}\bprilocaine\b/i;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The drugs named in `s`, each once (a name before a stem, a longer name before a shorter), in text order. */
export function drugsNamedIn(s: string): DrugHit[] {
  const hits: DrugHit[] = [];
  const add = (drugClass: DrugClass, spans: Span[]) => {
    for (const span of spans) if (!hits.some((h) => overlaps(h, span))) hits.push({ drugClass, ...span });
  };
  const named = NAME_PATTERNS.flatMap((p) => allMatches(p.re, s).map((m) => ({ drugClass: p.drugClass, ...m })));
  named.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const n of named) add(n.drugClass, [n]);
  for (const p of STEM_PATTERNS) add(p.drugClass, allMatches(p.re, s));
  for (const re of OTHER_DRUG) add('other', allMatches(re, s));
  if (hits.length === 0)
    for (const p of CLASS_WORD_PATTERNS) {
      const first = firstMatch(p.re, s);
      if (first) add(p.drugClass, [first]);
    }
  return hits.sort((a, b) => a.start - b.start);
}

const firstOf = (res: readonly RegExp[], s: string): Span | null =>
  res
    .map((re) => firstMatch(re, s))
    .filter((m): m is Span => m !== null)
    .sort((a, b) => a.start - b.start)[0] ?? null;

export interface RequestReading {
  drugClass: DrugClass;
  /** The words that decided the class (offsets in the string read). */
  spans: Span[];
  /** Set when the words say the product is compounded, with the words that say so. */
  compounded: Span[] | null;
  /** The drugs named, for a "false" compounded to point at. */
  drugs: DrugHit[];
  /** False when the words say only that the product is compounded: its class is for the rest of the item to say. */
  namesClass: boolean;
}

/** The class (and compounding) a request's words give, or null when they name no drug and no form of one. */
export function readDrugWords(s: string): RequestReading | null {
  const drugs = drugsNamedIn(s);
  const form = firstOf(TOPICAL_FORM, s);
  const kit = firstOf([KIT], s);
  const topicalKit = firstOf([TOPICAL_KIT], s);
  const compounding = firstOf([COMPOUNDING], s);
  const percents = allMatches(PERCENT, s).length;
  const systemic = drugs.length > 0 && drugs.every((d) => SYSTEMIC.test(s.slice(d.start, d.end)));
  const several = drugs.length >= 2 && !ONE_PRODUCT.test(s);
  const onSkin = topicalKit ?? form ?? drugs.find((d) => d.drugClass === TOPICAL) ?? (several && percents >= 2 ? drugs[0]! : null);
  if (drugs.length === 0 && !onSkin && !kit) {
    // "Unspecified compounded medication": compounded, of a class the rest of the item must say.
    return compounding ? { drugClass: 'other', spans: [compounding], compounded: [compounding], drugs, namesClass: false } : null;
  }

  let drugClass: DrugClass;
  let spans: Span[];
  const ingredients = several ? { start: drugs[0]!.start, end: drugs[drugs.length - 1]!.end } : (drugs[0] ?? null);
  if (onSkin && !(systemic && !several)) {
    drugClass = TOPICAL;
    spans = [ingredients, onSkin].filter((x): x is Span => x !== null);
    if (spans.length === 2 && overlaps(spans[0]!, spans[1]!))
      spans = [{ start: Math.min(spans[0]!.start, spans[1]!.start), end: Math.max(spans[0]!.end, spans[1]!.end) }];
    spans.sort((a, b) => a.start - b.start);
  } else if (drugs.length > 0) {
    const strongest = [...drugs].sort((a, b) => CLASS_RANK.indexOf(a.drugClass) - CLASS_RANK.indexOf(b.drugClass))[0]!;
    drugClass = strongest.drugClass;
    spans = [strongest];
  } else return null;

  const mixed = drugClass === TOPICAL && several && ingredients ? [ingredients] : null;
  const says = compounding ?? topicalKit ?? kit;
  return { drugClass, spans, compounded: says ? [says] : mixed, drugs, namesClass: true };
}

/** Trazodone is an antidepressant named as one, a sleep aid when the item is about sleep. */
const TRAZODONE = /\b(?:trazodone|Desyrel|Oleptro|doxepin)\b/i;
const ABOUT_SLEEP = /\b(?:insomnia|sleep\w*|hypnotic\w*)\b/i;

const CITATION_PATTERNS: readonly { drugClass: DrugClass; re: RegExp }[] = [
  ...SECTION_WORDS.map(([drugClass, words]) => ({ drugClass, re: anyTerm(words) })),
  ...CLASS_VOCABULARIES.map((v) => ({ drugClass: v.drugClass, re: anyTerm(v.classWords) })),
];

/** The class words and drug names of a stretch (a citation, a rationale's clause), each class at its first mention. */
function classesNamedIn(s: string): DrugHit[] {
  const hits: DrugHit[] = [];
  for (const p of CITATION_PATTERNS) {
    const m = firstMatch(p.re, s);
    if (m && !hits.some((h) => overlaps(h, m))) hits.push({ drugClass: p.drugClass, ...m });
  }
  for (const d of drugsNamedIn(s)) if (!hits.some((h) => overlaps(h, d))) hits.push(d);
  return hits.sort((a, b) => a.start - b.start);
}

/** The plain text from a field's first span to its last, with its offset. */
function stretch(view: LetterView, spans: readonly Span[]): { s: string; at: number } | null {
  const first = spans[0];
  const last = spans[spans.length - 1];
  return first && last ? { s: view.plain.slice(first.start, last.end), at: first.start } : null;
}

const shift = (spans: readonly Span[], at: number): Span[] => spans.map((s) => ({ start: s.start + at, end: s.end + at }));

/** The class the citations name most (each citation votes once per class); ties to the reviewer's, then the first named. */
function classOfCitations(view: LetterView, citations: readonly Citation[]): DrugHit | null {
  const ordered = [...citations.filter((c) => c.citedBy === 'reviewer'), ...citations.filter((c) => c.citedBy !== 'reviewer')];
  const votes = new Map<DrugClass, { count: number; hit: DrugHit }>();
  for (const c of ordered) {
    const st = stretch(view, c.spans);
    if (!st) continue;
    const seen = new Set<DrugClass>();
    for (const h of classesNamedIn(st.s)) {
      if (seen.has(h.drugClass)) continue;
      seen.add(h.drugClass);
      const v = votes.get(h.drugClass);
      if (v) v.count++;
      else votes.set(h.drugClass, { count: 1, hit: { ...h, start: h.start + st.at, end: h.end + st.at } });
    }
  }
  let best: { count: number; hit: DrugHit } | null = null;
  for (const v of votes.values()) if (!best || v.count > best.count) best = v;
  return best?.hit ?? null;
}

/** "Xyz is a ...", "Xyz (a ...)", "Xyz, a compounded ...", "Xyz contains ...": a rationale defining the requested thing. */
const DEFINES = /^\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*(?:an?\s+)?|\s+(?:is|are|contains|includes|consists\s+of|was)\s+)/i;
const IS_A = /\b(?:is|are)\s+(?:an?|the)\s+/gi;
/** The words of each class a rationale may name it by, for the class it names most. */
const RATIONALE_PATTERNS = CLASS_VOCABULARIES.map((v) => ({
  drugClass: v.drugClass,
  classWords: anyTerm(v.classWords),
  names: anyTerm(v.names),
}));
const RATIONALE_READ = 6000;
const NOT_A_NAME =
  /^(?:associated|surgical|service|retrospective|retro|prospective|request|requested|additional|refills?|three|months?|coverage|two|one|four|five|six|post-?op)$/i;
const THIS_COMPOUND = /\b(?:this|the\s+(?:requested|prescribed|proposed))\s+compound\w*/i;

interface RationaleReading {
  hit: DrugHit | null;
  compounded: Span | null;
}

/**
 * What the rationale says of the requested thing. Without `wantClass` only whether it says the
 * product is compounded is read (the class came from the request or the citations), and the
 * rationale is not searched for the class it names most.
 */
function readRationale(view: LetterView, request: string, rationale: Field<string>, wantClass: boolean): RationaleReading {
  const whole = stretch(view, rationale.spans);
  if (!whole) return { hit: null, compounded: null };
  const s = whole.s.slice(0, RATIONALE_READ);
  const place = (h: { start: number; end: number }, at: number) => ({ start: h.start + at + whole.at, end: h.end + at + whole.at });
  const said = THIS_COMPOUND.exec(s);
  let compounded: Span | null = said ? place({ start: said.index, end: said.index + said[0].length }, 0) : null;
  const name = request.split(/[^A-Za-z-]+/).find((w) => w.length >= 4 && !NOT_A_NAME.test(w));
  if (name) {
    for (const m of s.matchAll(new RegExp(`\\b${name.replace(/-/g, '\\-')}\\b`, 'gi'))) {
      const after = m.index + m[0].length;
      const tail = s.slice(after, after + 160);
      if (!DEFINES.test(tail)) continue;
      const clause = tail.split(/[.;]\s/)[0] ?? '';
      const mixed = /\bcompound\w*/i.exec(clause);
      if (mixed) compounded ??= place({ start: mixed.index, end: mixed.index + mixed[0].length }, after);
      const reading = readDrugWords(clause);
      if (reading) return { hit: { drugClass: reading.drugClass, ...place(reading.spans[0]!, after) }, compounded };
      const named = classesNamedIn(clause)[0];
      if (named) return { hit: { ...named, ...place(named, after) }, compounded };
    }
  }
  if (!wantClass) return { hit: null, compounded };
  for (const m of s.matchAll(IS_A)) {
    const from = m.index + m[0].length;
    const h = classesNamedIn(s.slice(from, from + 60)).find((x) => x.start <= 30 && x.drugClass !== 'other');
    if (h) return { hit: { ...h, ...place(h, from) }, compounded };
  }
  const tally = new Map<DrugClass, { count: number; hit: DrugHit }>();
  for (const p of RATIONALE_PATTERNS) {
    const found = [...allMatches(p.classWords, s), ...allMatches(p.names, s)].sort((a, b) => a.start - b.start);
    if (found.length) tally.set(p.drugClass, { count: found.length, hit: { drugClass: p.drugClass, ...place(found[0]!, 0) } });
  }
  let best: { count: number; hit: DrugHit } | null = null;
  for (const t of tally.values()) if (!best || t.count > best.count || (t.count === best.count && t.hit.start < best.hit.start)) best = t;
  return { hit: best && best.count >= 2 ? best.hit : null, compounded };
}

export interface MedicationEvidence {
  request: Field<string>;
  citations: readonly Citation[];
  rationale: Field<string>;
  category: Field<Category>;
}

export interface MedicationFields {
  drugClass: Field<DrugClass>;
  compounded: Field<boolean>;
}

const ASSOCIATED_SERVICE = /^\s*Associated\s+surgical\s+service\s*:\s*/i;

/** The drug class and compounding of a medication item; both not found (null) for every other category. */
export function readMedication(view: LetterView, item: MedicationEvidence): MedicationFields {
  const request = stretch(view, item.request.spans);
  if (item.category.value !== 'medication' || item.request.value === null || !request) {
    return { drugClass: nullField(), compounded: nullField() };
  }
  const skip = ASSOCIATED_SERVICE.exec(request.s)?.[0].length ?? 0;
  const at = request.at + skip;
  const read = readDrugWords(request.s.slice(skip));
  const words = read?.namesClass ? read : null;
  const cited = words ? null : classOfCitations(view, item.citations);
  const rationale = readRationale(view, item.request.value, item.rationale, !words && !cited);
  let drugClass: DrugClass;
  let classSpans: Span[];
  if (words) [drugClass, classSpans] = [words.drugClass, shift(words.spans, at)];
  else if (cited) [drugClass, classSpans] = [cited.drugClass, [cited]];
  else if (rationale.hit) [drugClass, classSpans] = [rationale.hit.drugClass, [rationale.hit]];
  else [drugClass, classSpans] = ['other', item.request.spans];

  if (drugClass === 'antidepressant' && words && TRAZODONE.test(request.s)) {
    const sleep = [...item.citations.map((c) => stretch(view, c.spans)), stretch(view, item.rationale.spans)].find(
      (st) => st && ABOUT_SLEEP.test(st.s),
    );
    const m = sleep && ABOUT_SLEEP.exec(sleep.s);
    if (sleep && m)
      [drugClass, classSpans] = [
        'sedative-hypnotic',
        [...classSpans, { start: sleep.at + m.index, end: sleep.at + m.index + m[0].length }],
      ];
  }

  // A name no vocabulary knows, dispensed as a suspension to drink: a compounding kit under a coined name.
  const coined = !words && SUSPENSION.exec(request.s.slice(skip));
  const mixed = read?.compounded
    ? shift(read.compounded, at)
    : rationale.compounded
      ? [rationale.compounded]
      : coined
        ? [{ start: at + coined.index, end: at + coined.index + coined[0].length }]
        : null;
  const compounded = mixed ?? (words?.drugs.length ? shift(words.drugs.slice(0, 1), at) : item.request.spans);
  const spansOf = (spans: Span[]) => spans.flatMap((s) => wordSpans(view, s.start, s.end));
  return {
    drugClass: valueField(drugClass, spansOf(classSpans)),
    compounded: valueField(mixed !== null, spansOf(compounded)),
  };
}
