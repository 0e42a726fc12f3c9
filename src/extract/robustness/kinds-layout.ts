// Kinds of change to where things stand: sections in another order, a cover letter or an appeal
// notice around the letter, paragraphs wrapped at another width, blank lines and white space.
import { DECISION_MARKER, LINE_LABEL, isDoubleSpaced, isSectionHeading, itemHeadingStarts, linesOf, sectionsOf } from './letter-shape.ts';
import { changed, type VariantKind } from './variant-kind.ts';
import type { AnswerKey } from './misreadings.ts';
import type { Random } from './random.ts';

const CREDENTIALS = /credentials|licensure|board certified/i;
const withNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** The letter's credentials section and its case summary section, when it has both as headed sections. */
function credentialsAndSummary(text: string) {
  const sections = sectionsOf(text);
  const summary = sections.find((s) => /SUMMARY/i.test(s.heading));
  const credentials = sections.find((s) => s !== summary && CREDENTIALS.test(text.slice(s.start, s.end)));
  return summary && credentials && credentials.start < summary.start ? { sections, credentials, summary } : null;
}

function coverLetter(key: AnswerKey, rand: Random): string[] {
  const lines = [
    'MAXIMUS Federal Services',
    'Independent Medical Review Unit',
    'Post Office Box 4000, Sacramento, CA 95800',
    '',
    ...(key.caseNumber ? [`Re: Independent Medical Review Final Determination, IMR Case Number ${key.caseNumber}`] : []),
    rand.pick(['Claim Number: WC-2291-448', 'Claim No. 0457-88-1203', 'Employer: Harbor Valley Produce Co.']),
    '',
    'Dear Sir or Madam:',
    'Enclosed is the final determination of the independent medical review of the disputed treatment',
    'in this claim. Please keep it with the claim file. The determination binds the parties unless a',
    'party appeals it as the enclosed notice explains.',
    '',
    'Sincerely,',
    'Independent Medical Review Program',
  ];
  return lines;
}

const APPEAL_HEADINGS = ['RIGHT TO APPEAL', 'NOTICE OF APPEAL RIGHTS', 'Appeal Rights'];
const appealNotice = (rand: Random) => [
  rand.pick(APPEAL_HEADINGS),
  'This determination is final and binding. A party may appeal it by filing a verified petition with',
  'the Workers Compensation Appeals Board within thirty days of the mailing of this notice, on the',
  'grounds the Labor Code allows for such an appeal.',
  '',
  'cc: Claims Administrator; Treating Physician; Injured Worker',
];

/**
 * Re-wraps prose at `width` columns, hyphenating some long words at line ends. A paragraph ends at a
 * line well short of the letter's width or ending in a colon, before a label or an item heading, and after
 * an item's decision.
 */
