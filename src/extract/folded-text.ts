// The one place where the letter's characters are folded for reading. Every rule of the extractor
// reads the folded text (and the matching view letter-view.ts builds on it), never the canonical text
// itself; spans found in it are mapped back here, so they point at the letter's own characters.
//
// What folding does, and why each is safe:
// - Unicode compatibility forms (NFKC, per character): ligatures ("ﬁ" -> "fi"), full-width letters,
//   mathematical letters, "…" -> "...": another producer's glyph choice is not another word.
// - Line ends: CRLF and lone CR -> LF; the Unicode line and paragraph separators and NEL -> LF.
// - White space: the no-break space and every other Unicode space -> a plain space.
// - Invisible characters (zero-width space, joiners, word joiner, byte-order mark, soft hyphen) are
//   dropped; a soft hyphen ending a line joins the word's two halves ("medi\u00ad\ncally" -> "medically").
// - A word hyphenated at a line end is joined ("medi-\ncally" -> "medically"); a compound's own hyphen
//   stays where it is ("follow-\nup").
// Typographic quotes and dashes, and case, are folded in the matching view (letter-view.ts) and by
// the rules' case-blind patterns, so that values keep the letter's own quotes, dashes and case.
import type { Span } from './record.ts';

export interface FoldedText {
  /** The folded text every rule reads. */
  text: string;
  /** For each index of `text` (and one past its end), the index in the canonical text it came from; null when nothing changed. */
  map: Int32Array | null;
  /** The canonical text. */
  canonical: string;
}

/** Characters dropped: zero-width space, non-joiner, joiner, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e]/;
const LINE_BREAK = /[\u0085\u2028\u2029]/;
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** A character folding may change (a CR is outside the class too): the fast path skips texts without any, and without LINE_END_WORD_BREAK. */
const FOLDABLE_CHARACTER = /[^ -~\t\n\f\v]/;
/** After a hyphen that follows a lower-case letter: a line break before another (a word broken at a line end). */
const LINE_END_WORD_BREAK = /-[ \t]*\n[ \t]*[a-z]/y;

/** Whether folding may change anything: a character it folds, or a word broken at a line end. */
function isFoldable(canonical: string): boolean {
  if (FOLDABLE_CHARACTER.test(canonical)) return true;
  // Hyphens found by indexOf: a pattern opening with a letter would be tried at every letter.
  for (let i = canonical.indexOf('-', 1); i >= 0; i = canonical.indexOf('-', i + 1)) {
    const before = canonical.charCodeAt(i - 1);
    if (before < 0x61 || before > 0x7a) continue;
    LINE_END_WORD_BREAK.lastIndex = i;
    if (LINE_END_WORD_BREAK.test(canonical)) return true;
  }
  return false;
}
/** A word broken at a line end: "medi-" then "cally" on the next line. */
const LINE_END_HYPHEN = /^-[ \t]*\r?\n[ \t]*(?=[a-z]{3})/;
/**
 * Words that start compounds ("follow-up", "anti-inflammatory", "self-directed"): a hyphen after one
 * at a line end is the compound's own and stays. After any other fragment of three letters or more it
 * is hyphenation and goes ("documen-tation", "med-ically").
 */
const COMPOUND_HEAD = new Set(
  'anti post self semi multi over under follow well short long high hand sprain peer false right left wrist back neck knee ankle foot shoulder upper lower mid full part half pain work home weight non pre pro the one two end off low day age'.split(
    ' ',
  ),
);

/** Length of the hyphen, line break and indent to drop at `i` (a '-'), or 0 when the hyphen is a word's own. */
function hyphenationAt(canonical: string, i: number): number {
  // Most hyphens are inside a line ("C3-4", "follow-up"): only one before a line end is looked at further.
  let j = i + 1;
  while (canonical[j] === ' ' || canonical[j] === '\t') j++;
  if (canonical[j] !== '\n' && canonical[j] !== '\r') return 0;
  const rest = LINE_END_HYPHEN.exec(canonical.slice(i, i + 40));
  if (!rest) return 0;
  let s = i;
  while (s > 0 && /[a-z]/i.test(canonical[s - 1] ?? '')) s--;
  const head = canonical.slice(s, i);
  return head.length >= 3 && !COMPOUND_HEAD.has(head.toLowerCase()) ? rest[0].length : 0;
}

/** Where the character-by-character work is: a hyphen, a CR, anything outside ASCII. Runs between them are copied whole. */
const SPECIAL = /[-\r\u0080-\uffff]/g;

