// The category of a disputed item (../shared/corpus/categories.md defines them), read from the whole
// item and pointing at the words that decided it. The evidence is weighed in this order:
//  1. the request, when its words name a kind of care ("MRI", "Naproxen", "knee scooter", a referral
//     to a chiropractor). A request names its kind first ("Follow-up visit ... to reassess the
//     response to injection" is a visit), so the earliest naming words win; where two kinds match at
//     the same place the order of RULES decides (the more specific first);
//  2. the topics of the guideline citations ("NSAIDs", "Physical Medicine", "Office visits"), by vote;
//  3. words of the request that only hint at a kind: a dose or form ("#60", "cream") says "a drug",
//     a modality ("infrared heat", "traction") says "therapy";
//  4. what the rationale says the requested thing is ("Etodolac is a non-steroidal
//     anti-inflammatory", "a home health aide"), or else the kind of care it names most (twice at least);
//  5. otherwise 'other', pointing at the request.
// Two kinds named together are settled here too: an injection names the drug it injects ("Lidocaine
// injection"), a guiding modality is not the procedure ("CT-guided facet injection"), and a visit
// takes the kind of a profession that has its own ("referral to a chiropractor").
import type { Category, Citation, Field, Item, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { valueField, wordSpans } from './spans.ts';
import { anyAbbreviation, anyTerm } from './vocabulary/word-list.ts';
import { DRUG_CLASS_ABBREVIATIONS, DRUG_CLASS_TERMS } from './vocabulary/drug-names.ts';
import { THERAPY_ABBREVIATION } from './vocabulary/therapy-modalities.ts';
import { CARE_PROFESSIONS, PHYSICIAN_TERMS } from './vocabulary/professions.ts';
import { GUIDELINE_TOPICS } from './vocabulary/guideline-topics.ts';
import { OWNED, RULES, SESSIONS, type Rule } from './category-rules.ts';

export { RULES } from './category-rules.ts';

const TOPIC_RULES: readonly Rule[] = GUIDELINE_TOPICS.map(([category, terms]) => ({ category, patterns: [anyTerm(terms)] }));

interface Hit {
  category: Category;
  /** Offsets in the string searched (or, once placed, in the letter). */
  start: number;
  end: number;
  weak: boolean;
  beforeCitations?: boolean;
  rule: number;
}

/** The first match of each rule in `s`, in the order of the rules; with `namingOnly`, only of rules that name a kind (not weak, not 'other'). */
function hitsIn(s: string, rules: readonly Rule[] = RULES, namingOnly = false): Hit[] {
  const hits: Hit[] = [];
  rules.forEach((rule, n) => {
    if (namingOnly && (rule.weak || rule.category === 'other')) return;
    let first: RegExpExecArray | null = null;
    for (const p of rule.patterns) {
      const m = p.exec(s);
      if (m && (first === null || m.index < first.index)) first = m;
    }
    if (first)
      hits.push({
        category: rule.category,
        start: first.index,
        end: first.index + first[0].length,
        weak: rule.weak ?? false,
        beforeCitations: rule.beforeCitations ?? false,
        rule: n,
      });
  });
  return hits;
}

function earliest(hits: Hit[]): Hit | null {
  let best: Hit | null = null;
  for (const h of hits) if (!best || h.start < best.start || (h.start === best.start && h.rule < best.rule)) best = h;
  return best;
}

const CARE_PROFESSION_RULES: readonly Rule[] = [
  ...CARE_PROFESSIONS.map(([category, terms]) => ({ category, patterns: [anyTerm(terms)] })),
  { category: 'physical therapy', patterns: [THERAPY_ABBREVIATION] },
  { category: 'consultation', patterns: [anyTerm(PHYSICIAN_TERMS)] },
];
/** How far after "referral"/"consultation" the profession it sends the worker to is looked for. */
const PROFESSION_WINDOW = 60;

/** "Referral to a chiropractor": a visit takes the kind of the profession it names, when that has its own. */
function professionOfVisit(s: string, visit: Hit): Hit {
  const from = visit.end;
  const window = s.slice(from, from + PROFESSION_WINDOW).split(/[.;]/)[0] ?? '';
  const who = earliest(hitsIn(window, CARE_PROFESSION_RULES));
  if (!who || who.category === 'consultation') return visit;
  return { ...who, start: from + who.start, end: from + who.end };
}

/** The kind the words of `s` name, or only hint at (weak), or null. */
/** "CT-guided", "fluoroscopically guided", "EMG guidance": a means of guiding the procedure, not the kind. */
const GUIDING = /^\w*[\s-]*guid(?:ed|ance)\b/i;

export function kindNamedIn(s: string): Hit | null {
  const sessions = SESSIONS.test(s) && !OWNED.test(s);
  const hits = hitsIn(s)
    .filter((h) => !GUIDING.test(s.slice(h.end, h.end + 30)))
    .map((h) =>
      sessions && h.weak && h.category === 'imaging' ? { ...h, category: 'physical therapy' as const, beforeCitations: true } : h,
    );
  const strong = earliest(hits.filter((h) => !h.weak));
  if (strong?.category === 'medication') {
    // "Lidocaine injection": an injection procedure is an injection even when it names the drug.
    const injection = hits.find((h) => h.category === 'injection');
    if (injection) return injection;
  }
  if (strong?.category === 'consultation') return professionOfVisit(s, strong);
  if (strong?.category === 'durable medical equipment' && sessions) {
    // "Hot packs in clinic, 8 sessions": a modality given in sessions is therapy, not a thing to keep.
    const modality = hits.find((h) => h.beforeCitations);
    if (modality) return { ...modality, weak: false };
  }
  return strong ?? earliest(hits);
}

/** "Associated surgical service:" only says the item comes with a surgery; its kind is the rest. */
const ASSOCIATED_SERVICE = /^\s*Associated\s+surgical\s+service\s*:\s*/i;

/** The category of a request's words alone ('other' when they name no kind). */
export function categorize(request: string): Category {
  return kindNamedIn(request.replace(ASSOCIATED_SERVICE, ''))?.category ?? 'other';
}

/** The plain text from a field's first span to its last, with its offset. */
function stretch(view: LetterView, spans: readonly Span[]): { s: string; at: number } | null {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return null;
  return { s: view.plain.slice(first.start, last.end), at: first.start };
}

function placed(hit: Hit, at: number): Hit {
  return { ...hit, start: hit.start + at, end: hit.end + at };
}

/**
 * The kind the citations name most: each citation votes once for every kind its words name ("Opioids
 * ...: Use of Urine Drug Testing" names two); a tie goes to the reviewer's citations, then to the
 * kind named first.
 */
function kindOfCitations(view: LetterView, citations: readonly Citation[]): Hit | null {
  const ordered = [...citations.filter((c) => c.citedBy === 'reviewer'), ...citations.filter((c) => c.citedBy !== 'reviewer')];
  const votes = new Map<Category, { count: number; hit: Hit }>();
  for (const c of ordered) {
    const st = stretch(view, c.spans);
    if (!st) continue;
    const hits = [...hitsIn(st.s, RULES, true), ...hitsIn(st.s, TOPIC_RULES, true)];
    const firstOfKind = new Map<Category, Hit>();
    for (const h of hits) {
      const seen = firstOfKind.get(h.category);
      if (!seen || h.start < seen.start) firstOfKind.set(h.category, h);
    }
    for (const [category, hit] of [...firstOfKind].sort((a, b) => a[1].start - b[1].start)) {
      const v = votes.get(category);
      if (v) v.count++;
      else votes.set(category, { count: 1, hit: placed(hit, st.at) });
    }
  }
  let best: { count: number; hit: Hit } | null = null;
  for (const v of votes.values()) if (!best || v.count > best.count) best = v;
  return best?.hit ?? null;
}

/** Words a request starts with that do not name the thing requested. */
const NOT_A_NAME =
  /^(?:associated|surgical|service|retrospective|retro|prospective|request|requested|additional|urgent|purchase|rental|initial|outpatient|continued|unknown|right|left|bilateral|one|two|three|four|five|six|twelve|refills?)$/i;
/** A defining clause after the name: "Etodolac (Lodine) is a ...", "Tabradol, a compounded ...". */
const DEFINES = /^\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*(?:an?\s+)?|\s+(?:is|are|contains|includes|consists\s+of|was)\s+)/i;
const DEFINITION_LENGTH = 120;
/** "is a non-steroidal anti-inflammatory", "is an opioid": a drug defined by its class anywhere in the rationale. */
const IS_A = /\b(?:is|are)\s+(?:an?|the)\s+/gi;
const DEFINED_KINDS: readonly Rule[] = [
  {
    category: 'medication',
    patterns: [
      anyAbbreviation(DRUG_CLASS_ABBREVIATIONS),
      anyTerm(DRUG_CLASS_TERMS.filter((t) => !/^(?:medication\*|prescription|refill|vitamin|topical)$/.test(t))),
    ],
  },
  { category: 'home health', patterns: [/\bhome\s+health\s+aides?\b|\bhome\s+health\s+services\b|\bnurse\s+visits?\b/i] },
];

