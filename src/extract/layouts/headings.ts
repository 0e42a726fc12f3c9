// Every heading and label any known IMR letter layout prints, by name. A layout description lists
// the names it uses; which of them a letter holds is how its layout is recognised, and a letter
// holding headings of two layouts is recognised as neither (its words are read by the general rules).
//
// - 'title' lines name the document and sit above the header, so they never end the header region;
// - 'section' headings divide the letter;
// - 'label' headings open a part of one disputed item.

/**
 * What the headings are found in: the letter's plain text (letter-view.ts's LetterView has it). Named
 * here, not imported, because the letter view finds page furniture, which asks this file what a
 * heading line is: importing the view back would make a cycle.
 */
export interface HeadingText {
  plain: string;
}

export type HeadingKind = 'title' | 'section' | 'label';

/**
 * A pattern matched at the start of a line (after spaces), in any case: later letters and other
 * producers print the same headings in title case or lower case.
 */
const at = (source: string) => new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${source})`, 'i');
/** The words of a heading pattern, without the line-start part `at` adds. */
const wordsOf = (re: RegExp) => re.source.slice(String.raw`(?<=^|\n)[ \t]*(?:`.length, -1);

/**
 * The section headings of the 2016-17 and early letters, with the wordings other producers use
 * ("HOW THE FINAL DETERMINATION WAS MADE", a bare "CASE SUMMARY" or "SUMMARY OF THE CASE" line,
 * "ISSUES, DECISIONS, AND RATIONALES", "DECISIONS AND RATIONALES"). "Case Summary:" with a colon is the 2013 letters' heading (caseSummary).
 */
export const SECTION_WORDS = {
  howMade: String.raw`HOW\s+THE\s+(?:IMR\s+)?(?:FINAL\s+)?DETERMINATION\s+WAS\s+MADE\b`,
  clinicalSummary: String.raw`(?:CLINICAL\s+CASE\s+SUMMARY\b|(?:(?:CLINICAL\s+|CASE\s+)SUMMARY|SUMMARY\s+OF\s+THE\s+CASE)[ \t]*(?=\n|$))`,
  issuesDecisions: String.raw`(?:IMR\s+)?(?:ISSUES?\s*,?\s+)?DECISIONS\s*,?\s+AND\s+RATIONALES\b`,
} as const;

/** The item labels of the ": Upheld" layouts, with their synonyms (each ends with its colon). */
export const LABEL_WORDS = {
  claimsGuideline: String.raw`(?:Claims\s+Administrator(?:'s)?\s+guidelines?|Guidelines?(?:\(s\))?\s+used\s+by\s+the\s+Claims\s+Administrator)\s*:`,
  maximusGuideline: String.raw`(?:MAXIMUS(?:'s)?\s+guidelines?|(?:Expert\s+)?Reviewer(?:'s)?\s+guidelines?|Guidelines?(?:\(s\))?\s+used\s+by\s+the\s+(?:expert\s+)?reviewer)\s*:`,
  decisionRationale: String.raw`(?:(?:Decision\s+)?rationale(?:\s+for\s+(?:the\s+)?decision)?|Reasons?\s+for\s+(?:the\s+)?decision)\s*:`,
} as const;

export const HEADINGS = {
  // 2016-17 and the early plain layout.
  howMade: { kind: 'section', re: at(SECTION_WORDS.howMade) },
  clinicalSummary: { kind: 'section', re: at(SECTION_WORDS.clinicalSummary) },
  issuesDecisions: { kind: 'section', re: at(SECTION_WORDS.issuesDecisions) },
  // Each item label in its synonyms: "Decision rationale:" is also "Rationale:", "Rationale for the
  // decision:" or "Reason for the decision:"; "MAXIMUS guideline:" also "Guideline used by the reviewer:".
  claimsGuideline: { kind: 'label', re: at(LABEL_WORDS.claimsGuideline) },
  maximusGuideline: { kind: 'label', re: at(LABEL_WORDS.maximusGuideline) },
  decisionRationale: { kind: 'label', re: at(LABEL_WORDS.decisionRationale) },
  // 2014-15.
  documentsReviewed: { kind: 'section', re: at(String.raw`DOCUMENTS\s+REVIEWED[ \t]*(?=\n|$)`) },
  decisionsRationales: { kind: 'section', re: at(String.raw`IMR\s+DECISION\(S\)\s+AND\s+RATIONALE\(S\)`) },
  // 2013 "Notice of Independent Medical Review Determination".
  noticeTitle: { kind: 'title', re: at(String.raw`Notice\s+of\s+Independent\s+Medical\s+Review\s+Determination\b`) },
  reviewDecisionAndRationale: { kind: 'section', re: at(String.raw`INDEPENDENT\s+MEDICAL\s+REVIEW\s+DECISION\s+AND\s+RATIONALE\b`) },
  expertQualifications: { kind: 'section', re: at(String.raw`Medical\s+Qualifications\s+of\s+the\s+Expert\s+Reviewer\s*:`) },
  /** "Case Summary:" (2013) and "CASE SUMMARY:" (Medical Professional Review); never "CLINICAL CASE SUMMARY". */
  caseSummary: { kind: 'section', re: at(String.raw`Case\s+Summary\s*:`) },
  urGuidelineUsed: {
    kind: 'label',
    re: at(String.raw`Medical\s+Treatment\s+Guideline\(s\)\s+Used\s+by\s+the\s+Claims\s+Administrator(?:\s*\(UR\))?\s*:`),
  },
  reviewerGuidelineUsed: {
    kind: 'label',
    re: at(String.raw`Medical\s+Treatment\s+Guideline\(s\)\s+Used\s+by\s+the\s+Expert\s+Reviewer\s*:`),
  },
  rationaleUsed: { kind: 'label', re: at(String.raw`Rationale\s+Used\s+by\s+the\s+Expert\s+Reviewer\s*:`) },
  // "MEDICAL PROFESSIONAL REVIEW".
  professionalReviewTitle: { kind: 'title', re: at(String.raw`MEDICAL\s+PROFESSIONAL\s+REVIEW[ \t]*(?=\n|$)`) },
  issueAtDispute: { kind: 'section', re: at(String.raw`ISSUES?\s+AT\s+DISPUTE\s*:`) },
  documentsForDetermination: { kind: 'section', re: at(String.raw`DOCUMENTS\s+REVIEWED\s+FOR\s+DETERMINATION\s*:`) },
  guidelinesReliedUpon: {
    kind: 'section',
    re: at(String.raw`MEDICAL\s+TREATMENT\s+GUIDELINE\(S\)\s+RELIED\s+UPON\s+BY\s+PROFESSIONAL\s+REVIEWER\s+AND\s+WHY\s*:`),
  },
  rationaleWhyNot: {
    kind: 'section',
    re: at(
      String.raw`RATIONALE\s+FOR\s+WHY\s+THE\s+REQUESTED\s+TREATMENT\s*\/\s*SERVICE\s+IS\s*\/\s*WAS\s+NOT\s+MEDICALLY\s+NECESSARY\s*:`,
    ),
  },
  reviewerQualifications: { kind: 'section', re: at(String.raw`MEDICAL\s+REVIEWER\s+QUALIFICATIONS\s*:`) },
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
const ANY_HEADING = new RegExp(String.raw`[ \t]*(?:${HEADING_KEYS.map((k) => wordsOf(HEADINGS[k].re)).join('|')})`, 'iy');

/** Offsets of the lines that open with a heading's words (tried at each line start: one sticky test a line). */
function* candidateLines(plain: string): Generator<number> {
  for (let pos = 0; pos <= plain.length;) {
    ANY_HEADING.lastIndex = pos;
    if (ANY_HEADING.test(plain)) yield pos;
    const nl = plain.indexOf('\n', pos);
    if (nl < 0) break;
    pos = nl + 1;
  }
}
const HEADING_AT_START = new RegExp(String.raw`^[ \t]*(?:${HEADING_KEYS.map((k) => wordsOf(HEADINGS[k].re)).join('|')})`, 'i');

const SECTION_AT_START = new RegExp(
  String.raw`^[ \t]*(?:${HEADING_KEYS.filter((k) => HEADINGS[k].kind === 'section')
    .map((k) => wordsOf(HEADINGS[k].re))
    .join('|')})`,
  'i',
);

/** Whether a line opens with a known section heading (which ends the letter's opening). */
export function isSectionHeadingLine(line: string): boolean {
  return SECTION_AT_START.test(line);
}

/** Whether a line opens with a known heading or label (which is never page furniture). */
export function isHeadingLine(line: string): boolean {
  return HEADING_AT_START.test(line);
}

/** The first occurrence of every known heading in the letter, in text order. */
export function findHeadings(view: HeadingText): FoundHeading[] {
  const found: FoundHeading[] = [];
  const seen = new Set<HeadingKey>();
  for (const candidate of candidateLines(view.plain)) {
    for (const key of HEADING_KEYS) {
      if (seen.has(key)) continue;
      const re = STICKY.get(key)!;
      re.lastIndex = candidate;
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
export function sectionAfter(view: HeadingText, found: readonly FoundHeading[], heading: FoundHeading): { start: number; end: number } {
  const next = found.find((h) => h.start > heading.start && h.kind !== 'label');
  return { start: heading.end, end: next ? next.start : view.plain.length };
}
