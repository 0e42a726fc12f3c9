// The rules of item-category.ts: for each kind of care, the words of a request that name it (or only
// hint at it), in the order that settles two kinds named at the same place (the more specific first).
// Written from what the words mean (../shared/corpus/categories.md), with the vocabularies beside them.
import type { Category } from './record.ts';
import { anyAbbreviation, anyEnding, anyTerm } from './vocabulary/word-list.ts';
import { DOSE_FORM, DRUG_CLASS_ABBREVIATIONS, DRUG_CLASS_TERMS, DRUG_NAMES, GENERIC_STEMS } from './vocabulary/drug-names.ts';
import {
  LAB_TEST_ABBREVIATIONS,
  LAB_TEST_TERMS,
  PHYSIOLOGICAL_TEST_ABBREVIATIONS,
  PHYSIOLOGICAL_TEST_TERMS,
  PROTHROMBIN_TIME,
} from './vocabulary/lab-tests.ts';
import { EQUIPMENT_ABBREVIATIONS, EQUIPMENT_TERMS } from './vocabulary/equipment.ts';
import { MODALITY_TERMS, THERAPY_ABBREVIATION, THERAPY_HINTS, THERAPY_TERMS } from './vocabulary/therapy-modalities.ts';
import { SURGEON_VISIT, VISIT_TERMS } from './vocabulary/professions.ts';
import { OTHER_SERVICE_TERMS } from './vocabulary/other-services.ts';
import { CLASS_VOCABULARIES, OTHER_NAMES, TOPICAL_NAMES } from './vocabulary/drug-classes.ts';

export interface Rule {
  category: Category;
  patterns: readonly RegExp[];
  /** Words that hint at the kind without naming it; they decide only when nothing names a kind. */
  weak?: boolean;
  /** A hint that still speaks before the guideline citations (the request's own words about the care). */
  beforeCitations?: boolean;
}

const DRUG_NAME = [
  anyTerm(DRUG_CLASS_TERMS),
  anyAbbreviation(DRUG_CLASS_ABBREVIATIONS),
  anyTerm([...DRUG_NAMES, ...TOPICAL_NAMES, ...OTHER_NAMES, ...CLASS_VOCABULARIES.flatMap((v) => v.names)]),
  anyEnding([...GENERIC_STEMS, ...CLASS_VOCABULARIES.flatMap((v) => v.stems)]),
];
const INJECTION =
  /\binject|\bepidural\b|\bESI\b|\bblocks?\b|\bbotox\b|\bbotulinum\b|platelet[- ]rich|\bPRP\b|neurolytic|\bradiofrequency\b|\brhizotomy\b|\bablation\b|\bviscosupplement|\bsynvisc\b|\bcortisone\b|\bprolotherapy\b|\binfusions?\b|\bintramuscular/i;

const BARE_ULTRASOUND = /\bultrasound\b(?![\s-]*(?:therap|treatment|guid))/i;