function rewrap(text: string, key: AnswerKey, width: number, rand: Random): string {
  const source = isDoubleSpaced(text) ? text.replace(/\n\n/g, '\n') : text;
  const opens = new Set([...(itemHeadingStarts(source, key) ?? []), ...[...source.matchAll(LINE_LABEL)].map((m) => m.index)]);
  const lines = linesOf(source);
  // The width the letter is wrapped at: most full lines reach it (the longest line may be a table row).
  const lengths = lines
    .map((l) => l.text.trimEnd().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const isProse = (t: string) => t.trim() !== '' && !/\f| {3}|\t/.test(t) && !isSectionHeading(t);
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const words = paragraph.join(' ').split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      if (line && line.length + 1 + word.length > width) {
        const room = width - line.length - 2;
        if (/^[a-z]{8,}[.,;]?$/i.test(word) && room >= 3 && word.length - room >= 3 && rand.chance(0.5)) {
          out.push(`${line} ${word.slice(0, room)}-`);
          line = word.slice(room);
          continue;
        }
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    paragraph = [];
  };
  for (const l of lines) {
    if ([...opens].some((o) => o >= l.start && o <= l.start + l.text.length - l.text.trimStart().length)) flush();
    if (!isProse(l.text)) {
      flush();
      out.push(l.text);
      continue;
    }
    paragraph.push(l.text.trim());
    // A line well short of the letter's width, or one ending in a colon, ends its paragraph.
    if (l.text.trimEnd().length < full * 0.75 || /:\s*$/.test(l.text) || new RegExp(DECISION_MARKER.source, 'i').test(l.text)) flush();
  }
  flush();
  return out.join('\n');
}

/** Runs of two spaces or more as tabs at 8-column stops and the spaces left over, as `unexpand -a` writes them. */
function unexpand(line: string): string {
  let out = '';
  let col = 0;
  for (let i = 0; i < line.length;) {
    if (line[i] !== ' ' || line[i + 1] !== ' ') {
      out += line[i];
      col++;
      i++;
      continue;
    }
    let j = i;
    while (line[j] === ' ') j++;
    const target = col + (j - i);
    for (let stop = (Math.floor(col / 8) + 1) * 8; stop <= target; stop += 8) {
      out += '\t';
      col = stop;
    }
    out += ' '.repeat(target - col);
    col = target;
    i = j;
  }
  return out;
}

export const LAYOUT_KINDS: VariantKind[] = [
  {
    id: 'credentials-after-summary',
    change: "the reviewer's credentials section moved after the case summary (or to the end)",
    apply(text, _key, rand) {
      const found = credentialsAndSummary(text);
      if (!found) return null;
      const { sections, credentials, summary } = found;
      const moved = withNewline(text.slice(credentials.start, credentials.end));
      const rest = text.slice(0, credentials.start) + text.slice(credentials.end);
      const last = sections.at(-1)!;
      const toEnd = rand.chance(0.3) && last !== credentials;
      const at = toEnd ? rest.length : summary.end - (credentials.end - credentials.start);
      return changed(text, withNewline(rest.slice(0, at)) + moved + rest.slice(at));
    },
  },
  {
    id: 'cover-letter',
    change: 'a cover letter (letterhead, reference line, claim number, greeting) before the letter',
    apply(text, key, rand) {
      const cover = coverLetter(key, rand);
      const pageBreak = text.includes('\f') ? '\n\f\n' : '\n\n\n';
      return { text: cover.join('\n') + pageBreak + text, added: cover.filter((l) => l.split(' ').length >= 3) };
    },
  },
  {
    id: 'appeal-notice',
    change: 'an appeal-rights notice after the last item (or before the letter)',
    apply(text, _key, rand) {
      const notice = appealNotice(rand);
      const added = notice.slice(1).filter((l) => l.split(' ').length >= 3);
      if (rand.chance(0.25)) return { text: `${notice.join('\n')}\n\n${text}`, added };
      return { text: `${withNewline(text)}\n${notice.join('\n')}\n`, added };
    },
  },
  {
    id: 'rewrap',
    change: 'paragraphs wrapped at another width (55 to 110 columns), some long words hyphenated at line ends',
    apply: (text, key, rand) => changed(text, rewrap(text, key, rand.pick([55, 64, 72, 88, 110]), rand)),
  },
  {
    id: 'blank-lines',
    change: 'blank lines doubled, or every line double-spaced',
    apply(text, _key, rand) {
      if (rand.chance(0.5)) return changed(text, text.replace(/\n([ \t]*)\n/g, '\n$1\n\n'));
      return isDoubleSpaced(text) ? null : changed(text, text.replace(/\n/g, '\n\n'));
    },
  },
  {
    id: 'label-spacing',
    change: 'other spacing around label colons ("Decision Date :", "Priority:Standard", "Case Number:     CM.."), table columns kept',
    apply(text, _key, rand) {
      const style = rand.pick(['space before', 'no space', 'wide']);
      const row = new RegExp(`${LINE_LABEL.source}([ \\t]*)([^\\n]*)`, 'gi');
      const out = text.replace(row, (_m, indent: string, label: string, gap: string, rest: string) => {
        const head = style === 'space before' ? `${label} :${gap}` : style === 'no space' ? `${label}:` : `${label}:${rest ? '    ' : ''}`;
        // A table row keeps its next column where it stood: the gap before it takes up the difference.
        const shift = `${label}:${gap}`.length - head.length;
        return `${indent}${head}${rest.replace(/ {3,}/, (run) => ' '.repeat(Math.max(2, run.length + shift)))}`;
      });
      return changed(text, out);
    },
  },
  {
    id: 'tabs',
    change: 'a tab between a label and its value; in table rows, runs of spaces as tabs at 8-column stops (columns kept)',
    apply(text) {
      const out = linesOf(text).map((l) =>
        / {3,}/.test(l.text)
          ? unexpand(l.text)
          : l.text.replace(new RegExp(`${LINE_LABEL.source}[ \\t]*(?=\\S)`, 'gi'), (m) => `${m.trimEnd()}\t`),
      );
      return changed(text, out.join('\n'));
    },
  },
  {
    id: 'trailing-whitespace',
    change: 'spaces and tabs at the end of lines with words, and a left margin of spaces',
    apply(text, _key, rand) {
      const margin = rand.chance(0.5) ? ' '.repeat(rand.pick([2, 4, 8])) : '';
      // Empty lines stay empty: in a double-spaced text letter a line holding only a space marks a paragraph.
      const out = linesOf(text).map((l) =>
        l.text.trim() && !l.text.includes('\f') ? `${margin}${l.text}${rand.pick(['', ' ', '  ', '\t', ' \t'])}` : l.text,
      );
      return changed(text, out.join('\n'));
    },
  },
];
