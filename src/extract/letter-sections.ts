// The section headings of the 2016-17 and early letters, as offsets (used by the rules' own tests),
// and the line test that keeps values from running into any section heading. Which layout a letter
// follows, and whether it is an IMR letter at all, is decided in layouts/.
import type { LetterView } from './letter-view.ts';
import { lineEndAt } from './letter-view.ts';
import { SECTION_WORDS } from './layouts/headings.ts';

export interface LetterSections {
  /** Start of the "HOW THE IMR FINAL DETERMINATION WAS MADE" heading, or -1. */
  howMade: number;
  /** End of the "CLINICAL CASE SUMMARY" heading line, or -1. */
  summaryStart: number;
  /** Start of the "IMR ISSUES, DECISIONS AND RATIONALES" heading, or -1. */
  decisionsHeading: number;
  /** Where the disputed items begin: after the decisions heading line. */
  itemsStart: number;
  /** Offset where the header table ends (start of the first section heading) — the header region. */
  headerEnd: number;
}

const HOW_MADE = new RegExp(String.raw`(?<=^|\n)[ \t]*${SECTION_WORDS.howMade}`, 'i');
const SUMMARY = new RegExp(String.raw`(?<=^|\n)[ \t]*${SECTION_WORDS.clinicalSummary}`, 'i');
const DECISIONS = new RegExp(String.raw`(?<=^|\n)[ \t]*${SECTION_WORDS.issuesDecisions}`, 'i');

/** A line holding one of the section headings (used to stop values that would run into them). */
export const SECTION_HEADING_LINE = new RegExp(
  String.raw`^[ \t]*(?:${SECTION_WORDS.howMade}|${SECTION_WORDS.clinicalSummary}|${SECTION_WORDS.issuesDecisions}|IMR\s+DECISION\(S\)\s+AND|DOCUMENTS\s+REVIEWED|INDEPENDENT\s+MEDICAL\s+REVIEW\s+DECISION)`,
  'i',
);

function indexOf(re: RegExp, s: string, from = 0): number {
  const m = re.exec(s.slice(from));
  return m ? from + m.index : -1;
}

export function findSections(view: LetterView): LetterSections {
  const { plain } = view;
  const howMade = indexOf(HOW_MADE, plain);
  const summaryHeading = indexOf(SUMMARY, plain);
  const decisionsHeading = indexOf(DECISIONS, plain);
  let itemsStart = 0;
  // The one-line introduction under the heading ends with ':' and so never joins the first item heading.
  if (decisionsHeading >= 0) itemsStart = lineEndAt(plain, decisionsHeading);
  const firstHeading = [howMade, summaryHeading, decisionsHeading].filter((i) => i >= 0);
  return {
    howMade,
    summaryStart: summaryHeading >= 0 ? lineEndAt(plain, summaryHeading) : -1,
    decisionsHeading,
    itemsStart,
    headerEnd: firstHeading.length ? Math.min(...firstHeading) : Math.min(plain.length, 2000),
  };
}
