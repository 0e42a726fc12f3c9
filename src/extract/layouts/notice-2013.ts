// The 2013 "Notice of Independent Medical Review Determination": "Dated: 9/26/2013" under the title,
// numbered outcome sentences ("1) MAXIMUS Federal Services, Inc. has determined the request for X is
// not medically necessary and appropriate."), the dates in a sentence under "INDEPENDENT MEDICAL
// REVIEW DECISION AND RATIONALE", "Medical Qualifications of the Expert Reviewer:", "Case Summary:",
// and per item "1) Regarding the request for X:" with its guideline and rationale labels.
import { STATED_BY_EVERY_LETTER, type LayoutDescription } from './layout.ts';

export const NOTICE_2013: LayoutDescription = {
  id: 'maximus-2013-notice',
  label: '2013, Notice of IMR Determination',
  states: [
    ...STATED_BY_EVERY_LETTER,
    'caseNumber',
    'decisionDate',
    'dateOfInjury',
    'dateAssigned',
    'urDenialDate',
    'applicationReceived',
    'claimsAdministratorGuideline',
  ],
  required: ['reviewDecisionAndRationale'],
  headings: [
    'noticeTitle',
    'reviewDecisionAndRationale',
    'expertQualifications',
    'caseSummary',
    'urGuidelineUsed',
    'reviewerGuidelineUsed',
    'rationaleUsed',
  ],
  headerTable: 'optional',
  summary: ['caseSummary'],
  credentials: ['expertQualifications'],
  items: ['reviewDecisionAndRationale'],
  itemStyles: ['numbered-outcomes'],
  parts: {
    claimsAdministratorGuideline: ['urGuidelineUsed'],
    reviewerGuideline: ['reviewerGuidelineUsed'],
    rationale: ['rationaleUsed'],
  },
};
