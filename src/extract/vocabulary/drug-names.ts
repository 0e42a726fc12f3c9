// What names a drug: its class ("an NSAID", "muscle relaxants"), its generic name (recognised by the
// stem pharmacology gives every member of a class: ibu-profen, panto-prazole, cyclobenza-prine is
// listed by name), a brand name, or the form and dose it is dispensed in ("#60", "5%", "cream").
// Written from pharmacology, not from any letter: a drug nobody here has seen still has its stem.

/** Names of drug classes and words that say "a drug" ("medication", "compounded"). */
export const DRUG_CLASS_TERMS = [
  'medication*',
  'drug therapy',
  'pharmacotherapy',
  'prescription',
  'NSAID',
  'non-steroidal anti-inflammator*',
  'nonsteroidal anti-inflammator*',
  'anti-inflammatory drug',
  'anti-inflammatory medication*',
  'COX-2 inhibitor',
  'analgesic',
  'opioid*',
  'opiate',
  'narcotic',
  'muscle relaxant',
  'antispasmodic',
  'anticonvulsant',
  'antiepilep*',
  'anti-epilep*',
  'antidepressant',
  'tricyclic',
  'serotonin',
  'benzodiazepine',
  'hypnotic',
  'sedative',
  'sleep aid',
  'sleep medication',
  'proton pump inhibitor',
  'H2 blocker',
  'H2 receptor antagonist',
  'histamine-2',
  'antacid',
  'laxative',
  'stool softener',
  'antiemetic',
  'anti-nausea',
  'corticosteroid',
  'steroid taper',
  'dose pack',
  'antibiotic',
  'anticoagulant',
  'antihistamine',
  'antihypertensive',
  'antipsychotic',
  'anxiolytic',
  'stimulant medication',
  'topical analgesic',
  'topical cream',
  'topical',
  'transdermal',
  'compound*',
  'medical food',
  'dietary supplement',
  'nutritional supplement',
  'vitamin',
  'refill',
  'oral suspension',
  'suspension',
] as const;

/** Abbreviated class names, matched in capitals only ("PPI", not "ppi" inside a word). */
export const DRUG_CLASS_ABBREVIATIONS = ['NSAID', 'NSAIDs', 'PPI', 'PPIs', 'SSRI', 'SNRI', 'TCA', 'AED', 'AEDs', 'APAP'] as const;

/** Stems that end the generic names of whole drug classes. */
export const GENERIC_STEMS = [
  'profen', // ibuprofen, ketoprofen, flurbiprofen
  'fenac', // diclofenac
  'olac', // etodolac, ketorolac
  'oxicam', // meloxicam, piroxicam
  'coxib', // celecoxib
  'umetone', // nabumetone
  'prazole', // omeprazole, pantoprazole
  'tidine', // ranitidine, famotidine
  'azepam', // diazepam, lorazepam
  'zolam', // alprazolam
  'olol', // propranolol
  'pril', // lisinopril
  'sartan', // losartan
  'dipine', // amlodipine
  'statin', // atorvastatin
  'triptan', // sumatriptan
  'codone', // oxycodone, hydrocodone
  'morphone', // hydromorphone
  'orphine', // morphine, buprenorphine
  'adone', // methadone
  'adol', // tramadol, tapentadol
  'fentanil',
  'oxone', // naloxone
  'trexone', // naltrexone
  'triptyline', // amitriptyline
  'ipramine', // imipramine
  'oxetine', // duloxetine, fluoxetine
  'afaxine', // venlafaxine
  'italopram', // citalopram
  'odone', // trazodone
  'idone', // risperidone
  'apine', // quetiapine
  'gabalin', // pregabalin
  'apentin', // gabapentin
  'iramate', // topiramate
  'iracetam', // levetiracetam
  'otrigine', // lamotrigine
  'azepine', // carbamazepine
  'piclone', // eszopiclone
  'aleplon', // zaleplon
  'melteon', // ramelteon
  'orexant', // suvorexant
  'prodol', // carisoprodol
  'zoxazone', // chlorzoxazone
  'carbamol', // methocarbamol
  'bamate', // meprobamate
  'aminophen', // acetaminophen
  'salicylate',
  'caine', // lidocaine, bupivacaine
  'nisone', // prednisone
  'olone', // prednisolone
  'asone', // dexamethasone
  'oxacin', // ciprofloxacin
  'cycline', // doxycycline
  'cillin', // amoxicillin
  'mycin', // clindamycin
  'conazole',
  'ovir', // acyclovir
  'setron', // ondansetron
  'gliptin',
  'gliflozin',
  'glitazone',
  'formin', // metformin
  'lukast',
  'afil', // sildenafil
  'dronate', // alendronate
  'parin', // heparin
  'xaban', // rivaroxaban
  'grel', // clopidogrel
  'semide', // furosemide
  'thiazide',
  'buterol', // albuterol
  'meterol', // salmeterol
  'umab', // adalimumab
  'imab', // infliximab
  'tinib',
] as const;

