import { describe, expect, it } from 'vitest';
import type { Category, Citation, Field } from './record.ts';
import { readDrugWords, readMedication } from './drug-class.ts';
import { makeLetterView } from './letter-view.ts';
import { textField } from './spans.ts';
import { readCitations } from './guideline-citations.ts';

// Every drug and wording here is written for these tests: none is a request of the shared corpus.
const words = (request: string) => {
  const r = readDrugWords(request);
  if (!r) return null;
  const read = (spans: { start: number; end: number }[] | null) => spans?.map((s) => request.slice(s.start, s.end)) ?? null;
  return { drugClass: r.drugClass, spans: read(r.spans), compounded: read(r.compounded) };
};

describe('readDrugWords: the class a request names, and the words that decide it', () => {
  it.each([
    // opioids: stems, brands, a patch that carries the drug into the blood, a combination
    ['Tapentadol ER 100mg #60', 'opioid', ['Tapentadol']],
    ['Oxymorphone 10mg every 12 hours', 'opioid', ['Oxymorphone']],
    ['Hydromorphone 2mg #90', 'opioid', ['Hydromorphone']],
    ['Fentanyl 25mcg/hr transdermal patch #10', 'opioid', ['Fentanyl']],
    ['Butrans 10mcg/hr patch, 4 patches', 'opioid', ['Butrans']],
    ['Hydrocodone/ibuprofen 7.5/200mg #60', 'opioid', ['Hydrocodone']],
    // NSAIDs by mouth
    ['Meloxicam 15mg tablets #30', 'NSAID', ['Meloxicam']],
    ['Nabumetone 750mg', 'NSAID', ['Nabumetone']],
    ['Etodolac ER 600mg', 'NSAID', ['Etodolac']],
    ['Vimovo 500/20mg #60', 'NSAID', ['Vimovo']],
    // the form decides before the molecule
    ['Meloxicam patch #30', 'topical analgesic', ['Meloxicam', 'patch']],
    ['Diclofenac sodium 1% gel, 100 grams', 'topical analgesic', ['Diclofenac', 'gel']],
    ['Salonpas pad #60', 'topical analgesic', ['Salonpas', 'pad']],
    ['Capsaicin 0.075% lotion', 'topical analgesic', ['Capsaicin', 'lotion']],
    ['Lidocaine spray', 'topical analgesic', ['Lidocaine', 'spray']],
    // muscle relaxants, anticonvulsants, antidepressants, sleep aids, the stomach
    ['Tizanidine 4mg #90', 'muscle relaxant', ['Tizanidine']],
    ['Metaxalone 800mg', 'muscle relaxant', ['Metaxalone']],
    ['Pregabalin 75mg twice daily', 'anticonvulsant', ['Pregabalin']],
    ['Oxcarbazepine 300mg', 'anticonvulsant', ['Oxcarbazepine']],
    ['Duloxetine 60mg #30', 'antidepressant', ['Duloxetine']],
    ['Desvenlafaxine 50mg', 'antidepressant', ['Desvenlafaxine']],
    ['Eszopiclone 3mg #30', 'sedative-hypnotic', ['Eszopiclone']],
    ['Temazepam 15mg at bedtime', 'sedative-hypnotic', ['Temazepam']],
    ['Famotidine 20mg #60', 'gastrointestinal', ['Famotidine']],
    ['Esomeprazole 40mg', 'gastrointestinal', ['Esomeprazole']],
    ['Granisetron 1mg', 'gastrointestinal', ['Granisetron']],
    ['Sennosides 8.6mg', 'gastrointestinal', ['Sennosides']],
    // other: a drug of no class here
    ['Rizatriptan 10mg #9', 'other', ['Rizatriptan']],
    ['Nicotine 21mg patch', 'other', ['Nicotine']],
    ['Acetaminophen 500mg #100', 'other', ['Acetaminophen']],
  ])('%s: %s', (request, drugClass, spans) => {
    expect(words(request)).toMatchObject({ drugClass, spans, compounded: null });
  });

  it('a product mixed for the patient: the class of how it is used, compounded by the words that say so', () => {
    expect(words('Gabapentin 10%/Baclofen 2%/Ketamine 5% in cream base, 180 grams')).toEqual({
      drugClass: 'topical analgesic',
      spans: ['Gabapentin 10%/Baclofen 2%/Ketamine', 'cream base'],
      compounded: ['cream base'],
    });
    // a coined topical compound, several ingredients in percentages with no form named, a compounded oral suspension
    expect(words('Gabacyclotram 180gm')).toEqual({
      drugClass: 'topical analgesic',
      spans: ['Gabacyclotram'],
      compounded: ['Gabacyclotram'],
    });
    expect(words('Ketoprofen 10%/Cyclobenzaprine 3%, 240gm')).toEqual({
      drugClass: 'topical analgesic',
      spans: ['Ketoprofen 10%/Cyclobenzaprine'],
      compounded: ['Ketoprofen 10%/Cyclobenzaprine'],
    });
    expect(words('Synapryn 10mg/ml oral suspension 500ml')).toEqual({ drugClass: 'opioid', spans: ['Synapryn'], compounded: ['Synapryn'] });
    expect(words('Compounded pregabalin 20mg/ml suspension')).toMatchObject({ drugClass: 'anticonvulsant', compounded: ['Compounded'] });
  });

  it('commercial combinations are not compounds', () => {
    expect(words('Oxycodone/acetaminophen 5/325mg #60')).toMatchObject({ drugClass: 'opioid', compounded: null });
    expect(words('Lidocaine 2.5%/prilocaine 2.5% cream')).toMatchObject({ drugClass: 'topical analgesic', compounded: null });
  });

  it('names no drug: nothing to read from the request', () => {
    expect(readDrugWords('Three months of medications')).toBeNull();
    expect(readDrugWords('Zentravol 5mg/ml oral suspension 300ml')).toBeNull();
  });
});

