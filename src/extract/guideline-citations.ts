// Splits a guideline statement ("Claims Administrator guideline:" / "MAXIMUS guideline:") into the
// citations it names. The statements are built from fixed phrases:
//   "Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic Pain Medical
//    Treatment 2016, Section(s): Facet blocks."                         -> two MTUS citations
//   "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99."
//   "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300."   -> ACOEM
//   "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter,
//    Physical Therapy."                                               -> ODG, chapter and topic
//   "The Claims Administrator did not cite any medical evidence for its decision." -> none
import type { Citation, CitationSource, Field } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { foldSpace, trimRange, wordSpans } from './spans.ts';

type CitedBy = Citation['citedBy'];

const NO_EVIDENCE = /did\s+not\s+cite\s+any\s+medical\s+evidence/i;
const DECISION_BASED_ON = /Decision\s+based\s+on\s+/gi;
const NON_MTUS = /^Non-MTUS\s+Citation\s+/i;
const MTUS = /^MTUS\s+/i;
/** Where one MTUS chapter ends and the next begins inside one statement. */
const MTUS_PART_SEPARATOR = /,\s+and\s+|,\s+(?=Chronic\s+Pain\s+(?:Medical\s+)?Treatment)/g;
const COMPLETE_PART = /\b(?:19|20)\d\d\b|Section\(s\)|Page\(s\)/;
const SECTIONS = /Section\(s\)\s*:\s*/i;
const PAGES = /Page\(s\)\s*:\s*/i;
const ODG_NAME = /^(?:Official\s+Disability\s+Guidelines\s*(?:\(ODG\))?|\(ODG\)|ODG)(?:\s+guidelines)?[\s,:;\u2013-]*/i;
const CHRONIC_PAIN_TITLE = /^(Chronic\s+Pain\s+(?:Medical\s+)?Treatment\s+Guidelines)\s+(\S[^]*)$/di;
const PAGE_WORDS = /\b(?:pg|pp|page)s?\.?\s*(\d+(?:\s*(?:-|to|of)\s*\d+)?)$/i;

/** Drops trailing commas, periods and white space (a loop: an anchored regex would rescan long runs). */
function trimEndPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && /[,.\s]/.test(s[end - 1] ?? '')) end--;
  return s.slice(0, end);
}

interface Part {
  start: number;
  end: number;
}

function text(view: LetterView, p: Part): string {
  return foldSpace(view.plain.slice(p.start, p.end));
}

/** Splits [start,end) at the first match of `re`; returns the stretches before and after it. */
function cut(view: LetterView, p: Part, re: RegExp): [Part, Part | null] {
  const m = re.exec(view.plain.slice(p.start, p.end));
  if (!m) return [p, null];
  return [trimRange(view.plain, p.start, p.start + m.index, ',;'), trimRange(view.plain, p.start + m.index + m[0].length, p.end, '.,;')];
}

function citation(
  view: LetterView,
  source: CitationSource,
  title: string,
  sections: Part | null,
  pages: string | null,
  whole: Part,
  citedBy: CitedBy,
): Citation {
  const sectionText = sections && sections.start < sections.end ? text(view, sections) : null;
  return { source, title, sections: sectionText, pages, citedBy, spans: wordSpans(view, whole.start, whole.end) };
}

function mtusCitation(view: LetterView, part: Part, citedBy: CitedBy): Citation {
  const [beforePages, pagesPart] = cut(view, part, PAGES);
  const [titlePart, sectionsPart] = cut(view, beforePages, SECTIONS);
  let title = text(view, titlePart);
  let sections = sectionsPart;
  const chronic = sections ? null : CHRONIC_PAIN_TITLE.exec(view.plain.slice(titlePart.start, titlePart.end));
  const topic = chronic?.indices?.[2];
  if (chronic?.[1] && topic) {
    // "Chronic Pain Treatment Guidelines Physical Medicine": the words after the title name the section.
    title = foldSpace(chronic[1]);
    sections = { start: titlePart.start + topic[0], end: titlePart.start + topic[1] };
  }
  const source: CitationSource = /^ACOEM\b/i.test(title) ? 'ACOEM' : 'MTUS';
  return citation(view, source, title, sections, pagesPart ? text(view, pagesPart) : null, part, citedBy);
}

function nonMtusCitation(view: LetterView, part: Part, citedBy: CitedBy): Citation {
  const body = text(view, part);
  if (/\bODG\b|Official\s+Disability\s+Guidelines/i.test(body)) {
    const name = ODG_NAME.exec(view.plain.slice(part.start, part.end));
    const rest = trimRange(view.plain, part.start + (name ? name[0].length : 0), part.end, ',;:.');
    if (rest.start >= rest.end) return citation(view, 'ODG', 'Official Disability Guidelines', null, null, part, citedBy);
    const lastComma = Math.max(view.plain.lastIndexOf(',', rest.end - 1), view.plain.lastIndexOf(';', rest.end - 1));
    const [chapter, topic]: [Part, Part | null] =
      lastComma > rest.start
        ? [trimRange(view.plain, rest.start, lastComma, ',;'), trimRange(view.plain, lastComma + 1, rest.end, '.,;')]
        : [rest, null];
    return citation(view, 'ODG', text(view, chapter), topic, null, part, citedBy);
  }
  const pageMatch = PAGE_WORDS.exec(body.trimEnd());
  const title = pageMatch ? trimEndPunctuation(body.slice(0, pageMatch.index)) : body;
  const source: CitationSource = /\bACOEM\b/i.test(body) ? 'ACOEM' : 'other';
  return citation(view, source, title, null, pageMatch?.[1] ? foldSpace(pageMatch[1]) : null, part, citedBy);
}

/** The citations a guideline field names, each pointing at its own words. */
export function readCitations(view: LetterView, guideline: Field<string>, citedBy: CitedBy): Citation[] {
  const first = guideline.spans[0];
  const last = guideline.spans[guideline.spans.length - 1];
  if (!first || !last || guideline.value === null || NO_EVIDENCE.test(guideline.value)) return [];
  const start = first.start;
  const s = view.plain.slice(start, last.end);
  const statements: Part[] = [];
  const heads = [...s.matchAll(DECISION_BASED_ON)];
  heads.forEach((m, i) => {
    const next = heads[i + 1];
    const from = start + m.index + m[0].length;
    const to = next ? start + next.index : last.end;
    statements.push(trimRange(view.plain, from, to, '.'));
  });
  const out: Citation[] = [];
  for (const st of statements) {
    const body = view.plain.slice(st.start, st.end);
    const non = NON_MTUS.exec(body);
    if (non) {
      out.push(nonMtusCitation(view, trimRange(view.plain, st.start + non[0].length, st.end, '.'), citedBy));
      continue;
    }
    const mtus = MTUS.exec(body);
    const from = st.start + (mtus ? mtus[0].length : 0);
    let cursor = from;
    for (const m of view.plain.slice(from, st.end).matchAll(MTUS_PART_SEPARATOR)) {
      // ", and" also joins words inside a chapter name ("Forearm, Wrist, and Hand Complaints"); it
      // separates chapters only once the chapter before it is complete (has its year or sections).
      if (!COMPLETE_PART.test(view.plain.slice(cursor, from + m.index))) continue;
      out.push(mtusCitation(view, trimRange(view.plain, cursor, from + m.index, ',.'), citedBy));
      cursor = from + m.index + m[0].length;
    }
    out.push(mtusCitation(view, trimRange(view.plain, cursor, st.end, ',.'), citedBy));
  }
  return out.filter((c) => c.spans.length > 0 && c.title !== '');
}
