// The header table at the top of 2016-2017 letters: seven label/value cells. Text tools lay the same
// table out in different ways, and this reads every arrangement by the same two steps:
// - pdf.js rows and text copied from a viewer: "Case Number: CM16-0000001", one or several pairs a line;
// - poppler `-layout`: two pairs a line in columns, a label cell wrapped under itself
//   ("Application   11/14/2016" / "Received:" on the next line at the same column);
// - poppler plain text: a block of labels, then a block of their values in the same order.
// 1. A label followed on its line by words takes those words (up to the next label or a column gap).
// 2. Labels with nothing after them wait; the loose values that follow are given to them in order.
// Every value is checked by its type (a CMyy-nnnnnnn case number, a real date, Standard or
// Expedited): one that fails is not taken, and a problem says so, pointing at it.
import type { Field, Problem, Span } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { lineStartAt } from './letter-view.ts';
import { findDate } from './dates.ts';
import { nullField, readSpans, trimRange, valueField, wordSpans } from './spans.ts';
import { entryAt } from './field-catalogue.ts';

type HeaderKey = 'caseNumber' | 'dateAssigned' | 'dateOfInjury' | 'decisionDate' | 'urDenialDate' | 'priority' | 'applicationReceived';
type ValueKind = 'case number' | 'date' | 'priority';

export type HeaderTable = { [K in HeaderKey]: Field<string> } & {
  /** Whether any header table label was found at all. */
  present: boolean;
  /** Values found beside a label but not of its type (not taken). */
  problems: Problem[];
};

interface LabelDef {
  key: HeaderKey;
  /** The label's words, in each of its common wordings (matched in any case). */
  names: string[][];
  kind: ValueKind;
}

const LABELS: LabelDef[] = [
  {
    key: 'caseNumber',
    names: [
      ['IMR', 'Case', 'Number'],
      ['Case', 'Number'],
      ['IMR', 'Case', '#'],
      ['Case', '#'],
      ['Case', 'No.'],
    ],
    kind: 'case number',
  },
  {
    key: 'dateAssigned',
    names: [
      ['Date', 'Assigned'],
      ['Assigned', 'Date'],
      ['Date', 'of', 'Assignment'],
      ['Assignment', 'Date'],
    ],
    kind: 'date',
  },
  {
    key: 'dateOfInjury',
    names: [
      ['Date', 'of', 'Injury'],
      ['Injury', 'Date'],
    ],
    kind: 'date',
  },
  {
    key: 'decisionDate',
    names: [
      ['Decision', 'Date'],
      ['Date', 'of', 'Decision'],
      ['Determination', 'Date'],
      ['Date', 'of', 'Determination'],
    ],
    kind: 'date',
  },
  {
    key: 'urDenialDate',
    names: [
      ['UR', 'Denial', 'Date'],
      ['Date', 'of', 'UR', 'Denial'],
      ['Utilization', 'Review', 'Denial', 'Date'],
      ['UR', 'Decision', 'Date'],
    ],
    kind: 'date',
  },
  { key: 'priority', names: [['Priority']], kind: 'priority' },
  {
    key: 'applicationReceived',
    names: [
      ['Application', 'Received'],
      ['Application', 'Received', 'Date'],
      ['Date', 'Application', 'Received'],
    ],
    kind: 'date',
  },
];

interface LabelHit {
  def: LabelDef;
  /** The label's own text (two pieces when its cell wrapped around the value). */
  parts: Span[];
  /** Where words on the label's line that belong to it would start. */
  valueFrom: number;
}

/** A stretch of words in the header that is (or may be) a value. */
interface Stretch {
  start: number;
  end: number;
}

const CASE_NUMBER = /^CM\d{2}-\d{7}$/i;
const PRIORITY = /^(standard|expedited)$/i;
/** A gap between columns in `-layout` text: a tab, or three spaces or more. */
const COLUMN_GAP = /\t|[ ]{3,}/;
/**
 * Trimmed from a value's edges: sentence punctuation, and the table's cell borders, which OCR and
 * some text tools read as a bar beside the value ("UR Denial Date: | 11/22/2016").
 */
const EDGE_PUNCTUATION = '.,;|¦';
/** The table sits at the top of the first page; looking no further keeps every search here short. */
const HEADER_MAX_CHARS = 4000;

/**
 * A label's words as a pattern: any white space (a line break too) between them, none needed before
 * a sign ("Case #").
 */