/** Generic names without a class stem, and brand names, of drugs common in injured workers' care. */
export const DRUG_NAMES = [
  // muscle relaxants
  'cyclobenzaprine',
  'tizanidine',
  'baclofen',
  'metaxalone',
  'orphenadrine',
  'dantrolene',
  'Flexeril',
  'Amrix',
  'Fexmid',
  'Zanaflex',
  'Robaxin',
  'Skelaxin',
  'Soma',
  'Norflex',
  'Lioresal',
  // NSAIDs and simple analgesics
  'aspirin',
  'naproxen',
  'indomethacin',
  'sulindac',
  'oxaprozin',
  'diflunisal',
  'Motrin',
  'Advil',
  'Aleve',
  'Naprosyn',
  'Anaprox',
  'Celebrex',
  'Mobic',
  'Voltaren',
  'Lodine',
  'Relafen',
  'Daypro',
  'Feldene',
  'Toradol',
  'Arthrotec',
  'Vimovo',
  'Duexis',
  'Tylenol',
  // opioids
  'tapentadol',
  'oxymorphone',
  'codeine',
  'fentanyl',
  'Norco',
  'Vicodin',
  'Lortab',
  'Percocet',
  'Endocet',
  'OxyContin',
  'Opana',
  'Dilaudid',
  'Nucynta',
  'Ultram',
  'Ultracet',
  'Butrans',
  'Duragesic',
  'Suboxone',
  'Subutex',
  'MS Contin',
  'Kadian',
  // nerve pain, mood, sleep
  'gabapentin',
  'Neurontin',
  'Gralise',
  'Lyrica',
  'Topamax',
  'Cymbalta',
  'Savella',
  'Elavil',
  'Pamelor',
  'Effexor',
  'bupropion',
  'Wellbutrin',
  'mirtazapine',
  'sertraline',
  'Zoloft',
  'Prozac',
  'Lexapro',
  'Celexa',
  'Paxil',
  'paroxetine',
  'Desyrel',
  'zolpidem',
  'Ambien',
  'Lunesta',
  'Sonata',
  'Restoril',
  'Xanax',
  'Valium',
  'Ativan',
  'Klonopin',
  'clonazepam',
  'buspirone',
  'melatonin',
  'hydroxyzine',
  // stomach, bowel, nausea
  'Prilosec',
  'Nexium',
  'Protonix',
  'Prevacid',
  'Aciphex',
  'Zantac',
  'Pepcid',
  'sucralfate',
  'misoprostol',
  'docusate',
  'Colace',
  'senna',
  'Senokot',
  'lactulose',
  'Amitiza',
  'Movantik',
  'Zofran',
  'promethazine',
  'Phenergan',
  // topicals and headache
  'lidocaine',
  'Lidoderm',
  'capsaicin',
  'menthol',
  'camphor',
  'Flector',
  'Pennsaid',
  'Biofreeze',
  'Imitrex',
  'Fioricet',
  'butalbital',
  // more brands and generics without a class stem
  'morphine',
  'doxepin',
  'nicotine',
  'naloxone',
  'Narcan',
  'Seroquel',
  'Abilify',
  'Lamictal',
  'Keppra',
  'Depakote',
  'valproate',
  'Tegretol',
  'Trileptal',
  'Horizant',
  'Zipsor',
  'Zorvolex',
  'Sprix',
  'Naprelan',
  'Vicoprofen',
  'Conzip',
  'Xtampza',
  'Hysingla',
  'Zohydro',
  'Belbuca',
  'Exalgo',
  'Lorzone',
  'Remeron',
  'Silenor',
  'Belsomra',
  'Rozerem',
  'Edluar',
  'Intermezzo',
  'Excedrin',
  'Esgic',
  'Fiorinal',
  'Zomig',
  'Relpax',
  'Maxalt',
  'Namenda',
  'Aricept',
  'Adderall',
  'Ritalin',
  'Strattera',
  'Chantix',
  'Linzess',
  'Miralax',
  'Relistor',
  'Dexilant',
  'Carafate',
  'Lovaza',
  'Gabitril',
  'Zonegran',
  'Lexapro',
  'Pristiq',
  'Fetzima',
  'Trintellix',
  'Viibryd',
  'Buspar',
  'Lithium',
  // topical and compounded products sold under brand names
  'Terocin',
  'Medrox',
  'Dendracin',
  'Methoderm',
  'Menthoderm',
  'LidoPro',
  'Xolido',
  'Fluriflex',
  'TGHot',
  'Gabacyclotram',
  'Theraflex',
  'Nalfon',
  // medical foods
  'Theramine',
  'Sentra',
  'Trepadone',
  'Gabadone',
  'AppTrim',
  'Somnicin',
  'Genicin',
  // others often requested
  'Medrol',
  'Viagra',
  'Cialis',
  'testosterone',
  'modafinil',
  'Provigil',
  'Nuvigil',
] as const;

/** How a dispensed drug is written: a dose, a count, a form. Says "a drug" but not which kind is meant. */
export const DOSE_FORM =
  /\d\s*%|\d\s*(?:mg|mcg|ml|g|gm|grams?|units?)\b|\d(?:mg|mcg|ml)\b|#\s*\d|\b(?:tablets?|tabs|capsules?|caps|cream|creams|ointment|gel|lotion|patch(?:es)?|spray|drops|suppositor(?:y|ies)|lozenges?|liniment|solution)\b/i;
