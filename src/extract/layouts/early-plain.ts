// The early plain layout of the seed letters: the sections of the 2016-17 letters without the header
// table, so the case number, header dates and priority are absent by design, not missed.
import { STATED_BY_EVERY_LETTER, type LayoutDescription } from './layout.ts';

export const EARLY_PLAIN: LayoutDescription = {
  id: 'maximus-early-no-header',
  label: 'Early, no header table',
  states: [...STATED_BY_EVERY_LETTER, 'dateOfInjury', 'claimsAdministratorGuideline'],
  required: ['howMade', 'issuesDecisions'],
  headings: ['howMade', 'clinicalSummary', 'caseSummary', 'issuesDecisions', 'claimsGuideline', 'maximusGuideline', 'decisionRationale'],
  headerTable: 'absent',
  summary: ['clinicalSummary', 'caseSummary'],
  credentials: [],
  items: ['issuesDecisions'],
  itemStyles: ['decision-headings'],
  parts: {},
};