/** A rationale says what the requested thing is early on; a runaway one is read no further than this. */
const RATIONALE_READ = 6000;

function kindOfRationale(view: LetterView, request: string, rationale: Field<string>): Hit | null {
  const whole = stretch(view, rationale.spans);
  if (!whole) return null;
  const st = { s: whole.s.slice(0, RATIONALE_READ), at: whole.at };
  const name = request
    .replace(ASSOCIATED_SERVICE, '')
    .split(/[^A-Za-z-]+/)
    .find((w) => w.length >= 4 && !NOT_A_NAME.test(w));
  if (name) {
    const escaped = name.replace(/[-]/g, '\\-');
    for (const m of st.s.matchAll(new RegExp(`\\b${escaped}\\b`, 'gi'))) {
      const after = m.index + m[0].length;
      const tail = st.s.slice(after, after + DEFINITION_LENGTH);
      const head = DEFINES.exec(tail);
      if (!head) continue;
      const clause = tail.split(/[.;]\s/)[0] ?? '';
      const hit = kindNamedIn(clause);
      if (hit && !hit.weak && hit.category !== 'other') return placed(hit, st.at + after);
    }
  }
  for (const m of st.s.matchAll(IS_A)) {
    const from = m.index + m[0].length;
    const hit = earliest(hitsIn(st.s.slice(from, from + 60), DEFINED_KINDS));
    if (hit && hit.start <= 30) return placed(hit, st.at + from);
  }
  const aide = earliest(hitsIn(st.s, DEFINED_KINDS.slice(1)));
  return aide ? placed(aide, st.at) : mostNamedIn(st.s, st.at);
}