const words = (ws: string[]) =>
  ws.map((w, n) => (n === 0 ? '' : /^\w/.test(w) ? String.raw`\s+` : String.raw`\s*`) + w.replace(/[.#()]/g, (c) => `\\${c}`)).join('');
/** Each label's wordings, whole on one line or over a line break. */
const WHOLE = new Map(LABELS.map((def) => [def, def.names.map((name) => new RegExp(String.raw`(?<![\w-])${words(name)}[ \t]*:`, 'i'))]));

/** Every label of the table in [0, end): whole ("Application\nReceived:") or wrapped around its value. */
function findLabels(plain: string, end: number): LabelHit[] {
  const region = plain.slice(0, end);
  const hits: LabelHit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => h.parts.some((p) => s < p.end && e > p.start));
  for (const def of LABELS) {
    const whole = WHOLE.get(def)!
      .map((re) => re.exec(region))
      .find((m) => m && !taken(m.index, m.index + m[0].length));
    if (whole) {
      const e = whole.index + whole[0].length;
      hits.push({ def, parts: [{ start: whole.index, end: e }], valueFrom: e });
      continue;
    }
    if (wrappedLabel(region, def, taken, hits)) continue;
  }
  return hits.sort((a, b) => a.valueFrom - b.valueFrom);
}

/**
 * A wrapped label whose rest stands alone on its line but not under its first words: tabs or other
 * spacing moved the columns. The first words nearest the rest's column are taken.
 */
function aloneOnItsLine(region: string, re: RegExp): RegExpExecArray | undefined {
  const candidates = [...region.matchAll(re)].filter((x) => {
    const restStart = x.index + x[0].length - (x[3] ?? '').length;
    const restLineEnd = region.indexOf('\n', restStart);
    return region.slice(restStart + (x[3] ?? '').length, restLineEnd < 0 ? region.length : restLineEnd).trim() === '';
  });
  const column = (x: RegExpExecArray) => Math.abs(x.index - lineStartAt(region, x.index) - (x[2] ?? '').length);
  return candidates.sort((a, b) => column(a) - column(b))[0];
}

/**
 * A wording split after its k-th word: the first words, the rest of its line (and maybe one more
 * line), then the rest of the label at a line's start. Made once per wording and split.
 */
const WRAPPED = new Map(
  LABELS.map((def) => [
    def,
    def.names.map((name) =>
      name.map((_, k) =>
        k === 0
          ? null
          : new RegExp(
              String.raw`(?<![\w-])(${words(name.slice(0, k))})(?=[ \t]|\n)[^\n]*\n(?:[^\n]*\n)?([ \t]*)(${words(name.slice(k))}[ \t]*:)`,
              'gi',
            ),
      ),
    ),
  ]),
);

/** A label whose cell wrapped around its value; true when one was found (and added to `hits`). */
function wrappedLabel(region: string, def: LabelDef, taken: (s: number, e: number) => boolean, hits: LabelHit[]): boolean {
  for (const [n, name] of def.names.entries()) {
    // A cell too narrow for its label: the first words, the value on that line (or on a line of
    // its own, as a viewer copies it), and the rest of the label on the next line starting at the
    // same column.
    for (let k = 1; k < name.length; k++) {
      const re = WRAPPED.get(def)![n]![k]!;
      const m =
        [...region.matchAll(re)].find((x) => x.index - lineStartAt(region, x.index) === (x[2] ?? '').length) ?? aloneOnItsLine(region, re);
      if (!m) continue;
      const first = m.index;
      const firstEnd = first + (m[1] ?? '').length;
      const rest = m.index + m[0].length - (m[3] ?? '').length;
      if (taken(first, firstEnd)) continue;
      hits.push({
        def,
        parts: [
          { start: first, end: firstEnd },
          { start: rest, end: m.index + m[0].length },
        ],
        valueFrom: firstEnd,
      });
      return true;
    }
  }
  return false;
}

/** The words after a label on its own line, up to the next label or column gap; null when there are none. */
function inlineStretch(plain: string, hit: LabelHit, labels: LabelHit[], end: number): Stretch | null {
  const lineEnd = Math.min(end, plain.indexOf('\n', hit.valueFrom) < 0 ? plain.length : plain.indexOf('\n', hit.valueFrom));
  let stop = lineEnd;
  for (const other of labels) for (const p of other.parts) if (p.start >= hit.valueFrom && p.start < stop) stop = p.start;
  const lead = trimRange(plain, hit.valueFrom, stop);
  const gap = COLUMN_GAP.exec(plain.slice(lead.start, lead.end));
  const range = trimRange(plain, lead.start, gap ? lead.start + gap.index : lead.end);
  return range.start < range.end ? range : null;
}

/** Loose words between `from` and `end` outside the labels and taken values: one stretch per line and column. */
function looseStretches(plain: string, from: number, end: number, covered: Span[]): Stretch[] {
  const out: Stretch[] = [];
  const sorted = covered.slice().sort((a, b) => a.start - b.start);
  const pieces: Stretch[] = [];
  let cursor = from;
  for (const c of sorted) {
    if (c.end <= cursor) continue;
    if (c.start > cursor) pieces.push({ start: cursor, end: Math.min(c.start, end) });
    cursor = Math.max(cursor, c.end);
  }
  if (cursor < end) pieces.push({ start: cursor, end });
  const separator = new RegExp(String.raw`\n|${COLUMN_GAP.source}`, 'g');
  for (const piece of pieces) {
    let last = piece.start;
    const slice = plain.slice(piece.start, piece.end);
    for (const m of [...slice.matchAll(separator), null]) {
      const cut = m ? piece.start + m.index : piece.end;
      const r = trimRange(plain, last, cut);
      if (r.start < r.end) out.push(r);
      if (m) last = piece.start + m.index + m[0].length;
    }
  }
  return out;
}

/** The value of a stretch when the whole stretch is a value of the kind; null otherwise. */
function typedValue(view: LetterView, kind: ValueKind, s: Stretch): Field<string> | null {
  const r = trimRange(view.plain, s.start, s.end, EDGE_PUNCTUATION);
  const raw = view.plain.slice(r.start, r.end);
  if (kind === 'case number') return CASE_NUMBER.test(raw) ? valueField(raw.toUpperCase(), [r]) : null;
  if (kind === 'priority') {
    const m = PRIORITY.exec(raw);
    return m ? valueField(raw[0]!.toUpperCase() + raw.slice(1).toLowerCase(), [r]) : null;
  }
  const date = findDate(view.plain, r.start, r.end);
  return date && date.span.start === r.start && date.span.end === r.end ? valueField(date.iso, [date.span]) : null;
}

const KIND_DESCRIPTION: Record<ValueKind, string> = {
  'case number': 'a case number (CMyy-nnnnnnn)',
  date: 'a real date',
  priority: 'Standard or Expedited',
};

export function readHeaderTable(view: LetterView, sectionStart: number): HeaderTable {
  const { plain } = view;
  const headerEnd = Math.min(sectionStart, HEADER_MAX_CHARS);
  const table: HeaderTable = {
    present: false,
    problems: [],
    caseNumber: nullField(),
    dateAssigned: nullField(),
    dateOfInjury: nullField(),
    decisionDate: nullField(),
    urDenialDate: nullField(),
    priority: nullField(),
    applicationReceived: nullField(),
  };
  const labels = findLabels(plain, headerEnd);
  if (labels.length === 0) return table;
  table.present = true;

  const take = (def: LabelDef, s: Stretch) => {
    const field = typedValue(view, def.kind, s);
    if (field) {
      table[def.key] = field;
      return;
    }
    const spans = wordSpans(view, s.start, s.end);
    table.problems.push({
      severity: 'warning',
      code: 'invalid-value',
      field: def.key,
      message: `${entryAt('letter', def.key).label} "${readSpans(view.text, spans)}" is not ${KIND_DESCRIPTION[def.kind]}, so it was not taken: check the letter's header.`,
      spans,
    });
  };

  // 1. Values on the label's own line.
  const covered: Span[] = labels.flatMap((h) => h.parts);
  const waiting: LabelHit[] = [];
  for (const hit of labels) {
    const s = inlineStretch(plain, hit, labels, headerEnd);
    if (s) {
      covered.push(s);
      take(hit.def, s);
    } else waiting.push(hit);
  }

  // 2. Labels with no value beside them, each run followed by a run of loose values.
  const loose = looseStretches(plain, Math.min(...labels.map((h) => h.parts[0]!.start)), headerEnd, covered);
  type Event = { at: number; hit?: LabelHit; value?: Stretch };
  const events: Event[] = [...waiting.map((h) => ({ at: h.parts[0]!.start, hit: h })), ...loose.map((s) => ({ at: s.start, value: s }))];
  events.sort((a, b) => a.at - b.at);
  for (let i = 0; i < events.length;) {
    const run: LabelHit[] = [];
    while (i < events.length && events[i]!.hit) run.push(events[i++]!.hit!);
    const values: Stretch[] = [];
    while (i < events.length && events[i]!.value) values.push(events[i++]!.value!);
    pairRun(view, run, values, take);
  }
  return table;
}

/**
 * A run of labels and the values after it. When the counts are equal and most values fit their
 * label, they pair in order (a value of the wrong type is reported). Otherwise each value goes to the
 * next label, in order, whose type it fits, so a cell left empty or a stray line (a title under the
 * table) does not shift every value after it or pass for a value.
 */
function pairRun(view: LetterView, run: LabelHit[], values: Stretch[], take: (def: LabelDef, s: Stretch) => void) {
  if (run.length === 0) return;
  const fits = run.filter((hit, n) => values[n] !== undefined && typedValue(view, hit.def.kind, values[n]) !== null).length;
  if (run.length === values.length && fits * 2 >= run.length) {
    run.forEach((hit, n) => take(hit.def, values[n]!));
    return;
  }
  let next = 0;
  for (const value of values) {
    const fit = run.findIndex((hit, n) => n >= next && typedValue(view, hit.def.kind, value) !== null);
    if (fit < 0) continue;
    take(run[fit]!.def, value);
    next = fit + 1;
  }
}
