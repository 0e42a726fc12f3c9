// Therapy given in sessions by a physical, occupational or hand therapist. The kinds of therapy name
// the care outright; the modalities (heat, traction, massage, manual therapy, exercise ...) are also
// given by chiropractors and acupuncturists and by home units, so they decide only when nothing in
// the request names its setting ("infrared acupuncture" is acupuncture, "a traction unit" equipment).

export const THERAPY_TERMS = [
  'physical therapy',
  'physical therapies',
  'physical therapist',
  'physiotherapy',
  'physical medicine',
  'physical rehabilitation',
  'occupational therapy',
  'occupational therapist',
  'hand therapy',
  'hand therapist',
  'aquatic therapy',
  'aqua therapy',
  'aquatherapy',
  'pool therapy',
  'water therapy',
  'work hardening',
  'work conditioning',
  'post-operative therapy',
  'postoperative therapy',
  'postsurgical therapy',
  'post-surgical therapy',
  'physical therapy evaluation',
  'vestibular therap*',
  'vestibular rehab*',
  'balance therapy',
] as const;

/** "PT", "OT" (but not "PT/PTT", "PT/INR": lab-tests.ts). */
export const THERAPY_ABBREVIATION = /\b(?:PT|OT|P\.T\.|O\.T\.)(?!\s*(?:[/,&]|and)\s*(?:a?PTT|INR)\b)(?=[\s,.;:)]|$)/;

export const MODALITY_TERMS = [
  'therapeutic exercise*',
  'therapeutic activit*',
  'exercise therapy',
  'neuromuscular re-education',
  'neuromuscular reeducation',
  'gait training',
  'manual therapy',
  'mobilization',
  'soft tissue mobilization',
  'myofascial release',
  'myofascial therapy',
  'active release',
  'massage*',
  'traction',
  'decompression therapy',
  'infrared',
  'heat therapy',
  'heat',
  'hot pack',
  'cold pack',
  'ice massage',
  'paraffin',
  'whirlpool',
  'hydrotherapy',
  'diathermy',
  'iontophoresis',
  'phonophoresis',
  'ultrasound therapy',
  'therapeutic ultrasound',
  'electrical stimulation',
  'electric stimulation',
  'electrical muscle stimulation',
  'e-stim',
  'interferential therapy',
  'interferential current',
  'kinesio*',
  'laser therapy',
  'low level laser',
  'home exercise program',
  'taping',
] as const;

/** Words of therapy too general to name a modality: hints only, after the citations. */
export const THERAPY_HINTS = ['modalities', 'stretching', 'strengthening', 'rehabilitation', 'rehab'] as const;
