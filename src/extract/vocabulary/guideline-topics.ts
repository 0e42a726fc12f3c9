// Topics of the treatment guidelines a citation names ("Chronic Pain Medical Treatment Guidelines,
// Section(s): Flexibility") whose words say nothing about the care on their own. The topics whose
// words do ("Opioids", "Physical Medicine", "Durable medical equipment") are read by the same
// vocabularies as a request.
import type { Category } from '../record.ts';

export const GUIDELINE_TOPICS: readonly (readonly [Category, readonly string[]])[] = [
  // ACOEM's "Special Studies" sections are about imaging first (and electrodiagnostics, which requests name).
  ['imaging', ['special studies']],
  ['diagnostic test', ['flexibility', 'preoperative testing', 'pre-operative testing', 'preoperative lab*', 'special tests']],
  ['medication', ['insomnia treatment', 'weaning of medications']],
  ['psychological', ['chronic pain programs', 'interdisciplinary pain programs', 'multidisciplinary pain programs']],
  // The sections on the modalities a therapist gives ("Ultrasound, therapeutic").
  [
    'physical therapy',
    [
      'exercise',
      'exercises',
      'activity alteration',
      'ultrasound, therapeutic',
      'infrared therapy',
      'massage therapy',
      'iontophoresis',
      'diathermy',
    ],
  ],
  ['surgery', ['surgical considerations', 'indications for surgery', 'operative treatment']],
];
