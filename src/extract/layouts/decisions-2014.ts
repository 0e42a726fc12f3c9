// The 2014-15 layout: "MAXIMUS FEDERAL SERVICES, INC." / "Independent Medical Review" above a header
// with the case number and the UR denial date, then "HOW THE IMR FINAL DETERMINATION WAS MADE",
// "DOCUMENTS REVIEWED" (a section later letters dropped), "CLINICAL CASE SUMMARY" and
// "IMR DECISION(S) AND RATIONALE(S)". Items are "<request>: Upheld" headings, or numbered outcome
// sentences ("1. X is not medically necessary and appropriate."), each followed by the same three labels.
import { STATED_BY_EVERY_LETTER, type LayoutDescription } from './layout.ts';

export const DECISIONS_2014: LayoutDescription = {
  id: 'maximus-2014-decisions',
  label: '2014–15, IMR decision(s)',
  states: [...STATED_BY_EVERY_LETTER, 'caseNumber', 'dateOfInjury', 'urDenialDate', 'claimsAdministratorGuideline'],
  required: ['decisionsRationales'],
  headings: [
    'howMade',
    'documentsReviewed',
    'clinicalSummary',
    'caseSummary',
    'decisionsRationales',
    'claimsGuideline',
    'maximusGuideline',
    'decisionRationale',
  ],
  headerTable: 'optional',
  summary: ['clinicalSummary', 'caseSummary'],
  credentials: [],
  items: ['decisionsRationales'],
  itemStyles: ['decision-headings', 'numbered-outcomes'],
  parts: {
    claimsAdministratorGuideline: ['claimsGuideline'],
    reviewerGuideline: ['maximusGuideline'],
    rationale: ['decisionRationale'],
  },
};
