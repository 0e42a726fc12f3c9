// Every heading and label any known IMR letter layout prints, by name. A layout description lists
// the names it uses; which of them a letter holds is how its layout is recognised, and a letter
// holding headings of two layouts is recognised as neither (its words are read by the general rules).
//
// - 'title' lines name the document and sit above the header, so they never end the header region;
// - 'section' headings divide the letter;
// - 'label' headings open a part of one disputed item.
import type { LetterView } from '../letter-view.ts';

export type HeadingKind = 'title' | 'section' | 'label';

/** A pattern matched at the start of a line (after spaces); see HEADINGS. */
const at = (source: string, flags = '') => new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${source})`, flags);
/** The words of a heading pattern, without the line-start part `at` adds. */
const wordsOf = (re: RegExp) => re.source.slice(String.raw`(?<=^|\n)[ \t]*(?:`.length, -1);

export const HEADINGS = {
  // 2016-17 and the early plain layout.
  howMade: { kind: 'section', re: at(String.raw`HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE\b`) },
  clinicalSummary: { kind: 'section', re: at(String.raw`CLINICAL\s+CASE\s+SUMMARY\b`) },
  issuesDecisions: { kind: 'section', re: at(String.raw`IMR\s+ISSUES,?\s+DECISIONS\s+AND\s+RATIONALES\b`) },
  claimsGuideline: { kind: 'label', re: at(String.raw`Claims\s+Administrator\s+guideline\s*:`, 'i') },
  maximusGuideline: { kind: 'label', re: at(String.raw`MAXIMUS\s+guideline\s*:`, 'i') },
  decisionRationale: { kind: 'label', re: at(String.raw`Decision\s+rationale\s*:`, 'i') },
  // 2014-15.
  documentsReviewed: { kind: 'section', re: at(String.raw`DOCUMENTS\s+REVIEWED[ \t]*(?=\n|$)`) },
  decisionsRationales: { kind: 'section', re: at(String.raw`IMR\s+DECISION\(S\)\s+AND\s+RATIONALE\(S\)`) },
  // 2013 "Notice of Independent Medical Review Determination".
  noticeTitle: { kind: 'title', re: at(String.raw`Notice\s+of\s+Independent\s+Medical\s+Review\s+Determination\b`, 'i') },
  reviewDecisionAndRationale: { kind: 'section', re: at(String.raw`INDEPENDENT\s+MEDICAL\s+REVIEW\s+DECISION\s+AND\s+RATIONALE\b`) },
  expertQualifications: { kind: 'section', re: at(String.raw`Medical\s+Qualifications\s+of\s+the\s+Expert\s+Reviewer\s*:`, 'i') },
  /** "Case Summary:" (2013) and "CASE SUMMARY:" (Medical Professional Review); never "CLINICAL CASE SUMMARY". */
  caseSummary: { kind: 'section', re: at(String.raw`Case\s+Summary\s*:`, 'i') },
  urGuidelineUsed: {
    kind: 'label',
    re: at(String.raw`Medical\s+Treatment\s+Guideline\(s\)\s+Used\s+by\s+the\s+Claims\s+Administrator(?:\s*\(UR\))?\s*:`, 'i'),
  },
  reviewerGuidelineUsed: {
    kind: 'label',
    re: at(String.raw`Medical\s+Treatment\s+Guideline\(s\)\s+Used\s+by\s+the\s+Expert\s+Reviewer\s*:`, 'i'),
  },
  rationaleUsed: { kind: 'label', re: at(String.raw`Rationale\s+Used\s+by\s+the\s+Expert\s+Reviewer\s*:`, 'i') },
  // "MEDICAL PROFESSIONAL REVIEW".
  professionalReviewTitle: { kind: 'title', re: at(String.raw`MEDICAL\s+PROFESSIONAL\s+REVIEW[ \t]*(?=\n|$)`) },
  issueAtDispute: { kind: 'section', re: at(String.raw`ISSUES?\s+AT\s+DISPUTE\s*:`, 'i') },
  documentsForDetermination: { kind: 'section', re: at(String.raw`DOCUMENTS\s+REVIEWED\s+FOR\s+DETERMINATION\s*:`, 'i') },
  guidelinesReliedUpon: {
    kind: 'section',
    re: at(String.raw`MEDICAL\s+TREATMENT\s+GUIDELINE\(S\)\s+RELIED\s+UPON\s+BY\s+PROFESSIONAL\s+REVIEWER\s+AND\s+WHY\s*:`, 'i'),
  },
  rationaleWhyNot: {
    kind: 'section',
    re: at(
      String.raw`RATIONALE\s+FOR\s+WHY\s+THE\s+REQUESTED\s+TREATMENT\s*\/\s*SERVICE\s+IS\s*\/\s*WAS\s+NOT\s+MEDICALLY\s+NECESSARY\s*:`,
      'i',
    ),
  },
  reviewerQualifications: { kind: 'section', re: at(String.raw`MEDICAL\s+REVIEWER\s+QUALIFICATIONS\s*:`, 'i') },
} as const satisfies Record<string, { kind: HeadingKind; re: RegExp }>;

export type HeadingKey = keyof typeof HEADINGS;
export const HEADING_KEYS = Object.keys(HEADINGS) as HeadingKey[];

export interface FoundHeading {
  key: HeadingKey;
  kind: HeadingKind;
  /** Start of the heading words (after the line's leading spaces). */
  start: number;
  /** End of the heading words: its content follows, on the same line or the next. */
  end: number;
}

/** Each heading's pattern, tried at one place (sticky). */
const STICKY = new Map(
  HEADING_KEYS.map((key) => [key, new RegExp(HEADINGS[key].re.source, HEADINGS[key].re.flags.replace('g', '') + 'y')]),
);
/**
 * Every heading's words in one case-blind pattern, so the letter is scanned once for lines that may
 * hold a heading; each candidate is then confirmed by the heading's own pattern.
 */
const ANY_HEADING = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${HEADING_KEYS.map((k) => wordsOf(HEADINGS[k].re)).join('|')})`, 'gi');

/** The first occurrence of every known heading in the letter, in text order. */
export function findHeadings(view: LetterView): FoundHeading[] {
  const found: FoundHeading[] = [];
  const seen = new Set<HeadingKey>();
  for (const candidate of view.plain.matchAll(ANY_HEADING)) {
    for (const key of HEADING_KEYS) {
      if (seen.has(key)) continue;
      const re = STICKY.get(key)!;
      re.lastIndex = candidate.index;
      const m = re.exec(view.plain);
      if (!m) continue;
      seen.add(key);
      const lead = /^[ \t]*/.exec(m[0])?.[0].length ?? 0;
      found.push({ key, kind: HEADINGS[key].kind, start: m.index + lead, end: m.index + m[0].length });
    }
    if (seen.size === HEADING_KEYS.length) break;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first found heading of the given names, or null. */
export function firstOf(found: readonly FoundHeading[], keys: readonly HeadingKey[]): FoundHeading | null {
  return found.find((h) => keys.includes(h.key)) ?? null;
}

/**
 * The words under a section heading: from the heading to the next title or section heading (labels
 * belong inside sections), or the text end.
 */
export function sectionAfter(view: LetterView, found: readonly FoundHeading[], heading: FoundHeading): { start: number; end: number } {
  const next = found.find((h) => h.start > heading.start && h.kind !== 'label');
  return { start: heading.end, end: next ? next.start : view.plain.length };
}