export const RULES: readonly Rule[] = [
  // A visit to a surgeon, or to manage medications, before the words "surgery" and "medication".
  {
    category: 'consultation',
    patterns: [
      SURGEON_VISIT,
      /\b(?:medication|pharmacologic(?:al)?)\s+management\b|\bPM\s*&\s*R\b|\bphysical\s+medicine\s+(?:and|&)\s+rehab/i,
    ],
  },
  { category: 'other', patterns: [anyTerm(OTHER_SERVICE_TERMS)] },
  { category: 'injection', patterns: [INJECTION, /\bIM\b/] },
  {
    category: 'diagnostic test',
    patterns: [
      PROTHROMBIN_TIME,
      anyTerm(LAB_TEST_TERMS),
      anyAbbreviation(LAB_TEST_ABBREVIATIONS),
      anyTerm(PHYSIOLOGICAL_TEST_TERMS),
      anyAbbreviation(PHYSIOLOGICAL_TEST_ABBREVIATIONS),
    ],
  },
  {
    category: 'imaging',
    patterns: [
      /\bMRI'?s?\b|\bMRA\b|\bMR\s+arthrogram|\barthrogram|\bCT\b|\bCAT\s+scan|computed\s+tomography|magnetic\s+resonance|\bx-?rays?\b|\bradiograph|\bbone\s+scan|\bimaging\b|\bmyelogram|\bdiscogram|\bDEXA\b|\bbone\s+density|\bPET\b|\bSPECT\b|\bfluoroscop|\bsonogra|\bDoppler|\bduplex\s+(?:scan|study|ultrasound)|\bdiagnostic\s+ultrasound|\bfilms\b|\bflexion[\s/-]+extension\s+(?:views|films|x-?rays?)|\bultrasound\s+(?:of|study|scan|exam\w*|imaging)\b|\b(?:AP|PA|lateral|oblique|standing|weight[- ]bearing|sunrise|merchant|open[- ]mouth|scaphoid)\s+views?\b|\bduplex\b|\bvenous\s+doppler|\b(?:veno|arterio|angio|epiduro)gra/i,
    ],
  },
  { category: 'chiropractic', patterns: [/\bchiro|\bmanipulat(?:ion|ive)\b(?!\s+under)|\bchiropract/i] },
  { category: 'acupuncture', patterns: [/\bacupunct|\belectroacupunct|\bdry\s+needling/i] },
  {
    category: 'psychological',
    patterns: [
      /\b(?:neuro)?psych|\bcognitive\s+(?:behavio|therap|rehabilitation|retraining|remediation)|\brelaxation\s+(?:training|therapy|techniques)|\bgroup\s+(?:therapy|counsel)|\btherap(?:y|ies)\s+for\s+(?:depression|anxiety|PTSD|post-?traumatic|stress)|\b(?:stress|anger)\s+management|\bmindfulness|\bpain\s+coping|\bCBT\b|\bbiofeedback\b|\bcounsel|\bpartial\s+hospitali[sz]ation|\bfunctional\s+restoration|\bbehavioral|\bhypno|\b(?:inter|multi)disciplinary\s+(?:pain|rehabilitation|program)|\bchronic\s+pain\s+program/i,
    ],
  },
  {
    category: 'home health',
    patterns: [
      /\bhome\s+(?:health|aide|care|assistan|nursing|attendant)|\bin[- ]home\s+(?:care|services?|support|assistan|aide)|\bnursing\s+(?:care|facility|services?|visits?)|\b(?:nurses?|RN|LVN|LPN)\b|\bskilled\s+nursing|\bwound\s+care|\bcaregiver|\battendant\s+care|\bhousekeep|\bhomemaker|\bchore\s+services?/i,
    ],
  },
  { category: 'durable medical equipment', patterns: [anyTerm(EQUIPMENT_TERMS), anyAbbreviation(EQUIPMENT_ABBREVIATIONS)] },
  {
    category: 'physical therapy',
    patterns: [anyTerm(THERAPY_TERMS), THERAPY_ABBREVIATION, /\bphysical\s+exam\b.*\b\d+\s+times\b/i],
  },
  {
    category: 'surgery',
    patterns: [
      /(?<!\b(?:post|pre)[-\s]?)\bsurg|\barthroscop|\brepair\b|\bfusion\b|\w(?:ectomy|otomy|ostomy|plasty|pexy|desis)\b|\bdecompression\b(?!\s+(?:therapy|unit|table))|(?<!\b(?:myofascial|active|trigger\s+point)\s+)\brelease\b|\breplacement\b|\barthroplasty|\bPA\s+assist|\bassistant\s+surgeon|\bco-?surgeon|\bsurgical\s+assist|\breconstruction|\bdebridement|\bORIF\b|\binternal\s+fixation|\bexcision\b|\bmanipulation\s+under\s+anesthesia|\bMUA\b|\bhardware\s+removal|\bremoval\s+of\s+(?:the\s+)?hardware|\bimplantation\b|\b(?:spinal\s+cord|dorsal\s+column)\s+stimulat|\bintrathecal\s+(?:pump|drug\s+delivery)|\bpain\s+pump|\brevision\b|\b(?:ACDF|ALIF|PLIF|TLIF|XLIF|OLIF)\b|\bhardware\b|\btotal\s+(?:hip|knee|shoulder|ankle|elbow|joint)\b/i,
    ],
  },
  { category: 'consultation', patterns: [anyTerm(VISIT_TERMS.filter((t) => !/^(?:visit|appointment|assessment)$/.test(t)))] },
  { category: 'medication', patterns: DRUG_NAME },
  // Hints only: a dose or form, a modality, a visit, a course of "therapy ... sessions".
  { category: 'medication', patterns: [DOSE_FORM], weak: true },
  // A modality a therapist gives ("infrared heat", "traction") is named in the request itself: it speaks
  // before the guideline cited (a reviewer may cite the acupuncture guidelines for heat), though not
  // before a word that names a kind outright ("infrared acupuncture", "a traction unit").
  { category: 'physical therapy', patterns: [anyTerm(MODALITY_TERMS)], weak: true, beforeCitations: true },
  // "Ultrasound, right shoulder" is a picture, "ultrasound 2 times 4" a modality (kindNamedIn): a hint either way.
  { category: 'imaging', patterns: [BARE_ULTRASOUND], weak: true },
  { category: 'physical therapy', patterns: [anyTerm(THERAPY_HINTS), /\btherap(?:y|ies)\b.*\bsessions?\b/i], weak: true },
  { category: 'consultation', patterns: [/\b(?:visits?|appointments?|assessments?)\b/i], weak: true },
];

/** A course of sessions, and the words of a thing the worker keeps. */
export const SESSIONS =
  /\bsessions?\b|\bvisits?\b|\btreatments\b|\bin[- ](?:clinic|office)\b|\b(?:times?|x)\s*(?:a|per)\s+week\b|\b\d+\s*(?:x|times?)\s*\d+\b|\b(?:twice|once)\s+(?:a|per)\s+week\b|\bweekly\b/i;
export const OWNED = /\b(?:purchase|rental|rent|unit|device|machine|home|supplies|durable)\b/i;
