// Kinds of page furniture: running headers and footers between pages, with the form feed a PDF's
// text has, or without it, as text copied from a PDF viewer comes.
import { linesOf, pageBreaks } from './letter-shape.ts';
import type { VariantKind } from './variant-kind.ts';
import type { AnswerKey } from './misreadings.ts';
import type { Random } from './random.ts';

interface Pages {
  text: string;
  /** Offsets of the page breaks in `text`: a form feed, or (without form feeds) a line start. */
  breaks: number[];
  formFeeds: boolean;
}

/** The letter's page breaks; a letter with none is cut into pages of 40 to 55 lines (with form feeds or not). */
function pagesOf(text: string, rand: Random): Pages {
  const breaks = pageBreaks(text);
  if (breaks.length > 0) return { text, breaks, formFeeds: true };
  const lines = linesOf(text);
  const every = Math.min(rand.pick([40, 47, 55]), Math.max(2, Math.floor(lines.length / 2)));
  const starts = lines.filter((_, i) => i > 0 && i % every === 0).map((l) => l.start);
  if (starts.length === 0) return { text, breaks: [], formFeeds: false };
  if (!rand.chance(0.5)) return { text, breaks: starts, formFeeds: false };
  let out = '';
  let at = 0;
  const moved: number[] = [];
  for (const s of starts) {
    out += text.slice(at, s);
    moved.push(out.length);
    out += '\f';
    at = s;
  }
  return { text: out + text.slice(at), breaks: moved, formFeeds: true };
}

/** Inserts `make(page)` lines at each break: before it (a footer of the page ending) or after it (a header of the next). */
function furnish(
  pages: Pages,
  where: 'header' | 'footer',
  make: (page: number, count: number) => string[],
): { text: string; added: string[] } {
  const { text, breaks, formFeeds } = pages;
  const count = breaks.length + 1;
  const added: string[] = [];
  const inserts: [number, string][] = [];
  breaks.forEach((b, i) => {
    const lines = make(where === 'footer' ? i + 1 : i + 2, count);
    added.push(...lines);
    const block = lines.join('\n');
    if (where === 'footer') inserts.push(text[b - 1] === '\n' || b === 0 ? [b, `${block}\n`] : [b, `\n${block}\n`]);
    else if (!formFeeds) inserts.push([b, `${block}\n`]);
    else inserts.push(text[b + 1] === '\n' ? [b + 2, `${block}\n`] : [b + 1, `${block}\n`]);
  });
  let out = text;
  for (const [at, s] of inserts.reverse()) out = out.slice(0, at) + s + out.slice(at);
  if (where === 'footer') {
    const last = make(count, count);
    added.push(...last);
    out = `${out.replace(/\s*$/, '')}\n${last.join('\n')}\n`;
  }
  return { text: out, added };
}

/** The case number as a header prints it; a letter that states none gets a header without one (never an invented number). */
const caseOf = (key: AnswerKey) => (key.caseNumber ? `Case Number ${key.caseNumber}` : 'Independent Medical Review');

export const PAGE_KINDS: VariantKind[] = [
  {
    id: 'running-headers',
    change: 'a running header at the top of every page after the first (case number, page number, a logo line)',
    apply(text, key, rand) {
      const pages = pagesOf(text, rand);
      if (pages.breaks.length === 0) return null;
      const style = rand.pick([
        () => [`Final Determination Letter for IMR ${caseOf(key)}`],
        (n: number) => [`IMR ${caseOf(key)}`, `Page ${n}`],
        (n: number, m: number) => [`${caseOf(key)}      Page ${n} of ${m}`],
        () => ['MAXIMUS FEDERAL SERVICES', `Final Determination, ${caseOf(key)}`],
      ]);
      return furnish(pages, 'header', style);
    },
  },
  {
    id: 'page-footers',
    change: 'a footer at the foot of every page ("Page 2 of 3", "- 2 -", a form number, a date)',
    apply(text, key, rand) {
      const pages = pagesOf(text, rand);
      if (pages.breaks.length === 0) return null;
      const date = key.decisionDate ? key.decisionDate.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$2/$3/$1') : '12/01/2019';
      const style = rand.pick([
        (n: number, m: number) => [`Page ${n} of ${m}`],
        (n: number) => [`- ${n} -`],
        (n: number, m: number) => [`IMR-FD-03 (Rev. 02/2019)      Page ${n} of ${m}`],
        (n: number) => [`${date}    Independent Medical Review    ${n}`],
        (n: number, m: number) => [`${n} of ${m}`],
      ]);
      return furnish(pages, 'footer', style);
    },
  },
];
