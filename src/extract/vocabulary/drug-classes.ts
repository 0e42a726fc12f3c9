// What kind of drug a medication item asks for (../shared/corpus/drug-classes.md defines the classes),
// written from pharmacology, not from any letter: for each class its generic names (and the stems a
// whole class shares: oxy-codone, hydro-morphone, ibu-profen, panto-prazole, alpra-zolam), its brand
// names, and the words that name the class itself ("an NSAID", "muscle relaxants"). Terms use the
// notation of word-list.ts. A drug nobody has named here still has its class's stem.
import type { DrugClass } from '../record.ts';

export interface ClassVocabulary {
  drugClass: DrugClass;
  /** Generic and brand names, and coined names of products whose active drug is of this class. */
  names: readonly string[];
  /** Endings of the generic names of the class (matched after at least three letters). */
  stems: readonly string[];
  /** Words naming the class itself: in a guideline section, a rationale's "is a ...". */
  classWords: readonly string[];
}

// In the order a combination is decided: it takes the class of its strongest member
// (hydrocodone/ibuprofen is an opioid, orphenadrine/aspirin a muscle relaxant, naproxen/esomeprazole an NSAID).
// prettier-ignore
export const CLASS_VOCABULARIES: readonly ClassVocabulary[] = [
  {
    drugClass: 'opioid',
    names: [
      'tramadol', 'tapentadol', 'codeine', 'fentanyl', 'methadone', 'meperidine', 'levorphanol', 'pentazocine',
      'butorphanol', 'nalbuphine', 'propoxyphene', 'opium', 'buprenorphine', 'morphine', 'oxycodone', 'hydrocodone',
      'Norco', 'Vicodin', 'Lortab', 'Lorcet', 'Xodol', 'Zydone', 'Hycet', 'Verdrocet', 'Percocet', 'Endocet', 'Roxicet',
      'Roxicodone', 'OxyContin', 'Oxaydo', 'RoxyBond', 'Xtampza', 'Xartemis', 'Percodan', 'Opana', 'Dilaudid', 'Exalgo',
      'Nucynta', 'Ultram', 'Ultracet', 'Ryzolt', 'Conzip', 'Butrans', 'Belbuca', 'Suboxone', 'Subutex', 'Zubsolv',
      'Duragesic', 'MS Contin', 'Kadian', 'Avinza', 'Embeda', 'Arymo', 'Morphabond', 'Hysingla', 'Zohydro',
      'Vicoprofen', 'Apadaz', 'benzhydrocodone', 'Reprexain', 'Ibudone', 'Demerol', 'Dolophine', 'Methadose', 'Talwin', 'Trezix',
      'Tylenol with codeine', 'Tylenol #3', 'Tylenol #4', 'Tylenol No. 3', 'Tylenol No. 4', 'Tylenol 3', 'Tylenol 4',
      // a compounded oral suspension of tramadol sold as a kit
      'Synapryn',
    ],
    stems: ['codone', 'morphone', 'orphine'],
    classWords: ['opioid*', 'opiate*', 'narcotic*'],
  },
  {
    drugClass: 'muscle relaxant',
    names: [
      'cyclobenzaprine', 'tizanidine', 'baclofen', 'metaxalone', 'orphenadrine', 'methocarbamol', 'carisoprodol',
      'chlorzoxazone', 'dantrolene',
      'Flexeril', 'Amrix', 'Fexmid', 'Zanaflex', 'Robaxin', 'Skelaxin', 'Metaxall', 'Soma', 'Norflex', 'Norgesic',
      'Orphengesic', 'Lioresal', 'Gablofen', 'Ozobax', 'Lorzone', 'Parafon Forte', 'Dantrium',
      // a compounded oral suspension of cyclobenzaprine sold as a kit
      'Tabradol',
    ],
    stems: ['benzaprine', 'carbamol', 'prodol', 'zoxazone'],
    classWords: ['muscle relaxant*', 'skeletal muscle relaxant*', 'antispasmodic*', 'antispasticity drug*', 'antispasticity agent*'],
  },
  {
    drugClass: 'anticonvulsant',
    names: [
      'gabapentin', 'pregabalin', 'topiramate', 'carbamazepine', 'oxcarbazepine', 'lamotrigine', 'levetiracetam',
      'zonisamide', 'valproate', 'divalproex', 'valproic acid', 'phenytoin', 'lacosamide', 'tiagabine',
      'Neurontin', 'Gralise', 'Horizant', 'Lyrica', 'Topamax', 'Tegretol', 'Trileptal', 'Lamictal', 'Keppra', 'Zonegran',
      'Depakote', 'Dilantin', 'Vimpat', 'Gabitril',
      // a compounded oral suspension of gabapentin sold as a kit
      'Fanatrex',
    ],
    stems: ['gabalin', 'apentin', 'iramate', 'iracetam', 'otrigine', 'bazepine'],
    classWords: ['anticonvulsant*', 'anti-convulsant*', 'antiepilep*', 'anti-epilep*', 'AED', 'AEDs', 'neuropathic pain medication*'],
  },
  {
    drugClass: 'antidepressant',
    names: [
      'sertraline', 'bupropion', 'mirtazapine', 'trazodone', 'nefazodone', 'vilazodone', 'vortioxetine', 'milnacipran',
      'levomilnacipran', 'desipramine', 'clomipramine', 'protriptyline', 'doxepin',
      'Cymbalta', 'Effexor', 'Pristiq', 'Wellbutrin', 'Zoloft', 'Prozac', 'Paxil', 'Lexapro', 'Celexa', 'Remeron', 'Elavil',
      'Pamelor', 'Desyrel', 'Oleptro', 'Savella', 'Fetzima', 'Trintellix', 'Viibryd', 'Tofranil', 'Sinequan', 'Drizalma',
    ],
    stems: ['triptyline', 'ipramine', 'oxetine', 'afaxine', 'italopram'],
    classWords: ['antidepressant*', 'anti-depressant*', 'SSRI', 'SNRI', 'tricyclic*', 'TCA'],
  },
  {
    drugClass: 'sedative-hypnotic',
    names: [
      'zolpidem', 'zaleplon', 'eszopiclone', 'zopiclone', 'suvorexant', 'lemborexant', 'ramelteon', 'chlordiazepoxide',
      'clorazepate', 'diazepam', 'oxazepam', 'diphenhydramine', 'doxylamine', 'melatonin', 'buspirone', 'hydroxyzine',
      'Ambien', 'Intermezzo', 'Edluar', 'Zolpimist', 'Sonata', 'Lunesta', 'Belsomra', 'Dayvigo', 'Rozerem', 'Restoril', 'Halcion',
      'Xanax', 'Valium', 'Ativan', 'Klonopin', 'Librium', 'Silenor', 'Benadryl', 'Unisom', 'Buspar', 'Vistaril', 'Atarax',
      // a compounded oral suspension of diphenhydramine sold as a kit
      'Dicopanol',
    ],
    stems: ['azepam', 'zolam', 'piclone', 'aleplon', 'melteon', 'orexant'],
    classWords: ['hypnotic*', 'sedative*', 'sleep aid*', 'sleep medication*', 'sleeping pill*', 'benzodiazepine*', 'anxiolytic*', 'insomnia'],
  },
  {
    drugClass: 'NSAID',
    names: [
      'naproxen', 'aspirin', 'indomethacin', 'sulindac', 'oxaprozin', 'diflunisal', 'salsalate', 'tolmetin',
      'mefenamic acid', 'meclofenamate', 'nabumetone', 'etodolac', 'ketorolac',
      'Motrin', 'Advil', 'Aleve', 'Naprosyn', 'EC-Naprosyn', 'Anaprox', 'Naprelan', 'Celebrex', 'Mobic', 'Vivlodex',
      'Voltaren', 'Cataflam', 'Zipsor', 'Zorvolex', 'Cambia', 'Lodine', 'Relafen', 'Daypro', 'Feldene', 'Toradol', 'Sprix',
      'Arthrotec', 'Vimovo', 'Duexis', 'Indocin', 'Tivorbex', 'Clinoril', 'Nalfon', 'Fenortho', 'Ansaid', 'Dolobid',
      'Ponstel', 'Tolectin', 'Consensi',
    ],
    stems: ['profen', 'fenac', 'odolac', 'orolac', 'oxicam', 'coxib', 'umetone'],
    classWords: [
      'NSAID', 'NSAIDs', 'non-steroidal anti-inflammator*', 'nonsteroidal anti-inflammator*', 'non steroidal anti-inflammator*',
      'anti-inflammatory drug*', 'anti-inflammatory medication*', 'anti-inflammatories', 'COX-2 inhibitor*', 'COX-2 selective',
    ],
  },
  {
    drugClass: 'gastrointestinal',
    names: [
      'ondansetron', 'promethazine', 'metoclopramide', 'prochlorperazine', 'meclizine', 'docusate', 'senna', 'sennosides',
      'bisacodyl', 'polyethylene glycol', 'lactulose', 'lubiprostone', 'naloxegol', 'methylnaltrexone', 'naldemedine',
      'linaclotide', 'sucralfate', 'misoprostol', 'dicyclomine', 'simethicone', 'loperamide', 'calcium carbonate',
      'Prilosec', 'Nexium', 'Protonix', 'Prevacid', 'Aciphex', 'Dexilant', 'Zegerid', 'Pepcid', 'Zantac', 'Tagamet', 'Axid',
      'Zofran', 'Phenergan', 'Reglan', 'Compazine', 'Colace', 'Peri-Colace', 'Senokot', 'Dulcolax', 'Miralax', 'Amitiza',
      'Movantik', 'Relistor', 'Symproic', 'Linzess', 'Carafate', 'Cytotec', 'Bentyl', 'Tums', 'Imodium',
      // a compounded oral suspension of ranitidine sold as a kit
      'Deprizine',
    ],
    stems: ['prazole', 'tidine', 'setron'],
    classWords: [
      'proton pump inhibitor*', 'PPI', 'PPIs', 'H2 blocker*', 'H2 receptor antagonist*', 'H2-receptor antagonist*', 'histamine-2',
      'antacid*', 'laxative*', 'stool softener*', 'antiemetic*', 'anti-emetic*', 'anti-nausea', 'gastroprotect*',
      'gastrointestinal protect*', 'GI protect*', 'opioid-induced constipation',
    ],
  },
];

