import { describe, expect, it } from 'vitest';
import { makeLetterView } from './letter-view.ts';
import { findDecisionMarkers, readItemHeading } from './item-heading.ts';

/** Reads every heading of a decisions section written after a "…follow:" line. */
function headings(section: string) {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES\nItems follow:\n\n${section}`;
  const view = makeLetterView(text);
  const floor = text.indexOf('Items follow:');
  const read = (f: { spans: { start: number; end: number }[] }) => f.spans.map((s) => text.slice(s.start, s.end));
  let from = floor;
  return findDecisionMarkers(view.plain, floor).map((m) => {
    const h = readItemHeading(view, m, from);
    from = m.end;
    return { h, read, text };
  });
}

describe('item headings', () => {
  it('reads a one-line heading and its decision word', () => {
    const [first] = headings('Lumbar support brace: Upheld\n\nClaims Administrator guideline: x\n');
    const { h, read } = first!;
    expect(h.request.value).toBe('Lumbar support brace');
    expect(read(h.request)).toEqual(['Lumbar support brace']);
    expect(h.decision.value).toBe('Upheld');
    expect(read(h.decision)).toEqual(['Upheld']);
    expect(h.originalRequest).toEqual({ value: null, spans: [] });
  });

  it('joins a heading wrapped over lines, with the decision alone on the last line', () => {
    const [first] = headings('Six sessions of aquatic therapy for the\nlumbar spine:\nOverturned\n\nDecision rationale: ok.\n');
    expect(first!.h.request.value).toBe('Six sessions of aquatic therapy for the lumbar spine');
    expect(first!.read(first!.h.request)).toEqual(['Six sessions of aquatic therapy for the\nlumbar spine']);
    expect(first!.h.decision.value).toBe('Overturned');
  });

  it('finds a heading that follows the previous rationale with no blank line', () => {
    const hs = headings(
      'Ice pack: Upheld\nDecision rationale: Not needed. The request is not medically necessary.\nTopical gel 1% 100g: Overturned\nDecision rationale: fine.\n',
    );
    expect(hs.map((x) => x.h.request.value)).toEqual(['Ice pack', 'Topical gel 1% 100g']);
  });

  it('reads a heading broken across a page (form feed and footer) as two spans', () => {
    const [first] = headings('Right shoulder arthroscopic subacromial\n\nPage 1 of 2\n\f\ndecompression: Overturned\n');
    expect(first!.h.request.value).toBe('Right shoulder arthroscopic subacromial decompression');
    expect(first!.read(first!.h.request)).toEqual(['Right shoulder arthroscopic subacromial', 'decompression']);
  });

  it('keeps the "Associated surgical service:" prefix in the request', () => {
    const [first] = headings('Associated surgical service: Cold therapy unit, 7 day rental: Upheld\n');
    expect(first!.h.request.value).toBe('Associated surgical service: Cold therapy unit, 7 day rental');
  });

  it('reads a partial authorization: request is the remaining portion, originalRequest the original', () => {
    const [first] = headings(
      'Acupuncture 12 visits was the original request. Acupuncture 6 visits was authorized by the\n' +
        'Claims Administrator. The remaining IMR eligible portion of the original request,\n' +
        'Acupuncture 6 visits is: Upheld\n',
    );
    const { h, read } = first!;
    expect(h.request.value).toBe('Acupuncture 6 visits');
    expect(read(h.request)).toEqual(['Acupuncture 6 visits']);
    expect(h.originalRequest.value).toBe('Acupuncture 12 visits');
    expect(read(h.originalRequest)).toEqual(['Acupuncture 12 visits']);
  });

  it('reads a partial authorization whose heading is split by a page break and has no "is"', () => {
    const [first] = headings(
      'Home exercise kit was the original request. Home exercise kit bands only was authorized by the\n\f\n' +
        'Claims Administrator. The remaining IMR eligible portion of the original request, Home\n' +
        'exercise kit weights: Overturned\n',
    );
    expect(first!.h.request.value).toBe('Home exercise kit weights');
    expect(first!.h.originalRequest.value).toBe('Home exercise kit');
  });

  it('reads the "leaving the original request IMR eligible" wording', () => {
    const [first] = headings(
      'Day rehabilitation program was the original request. The Claims Administrator authorized an\n' +
        'intake visit only, leaving the original request IMR eligible. The original request, Day\n' +
        'rehabilitation program\nis: Overturned\n',
    );
    expect(first!.h.request.value).toBe('Day rehabilitation program');
    expect(first!.read(first!.h.request)).toEqual(['Day\nrehabilitation program']);
    expect(first!.h.originalRequest.value).toBe('Day rehabilitation program');
  });

  it('accepts a space before the colon', () => {
    const [first] = headings('CT of the head without contrast : Upheld\n');
    expect(first!.h.request.value).toBe('CT of the head without contrast');
    expect(first!.read(first!.h.decision)).toEqual(['Upheld']);
  });

  it('accepts a line break before the colon', () => {
    const [first] = headings('Cervical collar\n: Overturned\n');
    expect(first!.h.request.value).toBe('Cervical collar');
    expect(first!.read(first!.h.request)).toEqual(['Cervical collar']);
    expect(first!.read(first!.h.decision)).toEqual(['Overturned']);
  });

  it('reads a heading wrapped after "DOS:" whose last line starts with the date', () => {
    const hs = headings(
      'Cane: Upheld\nDecision rationale: A cane is not needed. The request is not medically necessary.\n' +
        'Retrospective request for lidocaine 5% patches #30, DOS:\n03/14/2017: Upheld\nDecision rationale: x.\n',
    );
    const { h, read } = hs[1]!;
    expect(h.request.value).toBe('Retrospective request for lidocaine 5% patches #30, DOS: 03/14/2017');
    expect(read(h.request)).toEqual(['Retrospective request for lidocaine 5% patches #30, DOS:\n03/14/2017']);
    expect(h.request.spans).toEqual([{ start: 147, end: 214 }]);
  });

  it('reads headings whose lines start with a number, a parenthesis or follow a line ending in a colon', () => {
    const hs = headings(
      'Occupational therapy for the left wrist,\n10 visits: Upheld\n\n' +
        'Cold compression unit\n(14 day rental): Overturned\n\n' +
        'Associated surgical service:\nPost-operative arm sling: Upheld\n',
    );
    expect(hs.map((x) => x.h.request.value)).toEqual([
      'Occupational therapy for the left wrist, 10 visits',
      'Cold compression unit (14 day rental)',
      'Associated surgical service: Post-operative arm sling',
    ]);
  });

  it('does not stop at an abbreviation that ends a line, but stops at the introduction line', () => {
    const [first] = headings('Consultation with Dr.\nOkafor, hand surgeon: Overturned\n');
    expect(first!.h.request.value).toBe('Consultation with Dr. Okafor, hand surgeon');
    const [dosing] = headings('Tizanidine 2 mg b.i.d.\n#60: Upheld\n');
    expect(dosing!.h.request.value).toBe('Tizanidine 2 mg b.i.d. #60');
  });

  it('stops at an introduction line of any wording right under the section heading', () => {
    const text = 'IMR ISSUES, DECISIONS AND RATIONALES\nThe disputed items are:\nWalker with wheels: Upheld\n';
    const view = makeLetterView(text);
    const floor = text.indexOf('\n');
    const [marker] = findDecisionMarkers(view.plain, floor);
    expect(readItemHeading(view, marker!, floor).request.value).toBe('Walker with wheels');
  });
});