/** An item's evidence laid out as a letter would: request, guideline sections and rationale. */
function medicationItem(request: string, guideline: string, rationale: string, category: Category = 'medication') {
  const text = `Item: ${request}\nGuideline: ${guideline}\nRationale: ${rationale}\n`;
  const view = makeLetterView(text);
  const at = (s: string) => text.indexOf(s);
  const field = (s: string): Field<string> => textField(view, at(s), at(s) + s.length);
  const citations: Citation[] = readCitations(view, field(guideline), 'reviewer');
  const requestField = field(request);
  const read = readMedication(view, {
    request: requestField,
    citations,
    rationale: field(rationale),
    category: { value: category, spans: requestField.spans },
  });
  const words = (f: Field<unknown>) => f.spans.map((s) => text.slice(s.start, s.end));
  return {
    drugClass: read.drugClass.value,
    classWords: words(read.drugClass),
    compounded: read.compounded.value,
    compoundedWords: words(read.compounded),
  };
}

describe('readMedication: the whole item', () => {
  it('a drug named in the request decides; compounded false points at its name', () => {
    expect(
      medicationItem(
        'Levorphanol 2mg #60',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Opioids, criteria for use.',
        'Levorphanol is an opioid. No functional improvement is documented. The request is not medically necessary.',
      ),
    ).toEqual({ drugClass: 'opioid', classWords: ['Levorphanol'], compounded: false, compoundedWords: ['Levorphanol'] });
  });

  it('a request naming no drug takes the class of the guideline section cited', () => {
    expect(
      medicationItem(
        'Retrospective request for medication dispensed on 3/4/2016',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Muscle relaxants (for pain).',
        'The guidelines support short courses only. The request is not medically necessary.',
      ),
    ).toEqual({
      drugClass: 'muscle relaxant',
      classWords: ['Muscle relaxants'],
      compounded: false,
      compoundedWords: ['Retrospective request for medication dispensed on 3/4/2016'],
    });
  });

  it('a coined compounded name: the rationale says what it is and that it is compounded', () => {
    expect(
      medicationItem(
        'Zentravol 5mg/ml, 300ml',
        'Decision based on Non-MTUS Citation Official Disability Guidelines, Pain chapter.',
        'Zentravol is a compounded oral suspension of famotidine, an H2 blocker. It is not medically necessary.',
      ),
    ).toEqual({ drugClass: 'gastrointestinal', classWords: ['famotidine'], compounded: true, compoundedWords: ['compounded'] });
  });

  it('a coined name dispensed as an oral suspension is a compounding kit; its section says its class', () => {
    expect(
      medicationItem(
        'Neurovatrin 25mg/ml oral suspension 420ml',
        'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Anti-epilepsy drugs (AEDs).',
        'There is no documentation of neuropathic pain. The request is not medically necessary.',
      ),
    ).toEqual({ drugClass: 'anticonvulsant', classWords: ['Anti-epilepsy'], compounded: true, compoundedWords: ['oral suspension'] });
  });

  it('trazodone given for sleep is a sleep aid, named by the section on insomnia', () => {
    expect(
      medicationItem(
        'Trazodone 50mg #30',
        'Decision based on Non-MTUS Citation Official Disability Guidelines, Pain chapter, Insomnia treatment.',
        'It is prescribed at bedtime. The request is medically necessary.',
      ),
    ).toMatchObject({ drugClass: 'sedative-hypnotic', classWords: ['Trazodone', 'Insomnia'] });
  });

  it('an item of another category has neither field', () => {
    expect(medicationItem('Lumbar MRI', 'Decision based on ACOEM.', 'Not medically necessary.', 'imaging')).toEqual({
      drugClass: null,
      classWords: [],
      compounded: null,
      compoundedWords: [],
    });
  });
});
