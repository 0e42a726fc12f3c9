import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { readCaseSummary } from './case-summary.ts';

function summary(body: string) {
  const text = `CLINICAL CASE SUMMARY\n${body}\n`;
  const s = readCaseSummary(makeLetterView(text), 22, text.length);
  const read = (f: { spans: { start: number; end: number }[] }) => f.spans.map((x) => text.slice(x.start, x.end));
  return { s, read };
}

describe('case summary', () => {
  it.each([
    ['The injured worker is a 51 year old male who was hurt.', 51, 'male', '51 year old', 'male'],
    ['The patient is a 49-year-old female seen today.', 49, 'female', '49-year-old', 'female'],
    ['This case involves a now 42-year-old man with back pain.', 42, 'male', '42-year-old', 'man'],
    ['The 35 year old male injured worker fell.', 35, 'male', '35 year old', 'male'],
  ])('age and sex in "%s"', (body, age, sex, ageText, sexText) => {
    const { s, read } = summary(body);
    expect([s.age.value, read(s.age)]).toEqual([age, [ageText]]);
    expect([s.sex.value, read(s.sex)]).toEqual([sex, [sexText]]);
  });

  it('leaves the age null when only the sex is stated', () => {
    const { s } = summary('The injured worker is a female who tripped on a cable.');
    expect(s.age).toEqual({ value: null, spans: [] });
    expect(s.sex.value).toBe('female');
  });

  it.each([
    ['who sustained an industrial injury on 10/11/13. She', '2013-10-11', '10/11/13'],
    ['who sustained an industrial injury on February 8,\n2007. He', '2007-02-08', 'February 8,\n2007'],
    ['who sustained an industrial injury on 6-6-2000. The', '2000-06-06', '6-6-2000'],
    ['with a date of injury on 10-11-2016. A review', '2016-10-11', '10-11-2016'],
    ['with a date of injury of 07/08/2013. According', '2013-07-08', '07/08/2013'],
    ['with a history of an occupational claim from 10/14/ 2016. The', '2016-10-14', '10/14/ 2016'],
  ])('date of injury from "%s"', (body, iso, written) => {
    const { s, read } = summary(`The worker is a 40 year old male ${body}`);
    expect([s.dateOfInjury.value, read(s.dateOfInjury)]).toEqual([iso, [written]]);
  });

  it('reads the diagnoses list, each element with its span', () => {
    const { s, read } = summary('A 30 year old male. Diagnoses include lumbago, thoracic strain, and left\nsciatica. He works nights.');
    expect(s.diagnoses.value).toEqual(['lumbago', 'thoracic strain', 'left sciatica']);
    expect(read(s.diagnoses)).toEqual(['lumbago', 'thoracic strain', 'left\nsciatica']);
  });

  it.each([
    ['Diagnoses include cervical, thoracic and lumbar strain. He works.', ['cervical, thoracic and lumbar strain']],
    ['She was diagnosed with left and right knee sprain. Rest helped.', ['left and right knee sprain']],
    ['Diagnoses include depression, anxiety and lumbar strain. He works.', ['depression', 'anxiety', 'lumbar strain']],
    [
      'Diagnoses include lumbar strain, cervical strain and left sciatica. He works.',
      ['lumbar strain', 'cervical strain', 'left sciatica'],
    ],
  ])('keeps site words that share one noun together in "%s"', (body, expected) => {
    const { s, read } = summary(`A 30 year old male. ${body}`);
    expect(s.diagnoses.value).toEqual(expected);
    expect(read(s.diagnoses)).toEqual(expected);
  });

  it('reads "diagnosed with" and a list joined by "and"', () => {
    const { s } = summary('A 30 year old female. She was diagnosed with neck strain and occipital headache. Rest helped.');
    expect(s.diagnoses.value).toEqual(['neck strain', 'occipital headache']);
  });
});

describe('diagnoses in a serial list without the Oxford comma', () => {
  it('splits "A, B and C" into three', () => {
    const text =
      'CLINICAL CASE SUMMARY\nThe injured worker is a 40 year old male. Diagnoses include lumbar strain, lumbar disc disease and right sacroiliitis. He works.\n';
    const summary = readCaseSummary(makeLetterView(text), 22, text.length);
    expect(summary.diagnoses.value).toEqual(['lumbar strain', 'lumbar disc disease', 'right sacroiliitis']);
    expect(summary.diagnoses.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'lumbar strain',
      'lumbar disc disease',
      'right sacroiliitis',
    ]);
  });
});
