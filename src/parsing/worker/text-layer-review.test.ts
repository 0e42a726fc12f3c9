// A text layer is believed only as far as the printed page bears it out, end to end through
// parseLetter (PDFium, tesseract.js in Node) on letters written here at test time
// (src/test-support/crafted-pdfs.ts): a page image printing "Upheld" under an invisible layer saying
// "Overturned", the same page made searchable honestly, phantom items drawn white on white, off the
// page and clipped away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightRects } from '../../document/highlight-rects.ts';
import { stopOcrEngine } from '../../document/ocr-engine.ts';
import { nodeOcrPlatform } from '../../document/ocr-platform-node.ts';
import { letterOutcome } from '../../extract/record-outcome.ts';
import type { LetterRecord } from '../../extract/record.ts';
import { craftedLetterLines, craftedPdf, letterTextLayer, pageImage, searchableScan, textLines } from '../../test-support/crafted-pdfs.ts';
import { parseLetter, setOcrPlatform } from './parse-letter.ts';

beforeAll(() => setOcrPlatform(async () => nodeOcrPlatform));
afterAll(async () => {
  setOcrPlatform(null);
  await stopOcrEngine();
});

const parse = (name: string, bytes: Uint8Array) => parseLetter({ name, bytes: bytes.slice().buffer });
const codes = (r: LetterRecord) => r.problems.map((p) => p.code);
const decisions = (r: LetterRecord) => r.items.map((item) => `${item.request.value}: ${item.decision.value}`);

/** Baseline of line `n` (0-based) of craftedLetterLines in PDF points, as letterTextLayer and pageImage place it. */
const baselineOfLine = (n: number) => 740 - 15 * n;

describe('text layers checked against the printed page', () => {
  it('a forged layer ("Overturned" over a page printing "Upheld") needs attention, names both readings, and is read and highlighted as printed', async () => {
    const image = await pageImage(craftedLetterLines({ decision: 'Upheld' }));
    const record = await parse('forged.pdf', searchableScan(image, craftedLetterLines({ decision: 'Overturned' })));
    expect(letterOutcome(record)).toBe('attention');
    const mismatch = record.problems[0]!;
    expect(mismatch.code).toBe('text-layer-mismatch');
    expect(mismatch.message).toContain('item 1 decision: printed "Upheld", text layer "Overturned"');
    // The values are the printed page's, and so are their highlights: on the word "Upheld" where it is printed.
    expect(decisions(record)).toEqual(['Wrist splint for night use: Upheld']);
    expect(record.items[0]!.necessity.value).toBe('not medically necessary');
    const decision = record.items[0]!.decision;
    expect(decision.spans.map((s) => record.text.slice(s.start, s.end))).toEqual(['Upheld']);
    const [rect] = highlightRects({ pieces: record.ocr!.pieces, pageSizes: record.ocr!.pageSizes }, decision.spans);
    const line = craftedLetterLines().findIndex((l) => l.endsWith(': Upheld'));
    expect(Math.abs(792 - rect!.top - rect!.height - baselineOfLine(line))).toBeLessThan(8);
    expect(rect!.left).toBeGreaterThan(72 + 100); // after "Wrist splint for night use:"
    expect(mismatch.spans).toEqual(decision.spans);
  }, 300_000);

  it('an honest searchable scan (its layer says what its image prints) is done, with a note that it was checked', async () => {
    const lines = craftedLetterLines({ decision: 'Overturned' });
    const progress: string[] = [];
    const bytes = searchableScan(await pageImage(lines), lines);
    const record = await parseLetter({ name: 'honest.pdf', bytes: bytes.buffer as ArrayBuffer }, (p) =>
      progress.push(`${p.page}/${p.pages}`),
    );
    // The page read to check the layer is told as OCR's progress (the letter's time limit grows by it).
    expect(progress).toEqual(['1/1']);
    expect(letterOutcome(record)).toBe('done');
    expect(codes(record)).toEqual(['text-layer-checked']);
    expect(record.ocr).toBeUndefined(); // read from its text layer
    expect(decisions(record)).toEqual(['Wrist splint for night use: Overturned']);
  }, 300_000);

  it('phantom items drawn white on a white page, or covered by a box (no image to check them by), need attention and are named', async () => {
    const lines = craftedLetterLines();
    const phantom = textLines(['Topical lidocaine cream: Overturned', 'Decision rationale: It helps, so it is medically necessary.'], {
      y: 380,
      before: '1 1 1 rg',
    });
    const covered = `${textLines(['Cervical pillow: Overturned'], { y: 300 })}\nq 1 1 1 rg 60 290 400 25 re f Q`;
    const record = await parse('white.pdf', craftedPdf([{ content: `${letterTextLayer(lines)}\n${phantom}\n${covered}` }]));
    expect(letterOutcome(record)).toBe('attention');
    expect(record.problems[0]!.code).toBe('text-layer-hidden');
    expect(record.problems[0]!.message).toContain('drawn in the colour of what lies under it on page 1');
    expect(record.problems[0]!.message).toContain('"Topical lidocaine cream: Overturned');
    expect(record.problems[0]!.message).toContain(
      'covered by an image or a fill drawn over it on page 1 (25 characters: "Cervical pillow: Overturned")',
    );
  });

  it('phantom items off the page or clipped away are never items; each is said', async () => {
    const lines = craftedLetterLines();
    const item = (request: string) => [`${request}: Overturned`, 'Decision rationale: It helps, so it is medically necessary.'];
    const content = [
      letterTextLayer(lines),
      textLines(item('Ankle brace'), { x: 640, y: 300 }),
      `q 72 100 10 10 re W n ${textLines(item('Cervical pillow'), { y: 250 })} Q`,
    ].join('\n');
    const record = await parse('phantoms.pdf', craftedPdf([{ content }]));
    expect(decisions(record)).toEqual(['Wrist splint for night use: Upheld']);
    expect(record.text).not.toMatch(/Ankle brace|Cervical pillow/);
    expect(letterOutcome(record)).toBe('attention');
    const dropped = record.problems.find((p) => p.code === 'text-layer-dropped')!;
    expect(dropped.message).toContain('drawn off the page on page 1');
    expect(dropped.message).toContain('clipped away on page 1');
  });

  it('a searchable scan that cannot be checked (no OCR here) needs attention, and says why', async () => {
    const lines = craftedLetterLines();
    setOcrPlatform(null);
    try {
      const record = await parse('unchecked.pdf', searchableScan(await pageImage(lines), lines));
      expect(letterOutcome(record)).toBe('attention');
      expect(record.problems[0]!.code).toBe('text-layer-hidden');
      expect(record.problems[0]!.message).toContain('page 1 not checked against the page image: OCR is not available here');
    } finally {
      setOcrPlatform(async () => nodeOcrPlatform);
    }
  });

  it('a letter of ours printed plainly carries no text-layer problem', async () => {
    const record = await parse('plain.pdf', craftedPdf([{ content: letterTextLayer(craftedLetterLines()) }]));
    expect(letterOutcome(record)).toBe('done');
    expect(codes(record)).toEqual([]);
  });
});
