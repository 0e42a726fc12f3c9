// The 2016-17 layout: a "Case Number: / Date Assigned: / ..." header table, then "HOW THE IMR FINAL
// DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY" and "IMR ISSUES, DECISIONS AND RATIONALES" with
// one "<request>: Upheld" heading per item.
import { STATED_BY_EVERY_LETTER, type LayoutDescription } from './layout.ts';

export const HEADER_TABLE_2016: LayoutDescription = {
  id: 'maximus-2016-header-table',
  label: '2016–17, header table',
  states: [
    ...STATED_BY_EVERY_LETTER,
    'caseNumber',
    'decisionDate',
    'dateOfInjury',
    'priority',
    'dateAssigned',
    'urDenialDate',
    'applicationReceived',
    'claimsAdministratorGuideline',
  ],
  required: ['howMade'],
  headings: ['howMade', 'clinicalSummary', 'caseSummary', 'issuesDecisions', 'claimsGuideline', 'maximusGuideline', 'decisionRationale'],
  headerTable: 'required',
  summary: ['clinicalSummary', 'caseSummary'],
  credentials: [],
  items: ['issuesDecisions'],
  itemStyles: ['decision-headings'],
  parts: {},
};
