// Kinds of change to the words of labels, headings, decisions, item numbers and dates.
import { DECISION_MARKER, LINE_LABEL, applyEdits, isSectionHeading, itemHeadingStarts, itemsStartOf, linesOf } from './letter-shape.ts';
import { changed, type VariantKind } from './variant-kind.ts';

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'was', 'were']);
const titleCase = (s: string) =>
  s.toLowerCase().replace(/[a-z][a-z']*/g, (w, at: number) => (at > 0 && SMALL_WORDS.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
/** "IMR" and "(S)" stay in capitals in a title. */
const headingTitle = (s: string) =>
  titleCase(s)
    .replace(/\bImr\b/g, 'IMR')
    .replace(/\(s\)/g, '(s)');

/** Replaces each line-start label matched by `pattern` with `by(label)`. */
function relabel(text: string, pattern: RegExp, by: (label: string) => string): string {
  return text.replace(LINE_LABEL, (whole, indent: string, label: string) => (pattern.test(label) ? `${indent}${by(label)}:` : whole));
}

export const WORDING_KINDS: VariantKind[] = [
  {
    id: 'heading-synonyms',
    change: 'section headings in other words ("CASE SUMMARY", "HOW THE FINAL DETERMINATION WAS MADE", "ISSUES, DECISIONS, AND RATIONALES")',
    apply(text, _key, rand) {
      const synonyms: [RegExp, string[]][] = [
        [/^CLINICAL CASE SUMMARY$/, ['CASE SUMMARY', 'CLINICAL SUMMARY', 'SUMMARY OF THE CASE']],
        [/^HOW THE IMR FINAL DETERMINATION WAS MADE$/, ['HOW THE FINAL DETERMINATION WAS MADE', 'HOW THE IMR DETERMINATION WAS MADE']],
        [
          /^IMR ISSUES, DECISIONS AND RATIONALES$/,
          ['IMR ISSUES, DECISIONS, AND RATIONALES', 'ISSUES, DECISIONS AND RATIONALES', 'DECISIONS AND RATIONALES'],
        ],
      ];
      const edits = linesOf(text).flatMap((l): [number, number, string][] => {
        const t = l.text.trim();
        const s = synonyms.find(([p]) => p.test(t));
        return s ? [[l.start + l.text.indexOf(t), l.start + l.text.indexOf(t) + t.length, rand.pick(s[1])]] : [];
      });
      return changed(text, applyEdits(text, edits));
    },
  },
  {
    id: 'label-synonyms',
    change:
      'field labels in other words ("IMR Case Number", "IMR Case #", "Rationale for the decision", "Reason for the decision", "Maximus guideline", "Guideline used by the reviewer")',
    apply(text, _key, rand) {
      const caseLabel = rand.pick(['IMR Case Number', 'IMR Case #', 'Case No.']);
      const rationale = rand.pick(['Rationale', 'Rationale for the decision', 'Reason for the decision']);
      const guideline = rand.pick(['Maximus guideline', 'Guideline used by the reviewer', 'MAXIMUS Guideline']);
      let out = relabel(text, /^Case Number$/, () => caseLabel);
      out = relabel(out, /^Decision rationale$/i, () => rationale);
      out = relabel(out, /^MAXIMUS guideline$/, () => guideline);
      return changed(text, out);
    },
  },
  {
    id: 'date-of-decision',
    change: '"Date of Decision" for "Decision Date"',
    apply: (text) => changed(text, text.replace(/\bDecision Date(?=\s*:)/g, 'Date of Decision')),
  },
  {
    id: 'numbered-items',
    change: 'item headings numbered or lettered ("1. ", "2) ", "(a) ", "Item 2: ", "Issue #2: ")',
    apply(text, key, rand) {
      const starts = itemHeadingStarts(text, key);
      if (!starts) return null;
      const style = rand.pick([
        (n: number) => `${n}. `,
        (n: number) => `${n}) `,
        (n: number) => `(${String.fromCharCode(96 + n)}) `,
        (n: number) => `Item ${n}: `,
        (n: number) => `Issue #${n}: `,
      ]);
      return changed(
        text,
        applyEdits(
          text,
          starts.map((at, i): [number, number, string] => [at, at, style(i + 1)]),
        ),
      );
    },
  },
  {
    id: 'decision-case',
    change: 'the decision after an item heading in capitals or lower case (": UPHELD", ": overturned")',
    apply(text, _key, rand) {
      const upper = rand.chance(0.7);
      return changed(
        text,
        text.replace(DECISION_MARKER, (_m, gap: string, word: string) => `:${gap}${upper ? word.toUpperCase() : word.toLowerCase()}`),
      );
    },
  },
  {
    id: 'headings-title-case',
    change: 'section headings in title case ("Clinical Case Summary")',
    apply(text) {
      const edits = linesOf(text)
        .filter((l) => isSectionHeading(l.text))
        .map((l): [number, number, string] => [l.start, l.end, headingTitle(l.text)]);
      return changed(text, applyEdits(text, edits));
    },
  },
  {
    id: 'labels-upper-case',
    change: 'field labels in capitals ("DECISION RATIONALE:", "CLAIMS ADMINISTRATOR GUIDELINE:", "DATE OF INJURY:")',
    apply: (text) =>
      changed(
        text,
        relabel(text, /./, (label) => label.toUpperCase()),
      ),
  },
  {
    id: 'date-formats',
    change: 'dates before the items written another way (12/8/16, 12-08-2016, 2016-12-08, December 8, 2016, 8 Dec 2016)',
    apply(text, key, rand) {
      const end = itemsStartOf(text, key) ?? text.length;
      const format = rand.pick(DATE_FORMATS);
      const head = text.slice(0, end).replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, (whole, m: string, d: string, y: string) => {
        const year = y.length === 2 ? 2000 + Number(y) : Number(y);
        const date = new Date(Date.UTC(year, Number(m) - 1, Number(d)));
        if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return whole;
        return format(year, Number(m), Number(d));
      });
      return changed(text, head + text.slice(end));
    },
  },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const two = (n: number) => String(n).padStart(2, '0');
const DATE_FORMATS: ((y: number, m: number, d: number) => string)[] = [
  (y, m, d) => `${m}/${d}/${two(y % 100)}`,
  (y, m, d) => `${two(m)}-${two(d)}-${y}`,
  (y, m, d) => `${y}-${two(m)}-${two(d)}`,
  (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
  (y, m, d) => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`,
];
