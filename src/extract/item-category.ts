// The category of a disputed item, from the words of its request. A request names its kind first
// ("Follow-up visit ... to reassess the response to injection" is a visit, not an injection), so the
// rule that matches earliest in the request wins. Where rules match at the same place, the order of
// the table decides: more specific kinds come before the general ones they overlap (an "epidural
// steroid injection" is an injection, not a medication).
import type { Category, Field, Item } from './record.ts';
import { valueField } from './spans.ts';

export const CATEGORY_RULES: readonly (readonly [Category, RegExp])[] = [
  [
    'injection',
    /\binject|\binjections?\b|\bblocks?\b|\bepidural\b|\bESI\b|\bbotox\b|\bbotulinum\b|platelet[- ]rich|\bPRP\b|neurolytic|\bradiofrequency\b|\brhizotomy\b|\bablation\b|\bviscosupplement|\bsynvisc\b|\bcortisone\b/i,
  ],
  [
    'imaging',
    /\bMRI'?s?\b|\bMRA\b|\bMR\s+arthrogram|\barthrogram|\bCT\b|\bCAT\s+scan|computed\s+tomography|magnetic\s+resonance|\bx-?rays?\b|\bradiograph|\bbone\s+scan|\bimaging\b|\bmyelogram|\bDEXA\b/i,
  ],
  [
    'diagnostic test',
    /\bEMG\b|\bNCS\b|\bNCV\b|nerve\s+conduction|electromyograph|electrodiagnostic|\burine\s+(?:drug|toxicology)|\bdrug\s+(?:screen|test)|\btoxicology\b|\blab(?:oratory)?\s+(?:test|work|panel)|\bblood\s+(?:test|work|panel)|\bsleep\s+study|\bpolysomnogra|\bfunctional\s+capacity\s+evaluation|\bFCE\b|\bgenetic\s+test|\bECG\b|\bEKG\b/i,
  ],
  ['chiropractic', /\bchiro|\bmanipulation\b|\bchiropract/i],
  ['acupuncture', /\bacupuncture|\belectroacupuncture/i],
  [
    'psychological',
    /\bpsych|\bcognitive\s+behavio|\bCBT\b|\bbiofeedback\b|\bcounsel|\bpartial\s+hospitali[sz]ation|\bfunctional\s+restoration|\bbehavioral/i,
  ],
  ['home health', /\bhome\s+(?:health|aide|care|assistan|nursing)|\bnursing\s+(?:care|facility)|\bcaregiver|\bhousekeep/i],
  // Passive modalities given in sessions ("Ultrasound 1 times 8") belong with physical therapy.
  [
    'physical therapy',
    /\bphysical\s+therap|\bphysiotherap|\bPT\b|\boccupational\s+therap|\bhand\s+therap|\baqua(?:tic)?\s+therap|\bwork\s+(?:hardening|conditioning)|\bmassage|\belectrical\s+stimulation|\bultrasound\b|\bphysical\s+exam\b.*\b\d+\s+times\b|\btherap(?:y|ies)\b.*\bsessions?\b/i,
  ],
  [
    'durable medical equipment',
    /\bTENS\b|\bbrace[sd]?\b|\bpillow|\bsupport\b|\bcryotherap|\bcold\s+therapy|\bunit\b|\bworkstation|\bcane\b|\bwalker\b|\bwheelchair|\borthotic|\bsplint|\bcushion|\bmattress|\bcollar\b|\bsling\b|\bcrutch|\bshoes?\b|\binserts?\b|\bcompression\s+(?:stocking|garment)|\bice\b|\bheat\s+pad|\bequipment\b|\bbed\b/i,
  ],
  [
    'surgery',
    /\bsurg|\barthroscop|\brepair\b|\bfusion\b|(?:ectomy|otomy|plasty)\b|\bdecompression\b|\brelease\b|\breplacement\b|\barthroplasty|\bPA\s+assist|\bassistant\s+surgeon|\bsurgical\s+assist|\breconstruction|\bdebridement/i,
  ],
  [
    'consultation',
    /\bconsult|\breferral\b|\bevaluation\b|\bclearance\b|\bexam\b|\bexamination\b|\boffice\s+visits?\b|\bfollow[- ]?up\b|\bspecialist\b|\bre-?evaluation\b/i,
  ],
  [
    'medication',
    /\d\s*%|\d\s*(?:mg|mcg|ml|g|gm|grams?)\b|\d(?:mg|mcg|ml)\b|#\s*\d|\btablets?\b|\bcapsules?\b|\bcream\b|\bointment\b|\bgel\b|\bpatch(?:es)?\b|\brefills?\b|\boral\s+suspension|\bmedication|\bcompound/i,
  ],
];

/**
 * "Referral to a chiropractor", "Consultation with physical therapy": a referral names the kind of
 * care it sends the worker to, and that kind wins over the referral itself.
 */
const REFERRAL_TARGET =
  /\b(?:referral|refer|consult(?:ation)?|evaluation)\s+(?:to|with|by|for)\s+(?:an?\s+|the\s+)?([\w-]+(?:\s+[\w-]+)?)/i;

/** "Associated surgical service:" names a service that comes with a surgery; its kind is the rest. */
const ASSOCIATED_SERVICE = /^\s*Associated\s+surgical\s+service\s*:\s*/i;

export function categorize(request: string): Category {
  const words = request.replace(ASSOCIATED_SERVICE, '');
  let best: { category: Category; at: number } | null = null;
  for (const [category, pattern] of CATEGORY_RULES) {
    const at = words.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { category, at };
  }
  if (best?.category === 'consultation') {
    const target = REFERRAL_TARGET.exec(words.slice(best.at))?.[1];
    const kind = target ? CATEGORY_RULES.find(([category, pattern]) => category !== 'consultation' && pattern.test(target)) : undefined;
    if (kind) return kind[0];
  }
  return best?.category ?? 'other';
}

export function readCategory(request: Item['request']): Field<Category> {
  if (request.value === null) return valueField<Category>(null, []);
  return valueField(categorize(request.value), request.spans);
}
