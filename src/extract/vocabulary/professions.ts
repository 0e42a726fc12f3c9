// Who a referral, consultation or transfer of care sends the worker to. A profession with its own
// kind of care gives the item that kind (a referral to a chiropractor is chiropractic); a physician
// of any specialty, surgeons included, makes it a consultation (a surgeon's evaluation of whether to
// operate is not the operation).
import type { Category } from '../record.ts';

/** Professions whose care is its own category, each with that category. */
export const CARE_PROFESSIONS: readonly (readonly [Category, readonly string[]])[] = [
  ['chiropractic', ['chiropractor', 'chiropractic', 'chiro']],
  ['physical therapy', ['physical therapist', 'physical therapy', 'physiotherapist', 'occupational therapist', 'hand therapist']],
  ['acupuncture', ['acupuncturist', 'acupuncture']],
  [
    'psychological',
    [
      'psychologist',
      'psychiatrist',
      'psychotherapist',
      'psychiatry',
      'psychology',
      'psychological',
      'psychiatric',
      'counselor',
      'therapist for depression',
      'behavioral health',
      'mental health',
    ],
  ],
  ['home health', ['nurse', 'nursing', 'home health', 'caregiver']],
];

/** Physicians by specialty: a visit to any of them is a consultation. */
export const PHYSICIAN_TERMS = [
  'physician',
  'doctor',
  'specialist',
  'surgeon',
  'orthopedist',
  'orthopaedist',
  'orthopedic*',
  'orthopaedic*',
  'neurosurgeon',
  'neurosurg*',
  'neurologist',
  'neurology',
  'physiatrist',
  'physiatry',
  'rheumatologist',
  'rheumatology',
  'internist',
  'internal medicine',
  'pain management',
  'pain medicine',
  'pain specialist',
  'anesthesiologist',
  'podiatrist',
  'podiatry',
  'dentist',
  'dental',
  'ophthalmologist',
  'optometrist',
  'otolaryngologist',
  'ENT',
  'cardiologist',
  'gastroenterologist',
  'urologist',
  'endocrinologist',
  'pulmonologist',
  'dermatologist',
  'hematologist',
  'toxicologist',
  'addiction medicine',
  'sleep medicine',
  'occupational medicine',
  'primary care',
  'general practitioner',
  'hand surgeon',
  'spine surgeon',
  'vascular surgeon',
  'plastic surgeon',
] as const;

/** What a physician visit is called. */
export const VISIT_TERMS = [
  'consult*',
  'referral',
  'refer',
  'transfer of care',
  'second opinion',
  'evaluation',
  're-evaluation',
  'reevaluation',
  'assessment',
  'evaluation and management',
  'office visit',
  'follow-up visit',
  'follow-up',
  'followup',
  'visit',
  'appointment',
  'exam',
  'examination',
  're-examination',
  'clearance',
  'medical clearance',
  'medication management',
  'pharmacological management',
  'medication monitoring',
] as const;

/** The surgery word in a visit to a surgeon: "orthopedic surgical consultation", "spine surgery evaluation". */
export const SURGEON_VISIT =
  /\b(?:(?:orthopa?edic|spine|spinal|hand|foot|shoulder|knee|general|plastic|vascular|neuro)[\s-]+)?(?:surgeon|surgical|surgery)(?:'s)?[\s-]+(?:consult\w*|evaluation|re-?evaluation|referral|opinion|visit|follow[\s-]?up|appointment|assessment|exam\w*)\b|\bneurosurg\w*[\s-]+(?:consult\w*|evaluation|referral|opinion|visit|follow[\s-]?up)\b/i;
