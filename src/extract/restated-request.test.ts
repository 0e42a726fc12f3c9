import { describe, expect, it } from 'vitest';
import type { Field } from './record.ts';
import { makeLetterView } from './letter-view.ts';
import { findSections } from './letter-sections.ts';
import { readItems } from './item-blocks.ts';
import { checkHeadingAgainstRationale, readRestatedRequest } from './restated-request.ts';
import { textField } from './spans.ts';

/** A field over the first occurrence of `words` in `text`. */
function fieldAt(text: string, words: string): Field<string> {
  const view = makeLetterView(text);
  const at = text.indexOf(words);
  return textField(view, at, at + words.length);
}

describe('the request the rationale restates', () => {
  it('reads the last "request for X is …" of the rationale, with its span', () => {
    const text =
      'Decision rationale: The request for a walker was denied before. The guideline wants a trial first. ' +
      'Therefore, the request for a four-wheeled walker with seat is not medically necessary.';
    const view = makeLetterView(text);
    const restated = readRestatedRequest(view, textField(view, 20, text.length));
    expect(restated.value).toBe('four-wheeled walker with seat');
    expect(restated.spans).toEqual([{ start: 128, end: 157 }]);
    expect(text.slice(128, 157)).toBe('four-wheeled walker with seat');
  });

  it('keeps a decimal dose and drops the partial-authorization lead', () => {
    const text =
      'Decision rationale: As such, the remaining IMR eligible portion of the original request, ' +
      'buprenorphine 7.5 mcg/hr patches #4, was also not medically necessary.';
    const view = makeLetterView(text);
    expect(readRestatedRequest(view, textField(view, 20, text.length)).value).toBe('buprenorphine 7.5 mcg/hr patches #4');
  });

  it('is null when the rationale restates no request', () => {
    const text = 'Decision rationale: A walker is not supported here and so is not medically necessary.';
    const view = makeLetterView(text);
    expect(readRestatedRequest(view, textField(view, 20, text.length))).toEqual({ value: null, spans: [] });
  });
});

describe('heading against the restated request', () => {
  const text = 'Heading: 03/14/2017 ... The request for lidocaine 5% patches #30, DOS: 03/14/2017 is not medically necessary.';
  const heading = fieldAt(text, '03/14/2017');
  const restated = fieldAt(text, 'lidocaine 5% patches #30, DOS: 03/14/2017');

  it('warns, with both spans, when the heading is only the tail of the restated request', () => {
    expect(checkHeadingAgainstRationale(2, heading, restated)).toEqual({
      severity: 'warning',
      code: 'request-mismatch',
      field: 'items[2].request',
      message:
        'Request of item 3 may be misread: its heading reads only "03/14/2017" but the rationale restates the request as "lidocaine 5% patches #30, DOS: 03/14/2017". Check the heading.',
      spans: [
        { start: 9, end: 19 },
        { start: 40, end: 81 },
      ],
    });
  });

  it('warns when the heading ran into words of substance before it', () => {
    const t = 'knee brace was denied. Ice pack The request for ice pack is medically necessary.';
    const p = checkHeadingAgainstRationale(0, fieldAt(t, 'knee brace was denied. Ice pack'), fieldAt(t, 'ice pack is'.slice(0, 8)));
    expect(p?.message).toBe(
      'Request of item 1 may be cut short or run on: its heading reads "knee brace was denied. Ice pack" but the rationale restates the request as "ice pack". Check the heading.',
    );
  });

  it('accepts a paraphrase, a dropped qualifier and the same words', () => {
    const t = 'MRI of the lumbar spine without contrast | lumbar MRI | Retrospective request for Tens unit | Tens unit';
    expect(checkHeadingAgainstRationale(0, fieldAt(t, 'MRI of the lumbar spine without contrast'), fieldAt(t, 'lumbar MRI'))).toBeNull();
    expect(checkHeadingAgainstRationale(0, fieldAt(t, 'Retrospective request for Tens unit'), fieldAt(t, 'Tens unit'))).toBeNull();
    expect(checkHeadingAgainstRationale(0, fieldAt(t, 'Tens unit'), fieldAt(t, 'Retrospective request for Tens unit'))).toBeNull();
  });

  it('warns about a heading that names no treatment even when the rationale restates nothing', () => {
    expect(checkHeadingAgainstRationale(0, heading, { value: null, spans: [] })?.message).toBe(
      'Request of item 1 may be misread: its heading reads only "03/14/2017", which names no treatment. Check the heading.',
    );
  });
});

describe('a misread heading never passes silently', () => {
  it('flags the item whose heading line break fell after a full stop', () => {
    const text =
      'IMR ISSUES, DECISIONS AND RATIONALES\nThe items follow:\n' +
      'Home traction device, cervical, per the order of 03/01/2017.\n2 units: Upheld\n' +
      'Claims Administrator guideline: None cited.\nMAXIMUS guideline: Decision based on MTUS Neck and Upper Back Complaints 2004.\n' +
      'Decision rationale: Traction is not advised. The request for home traction device, cervical, per the order of 03/01/2017. 2 units is not medically necessary.\n';
    const view = makeLetterView(text);
    const { items, problems } = readItems(view, findSections(view).itemsStart);
    expect(items[0]!.request.value).toBe('2 units');
    const mismatch = problems.find((p) => p.code === 'request-mismatch');
    expect(mismatch?.field).toBe('items[0].request');
    expect(mismatch?.spans?.map((s) => text.slice(s.start, s.end))).toEqual([
      '2 units',
      'home traction device, cervical, per the order of 03/01/2017. 2 units',
    ]);
  });
});
