// Kinds of change to characters only: what PDF producers and text tools do to quotes, dashes,
// ligatures, spaces, line ends and invisible characters. A reader sees the same words.
import { DECISION_MARKER, LINE_LABEL } from './letter-shape.ts';
import { changed, type VariantKind } from './variant-kind.ts';
import type { Random } from './random.ts';

const LIGATURES: [RegExp, string][] = [
  [/ffi/g, '\ufb03'],
  [/ffl/g, '\ufb04'],
  [/ff/g, '\ufb00'],
  [/fi/g, '\ufb01'],
  [/fl/g, '\ufb02'],
];

/** Puts `mark` inside some words matched by `word` (at an inner position), each with probability `p`. */
const markWords = (text: string, word: RegExp, mark: string, p: number, rand: Random) =>
  text.replace(word, (w) => {
    if (!rand.chance(p)) return w;
    const at = 1 + rand.int(w.length - 1);
    return w.slice(0, at) + mark + w.slice(at);
  });

export const CHARACTER_KINDS: VariantKind[] = [
  {
    id: 'typographic-punctuation',
    change: 'curly quotes and apostrophes, en dashes in number ranges, em dashes for double hyphens',
    apply(text) {
      const out = text
        .replace(/(\w)'(\w)/g, '$1\u2019$2')
        .replace(/"([^"\n]{1,80})"/g, '\u201c$1\u201d')
        // A number range ("98-99", "L4-5"), never a date ("10-11-13") or a case number ("CM16-0219557").
        .replace(/(?<![\d-])(\d+)-(\d+)(?![\d-])/g, (m, a: string, b: string, at: number, all: string) =>
          /[A-Z]{2}$/.test(all.slice(Math.max(0, at - 2), at)) ? m : `${a}\u2013${b}`,
        )
        .replace(/ - /g, ' \u2013 ')
        .replace(/--/g, '\u2014');
      return changed(text, out);
    },
  },
  {
    id: 'ligatures',
    change: 'the ligatures fi, fl, ff, ffi and ffl as single characters',
    apply(text, _key, rand) {
      const p = rand.pick([1, 0.5]);
      let out = text;
      for (const [pattern, lig] of LIGATURES) out = out.replace(pattern, (m) => (rand.chance(p) ? lig : m));
      return changed(text, out);
    },
  },
  {
    id: 'soft-hyphens',
    change: 'soft hyphens inside words (labels, headings and values alike)',
    apply: (text, _key, rand) => changed(text, markWords(text, /[A-Za-z]{6,}/g, '\u00ad', 0.3, rand)),
  },
  {
    id: 'zero-width-in-labels',
    change: 'a zero-width space (or word joiner) inside field labels and at their edges',
    apply(text, _key, rand) {
      const mark = rand.pick(['\u200b', '\u2060', '\ufeff']);
      const out = text.replace(LINE_LABEL, (_m, indent: string, label: string) => {
        const at = rand.int(label.length + 1);
        return `${indent}${label.slice(0, at)}${mark}${label.slice(at)}:`;
      });
      return changed(text, out);
    },
  },
  {
    id: 'unicode-spaces',
    change: 'some spaces as no-break, thin, en or narrow no-break spaces',
    apply(text, _key, rand) {
      const spaces = ['\u00a0', '\u2002', '\u2009', '\u202f', '\u2007'];
      return changed(
        text,
        text.replace(/(?<=\S) (?=\S)/g, (s) => (rand.chance(0.3) ? rand.pick(spaces) : s)),
      );
    },
  },
  {
    id: 'bullet-glyphs',
    change: 'list bullets in another glyph',
    apply(text, _key, rand) {
      const glyph = rand.pick(['\u2022', '\u25aa', '\u2013', '*', 'o', '\u25cf']);
      return changed(text, text.replace(/(?<=^|\n)([ \t]*)[\u2022\u25aa\u25cf\u2013*-](?=[ \t])/g, `$1${glyph}`));
    },
  },
  {
    id: 'crlf-nbsp',
    change: 'CRLF line ends, and a no-break space before each decision and after each label',
    apply(text) {
      const out = text
        .replace(DECISION_MARKER, (_m, _gap: string, word: string) => `:\u00a0${word}`)
        .replace(new RegExp(`${LINE_LABEL.source} ?`, 'gi'), (m: string) => `${m.trimEnd()}\u00a0`)
        .replace(/\r?\n/g, '\r\n');
      return changed(text, out);
    },
  },
];
