// The "MEDICAL PROFESSIONAL REVIEW" layout: one disputed issue set out in sections ("ISSUE AT DISPUTE:",
// "CASE SUMMARY:", "DOCUMENTS REVIEWED FOR DETERMINATION:", the guidelines relied upon, the rationale,
// "MEDICAL REVIEWER QUALIFICATIONS:"). It states no header dates, no priority and no claims
// administrator guideline: those are null by design and not reported missing (the field catalogue,
// field-catalogue.ts, lists the layouts that state each field).
import { STATED_BY_EVERY_LETTER, type LayoutDescription } from './layout.ts';

export const PROFESSIONAL_REVIEW: LayoutDescription = {
  id: 'medical-professional-review',
  label: 'Medical Professional Review',
  states: [...STATED_BY_EVERY_LETTER],
  required: ['issueAtDispute'],
  headings: [
    'professionalReviewTitle',
    'issueAtDispute',
    'caseSummary',
    'documentsForDetermination',
    'guidelinesReliedUpon',
    'rationaleWhyNot',
    'reviewerQualifications',
  ],
  headerTable: 'optional',
  summary: ['caseSummary'],
  credentials: ['reviewerQualifications'],
  items: ['issueAtDispute'],
  itemStyles: ['single-issue'],
  parts: { reviewerGuideline: ['guidelinesReliedUpon'], rationale: ['rationaleWhyNot'] },
  issue: 'issueAtDispute',
};
