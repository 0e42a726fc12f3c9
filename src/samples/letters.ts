// The sample letters that ship with the app ("Try sample letters") and serve as the project's own
// fixtures. Every word is invented: no case, person or review here is real. They follow the layout
// of published IMR final determination letters (header table on the newer ones, the older layout
// without it), and each one also states what a careful reader records from it (its answer key).
//
// `scripts/make-samples.ts` renders these to public/samples/ (PDFs through Chromium, one text file)
// and writes the answer keys to src/samples/answer-keys/.
import type { Category, Decision, DrugClass, Necessity, Sex } from '../extract/record.ts';
import { answerKeyOf, type SampleCredentials } from './answer-key.ts';

export interface SampleItem {
  /** The heading before ": Upheld"/": Overturned"; for a partial authorization, the remaining IMR-eligible portion. */
  request: string;
  /** Partial authorizations: what was originally asked for and what the claims administrator authorized. */
  partial?: { originalRequest: string; authorized: string };
  decision: Decision;
  category: Category;
  /** Medication items only: the drug's class and whether it is compounded (../shared/corpus/drug-classes.md). */
  medication?: { drugClass: DrugClass; compounded: boolean };
  claimsAdministratorGuideline: string;
  reviewerGuideline: string;
  rationale: string;
  necessity: Necessity;
}

export interface SampleHeader {
  caseNumber: string;
  dateAssigned: string; // mm/dd/yyyy as printed
  dateOfInjury: string;
  decisionDate: string;
  urDenialDate: string;
  priority: 'Standard' | 'Expedited';
  applicationReceived: string;
}

export type { SampleCredentials };

export interface SampleLetter {
  /** File name under public/samples/. */
  file: string;
  format: 'pdf' | 'txt';
  /** Newer letters open with the header table; older ones have none. */
  header?: SampleHeader;
  credentials: SampleCredentials;
  age: number;
  sex: Sex;
  /** ISO date of injury, as the summary states it (and the header, when there is one). */
  injuryDate: string;
  diagnoses: string[];
  /** The clinical case summary paragraph. */
  summary: string;
  items: SampleItem[];
  /** PDFs: print "Page X of Y" at the foot of every page, as some producers do. */
  pageFooters?: boolean;
  /** PDFs: lay one wrapping item heading out so that it starts on the last line of a page and ends on the next. */
  headingAcrossPages?: boolean;
}