/** Drugs of none of the classes above that the category's list of drug names (drug-names.ts) lacks: class 'other'. */
// prettier-ignore
export const OTHER_NAMES = [
  'acetaminophen', 'paracetamol', 'dextromethorphan', 'ketamine', 'amantadine', 'clonidine', 'glucosamine', 'chondroitin',
  'methylsulfonylmethane', 'MSM', 'butalbital', 'caffeine', 'carbidopa', 'levodopa', 'ropinirole', 'pramipexole',
  'memantine', 'donepezil', 'methylprednisolone', 'prednisone', 'ketotifen', 'lithium', 'quetiapine', 'olanzapine',
  'aripiprazole', 'brexpiprazole', 'Abilify', 'Rexulti', 'Tylenol', 'Fioricet', 'Esgic', 'Sumatriptan', 'Imitrex',
  'Vitamin D', 'vitamin B12', 'folic acid', 'fish oil', 'omega-3', 'Coumadin', 'warfarin', 'Theramine', 'Sentra', 'Trepadone', 'Gabadone', 'Somnicin',
] as const;

/** Where a drug was applied to the skin: it is then a topical analgesic, whatever its molecule. */
// prettier-ignore
export const TOPICAL_FORMS = [
  'cream*', 'gel', 'gels', 'ointment*', 'lotion*', 'patch', 'patches', 'transdermal*', 'topical*', 'liniment*',
  'roll-on', 'balm', 'salve', 'rub', 'foam', 'pad', 'pads', 'plaster*', 'cream base', 'emulsion',
  // the bases compounding pharmacies mix drugs into for the skin
  'base', 'Lipoderm', 'Versapro', 'Versabase', 'Ultraderm', 'Pentravan', 'Mediderm',
] as const;