/** The folded text and its map, built in growing buffers (most of a letter is copied a run at a time). */
class FoldBuilder {
  private readonly parts: string[] = [];
  map: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.map = new Int32Array(capacity + 16);
  }
  private room(n: number) {
    if (this.length + n <= this.map.length) return;
    const grown = new Int32Array(Math.max(this.map.length * 2, this.length + n));
    grown.set(this.map);
    this.map = grown;
  }
  /** canonical[from, to) unchanged. */
  copy(canonical: string, from: number, to: number) {
    if (to <= from) return;
    this.room(to - from);
    this.parts.push(canonical.slice(from, to));
    for (let i = from; i < to; i++) this.map[this.length++] = i;
  }
  /** `s` standing for the character at `from`. */
  push(s: string, from: number) {
    this.room(s.length);
    this.parts.push(s);
    for (let k = 0; k < s.length; k++) this.map[this.length++] = from;
  }
  done(canonical: string): FoldedText {
    this.room(1);
    this.map[this.length++] = canonical.length;
    return { text: this.parts.join(''), map: this.map.slice(0, this.length), canonical };
  }
}

export function foldText(canonical: string): FoldedText {
  if (!isFoldable(canonical)) return { text: canonical, map: null, canonical };
  const out = new FoldBuilder(canonical.length);
  let i = 0;
  while (i < canonical.length) {
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(canonical);
    const at = next ? next.index : canonical.length;
    out.copy(canonical, i, at);
    if (!next) break;
    i = at;
    const ch = canonical[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '-') {
      const drop = hyphenationAt(canonical, i);
      if (drop > 0) i += drop;
      else out.push(ch, i++);
      continue;
    }
    if (ch === '\r') {
      if (canonical[i + 1] !== '\n') out.push('\n', i);
      i++;
      continue;
    }
    if (ch === '\u00ad') {
      // A soft hyphen at a line end: the line break (and the next line's indent) is hyphenation, not a gap.
      const rest = /^\u00ad[ \t]*\r?\n[ \t]*(?=\p{L})/u.exec(canonical.slice(i, i + 40));
      i += rest ? rest[0].length : 1;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    if (LINE_BREAK.test(ch)) {
      out.push('\n', i++);
      continue;
    }
    if (SPACE.test(ch)) {
      out.push(' ', i++);
      continue;
    }
    // A surrogate pair is one character (mathematical letters fold to plain ones).
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < canonical.length ? canonical.slice(i, i + 2) : ch;
    const folded = pair.normalize('NFKC');
    out.push(folded === '' ? pair : folded, i);
    i += pair.length;
  }
  return out.done(canonical);
}

const WS = /\s/;

/**
 * The canonical span(s) of [start, end) of the folded text. A span runs over dropped characters
 * inside a word (a soft hyphen), but is cut where dropped characters sit beside white space, so the
 * pieces read back as the value.
 */
export function canonicalSpans(folded: FoldedText, span: Span): Span[] {
  const { map, canonical } = folded;
  if (!map) return [span];
  if (span.end <= span.start) return [{ start: map[span.start] ?? span.start, end: map[span.start] ?? span.start }];
  const out: Span[] = [];
  let pieceStart = map[span.start]!;
  for (let i = span.start; i < span.end - 1; i++) {
    const here = map[i]!;
    const next = map[i + 1]!;
    if (next - here <= 1) continue;
    // Characters between here and next were dropped (or a ligature spans them); cut at white space.
    const gap = canonical.slice(here + 1, next);
    if (!INVISIBLE.test(gap)) continue;
    if (WS.test(canonical[here] ?? '') || WS.test(canonical[next] ?? '') || WS.test(gap)) {
      out.push({ start: pieceStart, end: here + 1 });
      pieceStart = next;
    }
  }
  out.push({ start: pieceStart, end: map[span.end - 1]! + 1 });
  return out.filter((s) => s.start < s.end);
}

/** Whether a value is a span: an object with numeric start and end only. */
function isSpan(v: unknown): v is Span {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.start !== 'number' || typeof o.end !== 'number') return false;
  let keys = 0;
  for (const k in o) if (Object.hasOwn(o, k)) keys++;
  return keys === 2;
}

/**
 * A copy of a result read from the folded text with every span mapped to the canonical text. An
 * array of spans may grow (a span cut in pieces); a lone span (an item's block) is mapped whole.
 */
export function toCanonical<T>(folded: FoldedText, value: T): T {
  if (!folded.map) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every(isSpan)) return v.flatMap((s) => canonicalSpans(folded, s));
      return v.map(walk);
    }
    if (typeof v !== 'object' || v === null) return v;
    if (isSpan(v)) {
      const pieces = canonicalSpans(folded, v);
      return { start: pieces[0]?.start ?? v.start, end: pieces[pieces.length - 1]?.end ?? v.end };
    }
    const out: Record<string, unknown> = {};
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) out[k] = walk(o[k]);
    return out;
  };
  return walk(value) as T;
}