export const SAMPLE_LETTERS: SampleLetter[] = [
  {
    file: 'CM16-0912345.pdf',
    format: 'pdf',
    header: {
      caseNumber: 'CM16-0912345',
      dateAssigned: '10/03/2016',
      dateOfInjury: '03/14/2014',
      decisionDate: '11/02/2016',
      urDenialDate: '09/22/2016',
      priority: 'Standard',
      applicationReceived: '09/28/2016',
    },
    credentials: { wording: 'listed', licensure: ['California', 'Oregon'], specialties: ['Physical Medicine & Rehabilitation'] },
    age: 47,
    sex: 'female',
    injuryDate: '2014-03-14',
    diagnoses: ['lumbar strain', 'lumbar degenerative disc disease', 'right sacroiliitis'],
    summary:
      'The injured worker is a 47-year-old female who reported an industrial injury on 03/14/2014 while lifting a crate of produce onto a ' +
      'shelf. She describes ongoing low back pain that travels into the right buttock and worsens with prolonged sitting. Diagnoses include ' +
      'lumbar strain, lumbar degenerative disc disease and right sacroiliitis. Treatment to date has included anti-inflammatory medication, ' +
      'a home exercise program, activity modification and 18 sessions of physical therapy completed during 2015. A progress note dated ' +
      '09/06/2016 documents tenderness over the right sacroiliac joint, lumbar flexion limited to 50 degrees and a normal neurological ' +
      'examination of the lower extremities. The treating provider asked for a further course of supervised therapy. Utilization Review ' +
      'non-certified the request on 09/22/2016.',
    items: [
      {
        request: 'Physical therapy 2 times a week for 6 weeks for the lumbar spine',
        decision: 'Upheld',
        category: 'physical therapy',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 98-99.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99.',
        rationale:
          'The MTUS Chronic Pain Medical Treatment Guidelines support 9 to 10 visits of physical medicine over 8 weeks for myalgia and ' +
          'myositis, with treatment tapering toward an active, self-directed home program. This injured worker has already completed 18 ' +
          'sessions of formal therapy for the same complaint. The records describe no new injury, no acute flare and no measurable ' +
          'functional gain from the earlier course that would justify more supervised visits, and the 12 visits requested would on their ' +
          'own exceed the guideline allowance. She can continue the exercises she has been taught at home. Therefore, the request for ' +
          'physical therapy 2 times a week for 6 weeks for the lumbar spine is not medically necessary.',
        necessity: 'not medically necessary',
      },
    ],
  },
  {
    file: 'CM16-0923871.pdf',
    format: 'pdf',
    header: {
      caseNumber: 'CM16-0923871',
      dateAssigned: '10/11/2016',
      dateOfInjury: '07/21/2015',
      decisionDate: '11/08/2016',
      urDenialDate: '09/30/2016',
      priority: 'Standard',
      applicationReceived: '10/05/2016',
    },
    credentials: { wording: 'listed', licensure: ['California', 'Arizona', 'Nevada'], specialties: ['Orthopaedic Surgery'] },
    age: 58,
    sex: 'male',
    injuryDate: '2015-07-21',
    diagnoses: ['right knee medial meniscus tear', 'right knee osteoarthritis', 'chronic pain syndrome'],
    summary:
      'The injured worker is a 58-year-old male warehouse supervisor who twisted his right knee stepping off a loading dock on ' +
      '07/21/2015. Diagnoses include right knee medial meniscus tear, right knee osteoarthritis and chronic pain syndrome. An MRI of the ' +
      'right knee obtained on 11/02/2015 showed a horizontal tear of the posterior horn of the medial meniscus with moderate medial ' +
      'compartment narrowing. Treatment to date has included a knee brace, two corticosteroid injections, physical therapy and ' +
      'medications. At the visit of 09/12/2016 he rated his pain 7/10 without medication and 4/10 with it, and reported that tramadol ' +
      'lets him walk his dog and finish a modified work shift. His examination was unchanged from prior visits. The treating provider ' +
      'requested a refill of tramadol, a repeat MRI, a trial of acupuncture and the purchase of a TENS unit.',
    items: [
      {
        request: 'Tramadol ER 150mg #30',
        decision: 'Overturned',
        category: 'medication',
        medication: { drugClass: 'opioid', compounded: false },
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 76-80.',
        reviewerGuideline:
          'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids, criteria for use Page(s): 76-80, 93-94.',
        rationale:
          'The MTUS Chronic Pain Medical Treatment Guidelines allow continued opioid therapy when there is documented pain relief, ' +
          'improved function, monitoring for side effects and screening for aberrant drug-taking behavior. The progress note of ' +
          '09/12/2016 records a drop in pain from 7/10 to 4/10 with tramadol, names specific activities the medication makes possible, ' +
          'notes a signed opioid agreement and reports a consistent urine drug screen from June 2016. He has returned to modified duty. ' +
          'These are the elements the guidelines ask for. Therefore, the request for Tramadol ER 150mg #30 is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'MRI of the right knee without contrast',
        decision: 'Upheld',
        category: 'imaging',
        claimsAdministratorGuideline: 'Decision based on MTUS Knee Complaints 2004.',
        reviewerGuideline:
          "Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies, Table 13-5. Decision based on Non-MTUS Citation ODG Knee & Leg (Acute & Chronic), MRI's.",
        rationale:
          'Repeat imaging of the knee is reserved for a significant change in symptoms or findings that suggests new pathology, or for ' +
          'planning surgery. The injured worker already had an MRI in November 2015 that explains his complaints. The recent ' +
          'examination is unchanged, no mechanical symptoms such as locking are described, and no surgery is being planned. A second ' +
          'study would not alter his care. Therefore, the request for an MRI of the right knee without contrast is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request: 'Acupuncture 6 sessions for the right knee',
        decision: 'Overturned',
        category: 'acupuncture',
        claimsAdministratorGuideline: 'Decision based on MTUS Acupuncture Medical Treatment Guidelines.',
        reviewerGuideline: 'Decision based on MTUS Acupuncture Medical Treatment Guidelines Page(s): 8-9.',
        rationale:
          'The MTUS Acupuncture Medical Treatment Guidelines recommend acupuncture as an option when pain medication is reduced or ' +
          'not tolerated, or as an adjunct to physical rehabilitation, with functional improvement expected within 3 to 6 treatments. ' +
          'He has not had acupuncture before, the provider wishes to lower his medication use, and 6 sessions fall within the initial ' +
          'trial the guidelines describe. Therefore, the request for acupuncture 6 sessions for the right knee is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'TENS unit purchase',
        decision: 'Upheld',
        category: 'durable medical equipment',
        claimsAdministratorGuideline: 'The Claims Administrator did not cite any medical evidence for its decision.',
        reviewerGuideline:
          'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Transcutaneous electrotherapy Page(s): 114-116.',
        rationale:
          'A TENS unit may be considered after a documented one-month home trial that shows how often the unit was used and what pain ' +
          'relief and functional benefit it produced, as part of a program of evidence-based restoration. No such trial is recorded, ' +
          'and the records do not set out short- and long-term treatment goals for the device. Therefore, the request for a TENS unit ' +
          'purchase is not medically necessary.',
        necessity: 'not medically necessary',
      },
    ],
  },
  {
    file: 'CM16-0934402.pdf',
    format: 'pdf',
    header: {
      caseNumber: 'CM16-0934402',
      dateAssigned: '10/17/2016',
      dateOfInjury: '05/09/2016',
      decisionDate: '10/20/2016',
      urDenialDate: '10/07/2016',
      priority: 'Expedited',
      applicationReceived: '10/13/2016',
    },
    credentials: { wording: 'listed', licensure: ['California'], specialties: ['Family Practice', 'Sports Medicine'] },
    age: 39,
    sex: 'female',
    injuryDate: '2016-05-09',
    diagnoses: ['cervical sprain/strain', 'thoracic sprain/strain', 'cervicogenic headaches'],
    summary:
      'The injured worker is a 39-year-old female bus operator who was rear-ended while driving her route on 05/09/2016. She reports ' +
      'neck and upper back pain with headaches that begin at the base of the skull. Diagnoses include cervical sprain/strain, thoracic ' +
      'sprain/strain and cervicogenic headaches. Treatment to date has included 8 chiropractic visits with improvement in cervical ' +
      'rotation, a short course of muscle relaxants and naproxen. The headaches have become more frequent since August 2016 and she ' +
      'now describes occasional blurred vision with them. The treating provider requested additional chiropractic care, a renewal of ' +
      'cyclobenzaprine and a neurology consultation.',
    items: [
      {
        request: 'Chiropractic treatment 2 times a week for 3 weeks for the cervical and thoracic spine',
        partial: {
          originalRequest: 'Chiropractic treatment 2 times a week for 6 weeks for the cervical and thoracic spine',
          authorized: 'Chiropractic treatment 2 times a week for 3 weeks',
        },
        decision: 'Upheld',
        category: 'chiropractic',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 58-59.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Manual therapy & manipulation Page(s): 58-60.',
        rationale:
          'Manual therapy is supported for chronic musculoskeletal pain as a trial of 6 visits over 2 weeks, with up to 18 visits over ' +
          '6 to 8 weeks when objective functional improvement is shown. She has completed 8 visits, and 6 more were authorized by the ' +
          'claims administrator, bringing her to 14. Beyond the gain in rotation, the notes do not describe functional progress that ' +
          'would support going further before the authorized visits are finished and reassessed. Therefore, the remaining request for ' +
          'chiropractic treatment 2 times a week for 3 weeks for the cervical and thoracic spine is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request: 'Cyclobenzaprine 7.5mg #60',
        decision: 'Upheld',
        category: 'medication',
        medication: { drugClass: 'muscle relaxant', compounded: false },
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 63-66.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Muscle relaxants (for pain) Page(s): 63-66.',
        rationale:
          'Muscle relaxants are recommended with caution as a second-line option for short-term treatment of acute exacerbations of ' +
          'chronic low back pain, and cyclobenzaprine is not recommended for longer than 2 to 3 weeks. She has taken it since June 2016, ' +
          'no acute exacerbation is described, and a supply of 60 tablets implies continued daily use. Therefore, the request for ' +
          'Cyclobenzaprine 7.5mg #60 is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request: 'Consultation with a neurologist for headaches',
        decision: 'Overturned',
        category: 'consultation',
        claimsAdministratorGuideline:
          'Decision based on ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, Independent Medical Examinations and Consultations, page 127.',
        reviewerGuideline:
          'Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, Independent Medical Examinations and Consultations, page 127.',
        rationale:
          'A referral to a specialist is appropriate when the diagnosis is uncertain or complex, or when the plan of care may benefit ' +
          'from additional expertise. Her headaches have grown more frequent despite treatment and are now accompanied by visual ' +
          'symptoms, which the primary treating physician is not positioned to evaluate further. Therefore, the request for a ' +
          'consultation with a neurologist for headaches is medically necessary.',
        necessity: 'medically necessary',
      },
    ],
  },
  {
    file: 'CM16-0945518.pdf',
    format: 'pdf',
    headingAcrossPages: true,
    header: {
      caseNumber: 'CM16-0945518',
      dateAssigned: '10/24/2016',
      dateOfInjury: '01/30/2011',
      decisionDate: '11/21/2016',
      urDenialDate: '10/12/2016',
      priority: 'Standard',
      applicationReceived: '10/19/2016',
    },
    credentials: { wording: 'listed', licensure: ['California', 'Washington'], specialties: ['Anesthesiology', 'Pain Medicine'] },
    age: 52,
    sex: 'male',
    injuryDate: '2011-01-30',
    diagnoses: ['lumbar post-laminectomy syndrome', 'left L5 radiculopathy', 'adjustment disorder with depressed mood'],
    summary:
      'The injured worker is a 52-year-old male carpenter who fell from a ladder at work on 01/30/2011 and underwent an L4-L5 ' +
      'laminectomy in 2012. Diagnoses include lumbar post-laminectomy syndrome, left L5 radiculopathy and adjustment disorder with ' +
      'depressed mood. He reports low back pain with burning pain down the left leg to the top of the foot. An electrodiagnostic study ' +
      'on 06/15/2016 showed an active left L5 radiculopathy, and a lumbar MRI on 07/01/2016 showed postoperative changes with left ' +
      'foraminal narrowing at L4-L5 and L5-S1. His last epidural injection, in March 2015, gave about 60 percent relief for 4 months ' +
      'with a reduced need for medication. He takes hydrocodone-acetaminophen four times a day and has not been able to describe any ' +
      'change in function with it. He lives alone, reports low mood and poor sleep, and has had difficulty with household tasks since ' +
      'a flare in September 2016. The treating provider requested a repeat epidural injection, a renewal of Norco, a urine drug ' +
      'screen, psychological care, home health assistance and a follow-up visit.',
    items: [
      {
        request: 'Lumbar epidural steroid injection at left L4-L5 and L5-S1 under fluoroscopic guidance with monitored anesthesia care',
        decision: 'Overturned',
        category: 'injection',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 46.',
        reviewerGuideline:
          'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Epidural steroid injections (ESIs) Page(s): 46.',
        rationale:
          'Epidural steroid injections are recommended for radicular pain that is documented on examination and corroborated by ' +
          'imaging or electrodiagnostic testing, and repeat blocks are supported when a prior block gave at least 50 percent pain relief ' +
          'with reduced medication use for 6 to 8 weeks. His radiculopathy is shown on examination, on the MRI and on the ' +
          'electrodiagnostic study, and his last injection met the relief and duration criteria. Two levels are within the guideline ' +
          'limit. Therefore, the request for a lumbar epidural steroid injection at left L4-L5 and L5-S1 under fluoroscopic guidance ' +
          'with monitored anesthesia care is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'Norco 10/325mg #120',
        decision: 'Upheld',
        category: 'medication',
        medication: { drugClass: 'opioid', compounded: false },
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 78-80.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids, ongoing management Page(s): 78-80.',
        rationale:
          'Ongoing opioid management calls for documentation of pain relief, functional status, side effects and aberrant behavior at ' +
          'each visit. The recent notes give no pain scores with and without the medication and describe no activity that Norco makes ' +
          'possible, and he remains off work. Weaning should be undertaken rather than continuation at this dose. Therefore, the request ' +
          'for Norco 10/325mg #120 is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request: 'Urine drug screen with confirmatory testing by liquid chromatography and mass spectrometry for opioid monitoring',
        decision: 'Overturned',
        category: 'diagnostic test',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 43.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Drug testing Page(s): 43.',
        rationale:
          'Drug testing is recommended as an option to assess for the use or presence of illegal drugs in a patient on opioids. He is ' +
          'prescribed an opioid, the records contain no screen within the past 12 months, and a screen is also needed to guide a safe ' +
          'taper, and confirmatory testing is appropriate when a screen is used to guide prescribing. Therefore, the request for a urine ' +
          'drug screen with confirmatory testing by liquid chromatography and mass spectrometry for opioid monitoring is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'Psychological evaluation and 6 sessions of cognitive behavioral therapy',
        decision: 'Upheld',
        category: 'psychological',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 100-102.',
        reviewerGuideline:
          'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Psychological evaluations, Behavioral interventions Page(s): 100-102, 23.',
        rationale:
          'A psychological evaluation is recommended for patients with chronic pain, and cognitive behavioral therapy is supported as an ' +
          'initial trial of 3 to 4 sessions over 2 weeks, with up to 6 to 10 visits only when objective functional improvement follows ' +
          'the trial. The evaluation alone would be appropriate, but the request joins it to 6 sessions of therapy, which exceeds the ' +
          'initial trial before any evaluation has taken place, and the request cannot be split on review. Therefore, the request for a ' +
          'psychological evaluation and 6 sessions of cognitive behavioral therapy is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request: 'Home health aide 4 hours per day, 5 days per week for 6 weeks for assistance with bathing, meals and housekeeping',
        decision: 'Upheld',
        category: 'home health',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 51.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Home health services Page(s): 51.',
        rationale:
          'Home health services are recommended only for medical treatment of patients who are homebound, on a part-time or ' +
          'intermittent basis, and medical treatment does not include homemaker services such as shopping, cleaning and laundry, or ' +
          'personal care such as bathing and dressing when that is the only care needed. He attends his office visits on his own and no ' +
          'skilled medical service is described. Therefore, the request for a home health aide 4 hours per day, 5 days per week for ' +
          '6 weeks for assistance with bathing, meals and housekeeping is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request:
          'Follow-up visit with the pain management specialist in 4 to 6 weeks to reassess medications and the response to injection',
        decision: 'Overturned',
        category: 'consultation',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines.',
        reviewerGuideline: 'Decision based on Non-MTUS Citation ODG Pain (Chronic), Office visits.',
        rationale:
          'Office visits are determined to be necessary based on a review of the patient concerns, signs and symptoms, clinical ' +
          'stability and the medications being prescribed. He takes an opioid that is to be tapered and is to undergo an epidural ' +
          'injection whose effect must be assessed. Therefore, the request for a follow-up visit with the pain management specialist ' +
          'in 4 to 6 weeks to reassess medications and the response to injection is medically necessary.',
        necessity: 'medically necessary',
      },
    ],
  },
  {
    file: 'CM16-0958820.pdf',
    format: 'pdf',
    header: {
      caseNumber: 'CM16-0958820',
      dateAssigned: '11/01/2016',
      dateOfInjury: '08/18/2015',
      decisionDate: '11/29/2016',
      urDenialDate: '10/19/2016',
      priority: 'Standard',
      applicationReceived: '10/26/2016',
    },
    credentials: { wording: 'listed', licensure: ['California', 'Texas'], specialties: ['Orthopaedic Surgery', 'Hand Surgery'] },
    age: 44,
    sex: 'female',
    injuryDate: '2015-08-18',
    diagnoses: ['right carpal tunnel syndrome', 'right trigger thumb'],
    summary:
      'The injured worker is a 44-year-old female data entry clerk with a cumulative trauma claim and a date of injury of 08/18/2015. ' +
      'Diagnoses include right carpal tunnel syndrome and right trigger thumb. She reports numbness of the right thumb, index and ' +
      'middle fingers that wakes her at night. Electrodiagnostic studies on 05/24/2016 showed moderate right median neuropathy at the ' +
      'wrist. She has tried night splinting for 4 months, a corticosteroid injection into the carpal tunnel with 6 weeks of relief, ' +
      'occupational therapy and work station changes. Examination on 10/04/2016 showed a positive Phalen test and Tinel sign at the ' +
      'right wrist, with decreased two-point discrimination in the index finger. The treating surgeon requested a right carpal tunnel ' +
      'release, post-operative therapy and repeat electrodiagnostic testing of both arms.',
    items: [
      {
        request: 'Right carpal tunnel release',
        decision: 'Overturned',
        category: 'surgery',
        claimsAdministratorGuideline: 'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004.',
        reviewerGuideline:
          'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Surgical Considerations, page 270.',
        rationale:
          'Surgical decompression of the median nerve is recommended when carpal tunnel syndrome is confirmed by positive findings on ' +
          'clinical examination and by nerve conduction testing, after conservative care has failed. Her symptoms, examination and ' +
          'electrodiagnostic study agree, and splinting, an injection, therapy and work changes have all been tried. Therefore, the ' +
          'request for a right carpal tunnel release is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'Post-operative therapy 8 sessions for the right wrist',
        decision: 'Overturned',
        category: 'physical therapy',
        claimsAdministratorGuideline: 'Decision based on MTUS Post-Surgical Treatment Guidelines.',
        reviewerGuideline: 'Decision based on MTUS Post-Surgical Treatment Guidelines Carpal Tunnel Syndrome Page(s): 15-16.',
        rationale:
          'The Post-Surgical Treatment Guidelines allow 3 to 8 visits over 3 to 5 weeks after an open or endoscopic carpal tunnel ' +
          'release. The release is found medically necessary in this review, and 8 sessions are within the guideline allowance. ' +
          'Therefore, the request for post-operative therapy 8 sessions for the right wrist is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'Electromyography and nerve conduction studies of the bilateral upper extremities',
        decision: 'Upheld',
        category: 'diagnostic test',
        claimsAdministratorGuideline: 'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004.',
        reviewerGuideline: 'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, page 261.',
        rationale:
          'Electrodiagnostic studies help to differentiate carpal tunnel syndrome from other conditions when the diagnosis is in ' +
          'doubt. She had a complete study five months ago that confirmed the diagnosis, she has no symptoms in the left arm, and ' +
          'nothing has changed since then. Therefore, the request for electromyography and nerve conduction studies of the bilateral ' +
          'upper extremities is not medically necessary.',
        necessity: 'not medically necessary',
      },
    ],
  },
  {
    file: 'IMR-older-layout-shoulder.pdf',
    format: 'pdf',
    pageFooters: true,
    credentials: { wording: 'listed', licensure: ['California'], specialties: ['Internal Medicine', 'Occupational Medicine'] },
    age: 61,
    sex: 'male',
    injuryDate: '2012-11-02',
    diagnoses: ['left shoulder impingement syndrome', 'left rotator cuff tendinosis'],
    summary:
      'The injured worker is a 61 year old male maintenance mechanic who sustained an industrial injury on 11/02/2012 while pulling ' +
      'a seized valve handle. He reports left shoulder pain with overhead reaching and difficulty sleeping on the left side. ' +
      'Diagnoses include left shoulder impingement syndrome and left rotator cuff tendinosis. An ultrasound on 02/10/2016 showed ' +
      'supraspinatus tendinosis without a full-thickness tear. Treatment has included physical therapy in 2013 and 2016, a home ' +
      'exercise program and oral anti-inflammatory medication, which he stopped because of stomach upset. He has never had a ' +
      'shoulder injection. The treating physician requested a subacromial injection and a compounded topical cream.',
    items: [
      {
        request: 'Subacromial corticosteroid injection of the left shoulder',
        decision: 'Overturned',
        category: 'injection',
        claimsAdministratorGuideline: 'Decision based on MTUS Shoulder Complaints 2004.',
        reviewerGuideline: 'Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, page 213.',
        rationale:
          'Two or three subacromial injections of a local anesthetic and corticosteroid are recommended over an extended period as ' +
          'part of an exercise rehabilitation program to treat rotator cuff inflammation, impingement syndrome or small tears. He has ' +
          'impingement findings, has completed therapy and continues a home program, and has never had an injection. Therefore, the ' +
          'request for a subacromial corticosteroid injection of the left shoulder is medically necessary.',
        necessity: 'medically necessary',
      },
      {
        request: 'Ketoprofen 20% cream 120 grams',
        decision: 'Upheld',
        category: 'medication',
        medication: { drugClass: 'topical analgesic', compounded: false },
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 111-113.',
        reviewerGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Topical analgesics Page(s): 111-113.',
        rationale:
          'Topical analgesics are largely experimental, and ketoprofen in particular is not currently approved for topical ' +
          'application because of a high incidence of photocontact dermatitis. An approved topical anti-inflammatory would be an ' +
          'alternative for a patient who does not tolerate oral medication. Therefore, the request for Ketoprofen 20% cream 120 grams ' +
          'is not medically necessary.',
        necessity: 'not medically necessary',
      },
    ],
  },
  {
    file: 'IMR-older-layout-concussion.txt',
    format: 'txt',
    credentials: { wording: 'board-certified', specialty: 'Neurology', subspecialty: 'Clinical Neurophysiology', licensure: 'California' },
    age: 36,
    sex: 'female',
    injuryDate: '2014-02-17',
    diagnoses: ['post-concussion syndrome', 'cervical strain', 'insomnia'],
    summary:
      'The patient is a 36-year-old female with a date of injury of 02/17/2014, when a ceiling panel fell and struck her head ' +
      'while she was stocking shelves. Diagnoses include post-concussion syndrome, cervical strain and insomnia. She reports ' +
      'dizziness when turning her head, trouble concentrating and difficulty falling asleep. A CT of the head on the day of injury ' +
      'was normal. She has taken zolpidem nightly since 2014. Examination on 03/03/2015 showed a positive head impulse test to the ' +
      'left and unsteadiness on tandem gait. The treating physician requested a refill of zolpidem and vestibular therapy.',
    items: [
      {
        request: 'Zolpidem 10mg #30',
        decision: 'Upheld',
        category: 'medication',
        medication: { drugClass: 'sedative-hypnotic', compounded: false },
        claimsAdministratorGuideline: 'The Claims Administrator did not cite any medical evidence for its decision.',
        reviewerGuideline: 'Decision based on Non-MTUS Citation ODG Pain (Chronic), Insomnia treatment.',
        rationale:
          'Zolpidem is a short-acting hypnotic approved for the short-term treatment of insomnia, generally 2 to 6 weeks. She has ' +
          'taken it nightly for about a year, and the records do not describe a sleep assessment, sleep hygiene measures or any ' +
          'benefit from the medication. Therefore, the request for Zolpidem 10mg #30 is not medically necessary.',
        necessity: 'not medically necessary',
      },
      {
        request: 'Vestibular rehabilitation therapy 6 sessions',
        decision: 'Overturned',
        category: 'physical therapy',
        claimsAdministratorGuideline: 'Decision based on Non-MTUS Citation ODG Head, Vestibular PT rehabilitation.',
        reviewerGuideline: 'Decision based on Non-MTUS Citation ODG Head, Vestibular PT rehabilitation.',
        rationale:
          'Vestibular rehabilitation is recommended for patients with vestibular complaints such as dizziness and balance ' +
          'dysfunction after a concussion or brain injury. Her dizziness with head movement, the abnormal head impulse test and her ' +
          'unsteady gait are the findings this therapy treats, and she has not had it before. Therefore, the request for vestibular ' +
          'rehabilitation therapy 6 sessions is medically necessary.',
        necessity: 'medically necessary',
      },
    ],
  },
];