const GLOBAL_RULES = RULES.filter((r) => !r.weak).map((r) => ({
  category: r.category,
  patterns: r.patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`)),
}));
/** A kind the rationale names this many times at least can speak for a request that names none. */
const MIN_MENTIONS = 2;

/** The kind of care the rationale names most often (at its first mention), when it names one repeatedly. */
function mostNamedIn(s: string, at: number): Hit | null {
  const tally = new Map<Category, { count: number; hit: Hit }>();
  GLOBAL_RULES.forEach((rule, n) => {
    for (const p of rule.patterns) {
      for (const m of s.matchAll(p)) {
        const t = tally.get(rule.category);
        const hit = { category: rule.category, start: at + m.index, end: at + m.index + m[0].length, weak: false, rule: n };
        if (!t) tally.set(rule.category, { count: 1, hit });
        else {
          t.count++;
          if (hit.start < t.hit.start) t.hit = hit;
        }
      }
    }
  });
  let best: { count: number; hit: Hit } | null = null;
  for (const t of tally.values()) {
    if (!best || t.count > best.count || (t.count === best.count && t.hit.start < best.hit.start)) best = t;
  }
  return best && best.count >= MIN_MENTIONS && best.hit.category !== 'other' ? best.hit : null;
}

export interface CategoryEvidence {
  request: Item['request'];
  citations: readonly Citation[];
  rationale: Field<string>;
}

export function readCategory(view: LetterView, item: CategoryEvidence): Field<Category> {
  const request = stretch(view, item.request.spans);
  if (item.request.value === null || !request) return valueField<Category>(null, []);
  const skip = ASSOCIATED_SERVICE.exec(request.s)?.[0].length ?? 0;
  const named = kindNamedIn(request.s.slice(skip));
  const fromRequest = named && placed(named, request.at + skip);
  const decided =
    (fromRequest && (!fromRequest.weak || fromRequest.beforeCitations) ? fromRequest : null) ??
    kindOfCitations(view, item.citations) ??
    fromRequest ??
    kindOfRationale(view, item.request.value, item.rationale);
  if (!decided) return valueField<Category>('other', item.request.spans);
  return valueField(decided.category, wordSpans(view, decided.start, decided.end));
}
