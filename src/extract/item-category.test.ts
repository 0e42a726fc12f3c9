import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './record.ts';
import { RULES, categorize, readCategory } from './item-category.ts';
import { makeLetterView } from './letter-view.ts';
import { textField } from './spans.ts';
import { readCitations } from './guideline-citations.ts';

// Request wordings written for these tests (none is a request of the shared corpus).
describe('categorize: the kind a request names', () => {
  it.each([
    // medication: with or without a dose, by generic stem, brand, class or form
    ['Etodolac', 'medication'],
    ['Esomeprazole, one month supply', 'medication'],
    ['Methocarbamol', 'medication'],
    ['Orphenadrine ER', 'medication'],
    ['Zolpidem as needed for sleep', 'medication'],
    ['Hydromorphone', 'medication'],
    ['Eszopiclone 2mg', 'medication'],
    ['Topiramate', 'medication'],
    ['Skelaxin', 'medication'],
    ['Ketoprofen/cyclobenzaprine topical', 'medication'],
    ['Compounded oral suspension, 300ml', 'medication'],
    ['Post-op Hydrocodone/APAP', 'medication'],
    ['Medical food for sleep', 'medication'],
    ['Morphine sulfate ER', 'medication'],
    ['Belsomra', 'medication'],
    ['APAP as needed', 'medication'],
    // imaging
    ['Left wrist MR arthrogram', 'imaging'],
    ['Diagnostic ultrasound of the right shoulder', 'imaging'],
    ['Ultrasound of the left Achilles tendon', 'imaging'],
    ['Three-phase bone scan', 'imaging'],
    ['Flexion-extension views of the neck', 'imaging'],
    // diagnostic test: labs (PT/PTT is a clotting test), recordings, measurements
    ['CBC and CMP prior to surgery', 'diagnostic test'],
    ['PT/PTT', 'diagnostic test'],
    ['PT and INR', 'diagnostic test'],
    ['Pre-operative labs', 'diagnostic test'],
    ['Urinalysis', 'diagnostic test'],
    ['Hepatic and renal function panel', 'diagnostic test'],
    ['Hemoglobin A1c', 'diagnostic test'],
    ['EEG', 'diagnostic test'],
    ['Pre-op EKG', 'diagnostic test'],
    ['SSEP of the lower extremities', 'diagnostic test'],
    ['Echocardiogram', 'diagnostic test'],
    ['Computerized range of motion testing', 'diagnostic test'],
    ['Grip strength testing, bilateral hands', 'diagnostic test'],
    ['Thyroid stimulating hormone level', 'diagnostic test'],
    // physical therapy: therapy named, or only its modalities
    ['Infrared heat to the low back, 6 sessions', 'physical therapy'],
    ['Manual therapy and therapeutic exercise x 8', 'physical therapy'],
    ['Cervical traction, 2 x 4', 'physical therapy'],
    ['Myofascial release, 6 visits', 'physical therapy'],
    ['OT for the left hand, 8 visits', 'physical therapy'],
    ['Pool therapy twice weekly', 'physical therapy'],
    // chiropractic, acupuncture
    ['Spinal manipulation, 6 visits', 'chiropractic'],
    ['Re-exam by the chiropractor', 'chiropractic'],
    ['Infrared and electro-acupuncture, 6 sessions', 'acupuncture'],
    // injection (even when it names the drug injected)
    ['Toradol 60mg intramuscular injection', 'injection'],
    ['Ketorolac IM', 'injection'],
    ['CT-guided L5-S1 facet injection', 'injection'],
    ['Fluoroscopically guided sacroiliac joint injection', 'injection'],
    ['EMG-guided botulinum toxin, 200 units', 'injection'],
    ['Genicular nerve block, right knee', 'injection'],
    // surgery (but not myofascial release, nor therapy after surgery)
    ['Carpal tunnel release, left', 'surgery'],
    ['Laminectomy L4-5', 'surgery'],
    ['Co-surgeon for the fusion', 'surgery'],
    ['Post-surgical physical therapy, 12 visits', 'physical therapy'],
    // durable medical equipment
    ['Bedside commode', 'durable medical equipment'],
    ['Cold compression therapy, 21 days', 'durable medical equipment'],
    ['Shower chair purchase', 'durable medical equipment'],
    ['Raised toilet seat', 'durable medical equipment'],
    ['Bilateral hearing aids', 'durable medical equipment'],
    ['Knee scooter rental', 'durable medical equipment'],
    ['Shoulder wrap', 'durable medical equipment'],
    ['Hip pads', 'durable medical equipment'],
    ['Heat pads for home use', 'durable medical equipment'],
    ['Home cervical traction unit', 'durable medical equipment'],
    // consultation: a physician's visit, a surgeon's evaluation included
    ['Orthopedic surgeon evaluation', 'consultation'],
    ['Spine surgery consultation', 'consultation'],
    ['Transfer of care to a hand surgeon', 'consultation'],
    ['Medication management consultation', 'consultation'],
    ['Medication management visits, 4', 'consultation'],
    ['Referral to rheumatology', 'consultation'],
    ['Physical medicine and rehabilitation consult', 'consultation'],
    ['Referral to pain management for an epidural', 'consultation'],
    // a referral takes the kind of a profession that has its own
    ['Referral to a psychologist for pain coping', 'psychological'],
    ['Consultation with a physical therapist', 'physical therapy'],
    // psychological, home health, other
    ['Biofeedback, 4 sessions', 'psychological'],
    ['Multidisciplinary pain program, 2 weeks', 'psychological'],
    ['Hypnotherapy x 4', 'psychological'],
    ['Nurse visits twice weekly', 'home health'],
    ['Skilled nursing visits for wound care', 'home health'],
    ['Caregiver 6 hours a day', 'home health'],
    ['Taxi transportation to appointments', 'other'],
    ['Extracorporeal shockwave therapy', 'other'],
    ['Associated surgical service: Inpatient stay, 2 days', 'other'],
    ['Inpatient functional restoration program', 'psychological'],
    ['Associated surgical service: Walker', 'durable medical equipment'],
  ] as const)('%s -> %s', (request, category) => {
    expect(categorize(request)).toBe(category);
  });

  it('only uses categories of the contract', () => {
    for (const rule of RULES) expect(CATEGORIES).toContain(rule.category);
  });
});