/** The item heading as printed (before the decision), with the partial-authorization wording when there is one. */
export function itemHeadingLead(item: SampleItem): string {
  if (!item.partial) return item.request;
  return (
    `${item.partial.originalRequest} was the original request. ${item.partial.authorized} was authorized by the Claims ` +
    `Administrator. The remaining IMR eligible portion of the original request, ${item.request} is`
  );
}

/** The full heading line(s) of an item: "<request>: Upheld". */
export const itemHeading = (item: SampleItem) => `${itemHeadingLead(item)}: ${item.decision}`;

/** The paragraph stating the reviewer's credentials, in the letter's wording. */
export function credentialParagraphs(c: SampleCredentials): string[] {
  if (c.wording === 'listed') {
    return [
      'The Expert Reviewer has the following credentials:',
      `State(s) of Licensure: ${c.licensure.join(', ')}`,
      `Certification(s)/Specialty: ${c.specialties.join(', ')}`,
    ];
  }
  return [];
}

/** The opening "how the determination was made" paragraph (written for these samples). */
export function methodParagraph(c: SampleCredentials): string {
  const who =
    c.wording === 'board-certified'
      ? ` The expert reviewer is Board Certified in ${c.specialty}, has a subspecialty in ${c.subspecialty} and is licensed to practice in ${c.licensure}.`
      : '';
  return (
    'MAXIMUS Federal Services forwarded the entire case file to an independent expert reviewer. The reviewer has no ties to ' +
    `the employer, the employee, the treating providers or the claims administrator.${who} The reviewer has practiced clinically ` +
    'for more than five years and still sees patients at least 24 hours each week. The reviewer was chosen for clinical ' +
    'experience, training and expertise in a specialty that evaluates or treats the condition and the disputed items/services, ' +
    'and knows the laws and regulations that govern Independent Medical Review, including the hierarchy of medical evidence.'
  );
}