/** A spray is put on the skin unless it goes into the nose or the mouth. */
export const SKIN_SPRAY = /(?<!\b(?:nasal|oral|sublingual|buccal|throat)\s)\bspray\b/i;

/** Names of products applied to the skin for pain: local anaesthetics, counterirritants, topical NSAIDs. */
// prettier-ignore
export const TOPICAL_NAMES = [
  'lidocaine', 'prilocaine', 'capsaicin', 'menthol', 'camphor', 'methyl salicylate', 'trolamine salicylate',
  'Lidoderm', 'ZTlido', 'Lidopro', 'Lidothol', 'Xolido', 'Terocin', 'Salonpas', 'Zostrix', 'Qutenza', 'Biofreeze',
  'Bengay', 'Ben-Gay', 'Icy Hot', 'Aspercreme', 'Flector', 'Pennsaid', 'Voltaren gel', 'Medrox', 'Dendracin',
  'Methoderm', 'Menthoderm', 'Mentherm', 'Thera-Gesic', 'EMLA',
] as const;

/** Drugs a patch or gel carries into the blood: their form does not make them topical analgesics. */
// prettier-ignore
export const SYSTEMIC_THROUGH_SKIN = [
  'fentanyl', 'buprenorphine', 'Butrans', 'Duragesic', 'nicotine', 'testosterone', 'AndroGel', 'estradiol', 'estrogen',
  'clonidine', 'scopolamine', 'rotigotine', 'rivastigmine', 'selegiline', 'methylphenidate',
] as const;