/** A one-item letter part: request, the two guideline texts and the rationale, each at known offsets. */
function item(request: string, reviewerGuideline: string, rationale: string) {
  const text = `${request}: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: ${reviewerGuideline}\nDecision rationale: ${rationale}\n`;
  const view = makeLetterView(text);
  const at = (s: string) => text.indexOf(s);
  const requestField = textField(view, 0, request.length);
  const guideline = textField(view, at('Decision based on'), at('\nDecision rationale'));
  const rationaleField = textField(view, at('Decision rationale: ') + 20, text.length);
  const category = readCategory(view, {
    request: requestField,
    citations: readCitations(view, guideline, 'reviewer'),
    rationale: rationaleField,
  });
  return { value: category.value, read: category.spans.map((s) => text.slice(s.start, s.end)) };
}

describe('readCategory: from the whole item, pointing at the deciding words', () => {
  it('takes the request when it names a kind, and points at the naming words', () => {
    expect(item('Bilateral hearing aids', 'Decision based on Non-MTUS Citation ODG Head Chapter, Hearing aids.', 'Not needed.')).toEqual({
      value: 'durable medical equipment',
      read: ['hearing aids'],
    });
  });

  it('reads a coined name from the citation topic', () => {
    expect(
      item(
        'Zynoflex oral liquid, 200ml',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Muscle relaxants (for pain) Page(s): 63-66.',
        'There is no sign of spasm. The request is not medically necessary.',
      ),
    ).toEqual({ value: 'medication', read: ['Muscle relaxants'] });
  });

  it('prefers the citation topic to a bare hint in the request', () => {
    expect(
      item('Thermal wraps x 10', 'Decision based on Non-MTUS Citation ODG Shoulder Chapter, Heat therapy.', 'They add little.'),
    ).toEqual({ value: 'durable medical equipment', read: ['wraps'] });
    expect(
      item(
        'Retrospective request: Somnalix #30',
        'Decision based on Non-MTUS Citation ODG Pain Chapter, Insomnia treatment.',
        'Sleep hygiene was not tried.',
      ),
    ).toEqual({ value: 'medication', read: ['Insomnia treatment'] });
  });

  it('reads what the rationale says the requested thing is', () => {
    expect(
      item(
        'Relorin',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Section(s): Summary.',
        'Relorin (oxaprozin) is a non-steroidal anti-inflammatory drug. The request is not medically necessary.',
      ),
    ).toEqual({ value: 'medication', read: ['oxaprozin'] });
    expect(
      item(
        'In-house assistance 20 hours a week',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Section(s): Summary.',
        'The claimant asks for a home health aide to cook and clean. Such services are not medical treatment.',
      ),
    ).toEqual({ value: 'home health', read: ['home health aide'] });
  });

  it('keeps a clear request over a rationale that mentions other care', () => {
    expect(
      item(
        'Physical therapy 8 visits, right knee',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99.',
        'The worker took Naproxen, an NSAID, and it did not help. The request is medically necessary.',
      ),
    ).toEqual({ value: 'physical therapy', read: ['Physical therapy'] });
  });

  it("is 'other', pointing at the request, when nothing names a kind", () => {
    expect(
      item('Zumba classes', 'The Claims Administrator did not cite any medical evidence for its decision.', 'Not shown to help.'),
    ).toEqual({
      value: 'other',
      read: ['Zumba classes'],
    });
  });
});