export const SUMMARY_LEAD =
  'The expert reviewer developed the following clinical case summary after reviewing the case file, including all medical records:';
export const ISSUES_LEAD = 'The Final Determination was based on decisions for the disputed items/services set forth below:';

/** ISO yyyy-mm-dd from mm/dd/yyyy. */
export const isoDate = (mdy: string) => `${mdy.slice(6, 10)}-${mdy.slice(0, 2)}-${mdy.slice(3, 5)}`;

/** What a careful reader records from a sample letter, in the format of the corpus answer keys. */
export function answerKey(letter: SampleLetter) {
  const h = letter.header;
  return answerKeyOf({
    file: letter.file,
    caseNumber: h?.caseNumber ?? null,
    dateAssigned: h ? isoDate(h.dateAssigned) : null,
    dateOfInjury: letter.injuryDate,
    decisionDate: h ? isoDate(h.decisionDate) : null,
    urDenialDate: h ? isoDate(h.urDenialDate) : null,
    applicationReceived: h ? isoDate(h.applicationReceived) : null,
    priority: h?.priority ?? null,
    credentials: letter.credentials,
    age: letter.age,
    sex: letter.sex,
    diagnoses: letter.diagnoses,
    items: letter.items.map(({ partial, ...item }) => ({ ...item, originalRequest: partial?.originalRequest ?? null })),
    notes: 'Invented sample letter (imr-lens src/samples/letters.ts); every name, date and case number is fictitious.',
  });
}
