// The known layouts, how a letter is matched to one, and the description the general rules use for
// a letter that matches none. Adding a layout: write its module (its headings, how its items are
// written, the fields it states) and list it in KNOWN_LAYOUTS.
import type { LetterView } from '../letter-view.ts';
import type { FoundHeading, HeadingKey } from './headings.ts';
import type { LayoutDescription } from './layout.ts';
import { HEADER_TABLE_2016 } from './header-table-2016.ts';
import { EARLY_PLAIN } from './early-plain.ts';
import { DECISIONS_2014 } from './decisions-2014.ts';
import { NOTICE_2013 } from './notice-2013.ts';
import { PROFESSIONAL_REVIEW } from './professional-review.ts';

export type { LayoutDescription } from './layout.ts';

export const KNOWN_LAYOUTS: readonly LayoutDescription[] = [
  HEADER_TABLE_2016,
  EARLY_PLAIN,
  DECISIONS_2014,
  NOTICE_2013,
  PROFESSIONAL_REVIEW,
];

export const LAYOUT_UNKNOWN = 'unknown';

/**
 * What the general rules read in a letter of no known layout: every heading and label any layout
 * uses, every way of writing items (and every field the catalogue says some layout states is reported when not found).
 */
export const GENERAL_RULES: LayoutDescription = {
  id: LAYOUT_UNKNOWN,
  label: 'Not recognised',
  // Not a layout's own list: a letter of no known layout is checked for every field some layout states (field-catalogue.ts statedIn).
  states: [],
  required: [],
  headings: [],
  headerTable: 'optional',
  summary: ['clinicalSummary', 'caseSummary'],
  credentials: ['expertQualifications', 'reviewerQualifications'],
  items: ['issuesDecisions', 'decisionsRationales', 'reviewDecisionAndRationale'],
  itemStyles: ['decision-headings', 'numbered-outcomes', 'single-issue'],
  parts: {
    claimsAdministratorGuideline: ['claimsGuideline', 'urGuidelineUsed'],
    reviewerGuideline: ['maximusGuideline', 'reviewerGuidelineUsed', 'guidelinesReliedUpon'],
    rationale: ['decisionRationale', 'rationaleUsed', 'rationaleWhyNot'],
  },
  issue: 'issueAtDispute',
};

export const LAYOUT_RECOGNISED_NOT = 'Layout not recognised: the letter was read by the general rules, so check every value.';

/**
 * The one known layout whose required headings are all present, whose header table is as it should
 * be, and which explains every heading found (headings of another layout mixed in match none).
 */
export function recogniseLayout(found: readonly FoundHeading[], hasHeaderTable: boolean): LayoutDescription | null {
  const keys = new Set<HeadingKey>(found.map((h) => h.key));
  const matches = KNOWN_LAYOUTS.filter(
    (l) =>
      l.required.every((k) => keys.has(k)) &&
      [...keys].every((k) => l.headings.includes(k)) &&
      (l.headerTable === 'optional' || (l.headerTable === 'required') === hasHeaderTable),
  );
  return matches.length === 1 ? matches[0]! : null;
}

const NAMES_IMR = /\bMAXIMUS\b|\bIndependent\s+Medical\s+Review\b|\bCM\d{2}-\d{7}\b/i;

/**
 * An IMR letter names MAXIMUS or Independent Medical Review, carries a case number, or has any known
 * heading; anything else is another kind of document.
 */
export function isImrLetter(view: LetterView, found: readonly FoundHeading[]): boolean {
  return found.length > 0 || NAMES_IMR.test(view.plain);
}

/** The human name of a layout id (an id no description knows is shown as it is). Read from the list each time, so a layout listed later is named too. */
export function layoutLabel(id: string): string {
  return (id === GENERAL_RULES.id ? GENERAL_RULES : KNOWN_LAYOUTS.find((l) => l.id === id))?.label ?? id;
}