/** Coined names of compounding kits, each sold to be mixed for the patient (their class is in CLASS_VOCABULARIES or TOPICAL_NAMES). */
export const COMPOUNDED_KITS = [
  'Synapryn',
  'Tabradol',
  'Fanatrex',
  'Dicopanol',
  'Deprizine',
  'Fluriflex',
  'TGHot',
  'Gabacyclotram',
] as const;

/** Topical compounds sold under a coined name: topical analgesics and compounded. */
export const COMPOUNDED_TOPICAL_KITS = ['Fluriflex', 'TGHot', 'Gabacyclotram'] as const;

/** Words saying a product was mixed for the patient: "compounded", "in cream base", a compounding base's name. */
// prettier-ignore
export const COMPOUNDING_WORDS = [
  'compound*', 'cream base', 'gel base', 'lotion base', 'ointment base', 'in base', 'Lipoderm', 'Versapro', 'Versabase',
  'PCCA', 'Ultraderm', 'Pentravan', 'Mediderm', 'transdermal base',
] as const;

/** What a guideline section or a rationale calls a kind of drug, beyond the class words above. */
// prettier-ignore
export const SECTION_WORDS: readonly (readonly [DrugClass, readonly string[]])[] = [
  // Said of the stomach, this section is about protecting it (a PPI): before "NSAIDs" below.
  ['gastrointestinal', ['NSAIDs, GI symptoms*', 'GI symptoms*', 'gastrointestinal symptoms*', 'dyspepsia', 'constipation']],
  ['topical analgesic', ['topical analgesic*', 'topical NSAID*', 'topical anesthetic*', 'topical agent*', 'salicylate topical*', 'compounded topical*', 'counterirritant*']],
  ['sedative-hypnotic', ['insomnia treatment', 'sleep', 'hypnotics']],
  ['other', ['medical food*', 'vitamin*', 'triptan*', 'barbiturate*', 'glucosamine', 'testosterone', 'antibiotic*', 'anticoagula*', 'corticosteroid*', 'oral steroid*', 'steroids']],
];
