// The answer key of a sample letter: what a careful reader records from it, in the format of the
// corpus answer keys (the scorer's gold files). Both kinds of sample (samples/letters.ts and the
// earlier layouts in samples/layout-letters.ts) say what they hold; this is the one place that
// turns that into a key, so the two cannot drift apart.
import type { Category, DrugClass, Decision, Necessity, Sex } from '../extract/record.ts';

/** How a sample letter words its reviewer's credentials (defined here, below the samples that use it: no import cycle). */
export type SampleCredentials =
  | { wording: 'listed'; licensure: string[]; specialties: string[] }
  | { wording: 'board-certified'; specialty: string; subspecialty: string; licensure: string };

/** An item of a sample letter in an earlier layout. */
export interface LayoutSampleItem {
  request: string;
  decision: Decision;
  category: Category;
  /** Medication items only: the drug's class and whether it is compounded (../shared/corpus/drug-classes.md). */
  medication?: { drugClass: DrugClass; compounded: boolean };
  /** Null where the layout has no claims administrator guideline (Medical Professional Review). */
  claimsAdministratorGuideline: string | null;
  reviewerGuideline: string;
  rationale: string;
  necessity: Necessity;
}

/** An item as the key holds it: the earlier layouts' item (nullable guideline) with the original request. */
export type KeyedItem = LayoutSampleItem & { originalRequest: string | null };

export interface KeyedLetter {
  file: string;
  caseNumber: string | null;
  /** ISO dates, or null where the letter does not state them. */
  dateAssigned: string | null;
  dateOfInjury: string | null;
  decisionDate: string | null;
  urDenialDate: string | null;
  applicationReceived: string | null;
  priority: string | null;
  credentials: SampleCredentials;
  age: number;
  sex: Sex;
  diagnoses: string[];
  items: KeyedItem[];
  notes: string;
}

/** The key, its fields in the order of the corpus keys. */
export function answerKeyOf(l: KeyedLetter) {
  const c = l.credentials;
  return {
    file: l.file,
    caseNumber: l.caseNumber,
    dateAssigned: l.dateAssigned,
    dateOfInjury: l.dateOfInjury,
    decisionDate: l.decisionDate,
    urDenialDate: l.urDenialDate,
    applicationReceived: l.applicationReceived,
    priority: l.priority,
    licensure: c.wording === 'listed' ? c.licensure : [c.licensure],
    specialties: c.wording === 'listed' ? c.specialties : [c.specialty, c.subspecialty],
    age: l.age,
    sex: l.sex,
    diagnoses: l.diagnoses,
    items: l.items.map((item) => ({
      request: item.request,
      originalRequest: item.originalRequest,
      decision: item.decision,
      category: item.category,
      // Medication items only, as the corpus keys hold them.
      ...(item.medication ?? {}),
      claimsAdministratorGuideline: item.claimsAdministratorGuideline,
      reviewerGuideline: item.reviewerGuideline,
      // The rationale is long; the key holds its two ends, as the corpus keys do.
      rationaleStart: item.rationale.slice(0, 60),
      rationaleEnd: item.rationale.slice(-60),
      necessity: item.necessity,
    })),
    notes: l.notes,
  };
}
