// The CLI's parse processes drop Node's DecompressionStream so pdf.js inflates in its own thread.
// That is only a speed-up if the letters read exactly the same either way.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLetter } from '../parsing/worker/parse-letter.ts';
import { setTextEngine } from '../document/pdf-text-engine.ts';
import { inflateInThread } from './in-thread-inflate.ts';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const pdfs = readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf'));
const original = globalThis.DecompressionStream;

const parseAll = () =>
  Promise.all(pdfs.map((f) => parseLetter({ name: f, bytes: new Uint8Array(readFileSync(new URL(f, SAMPLES))).buffer })));

describe('inflating in pdf.js’s own thread', () => {
  // What inflates in its own thread is pdf.js (it draws pages, and reads the text of what PDFium cannot
  // open); the unit tests otherwise read text with PDFium (test-support/unit-setup.ts).
  beforeAll(() => setTextEngine('pdfjs'));
  afterAll(() => {
    globalThis.DecompressionStream = original;
    setTextEngine('pdfium');
  });

  it('reads every sample PDF exactly as DecompressionStream does', async () => {
    let streams = 0;
    globalThis.DecompressionStream = class extends original {
      constructor(...args: ConstructorParameters<typeof DecompressionStream>) {
        super(...args);
        streams++;
      }
    };
    const withStreams = await parseAll();
    expect(streams).toBeGreaterThan(0); // the first pass really went through DecompressionStream

    inflateInThread();
    expect(globalThis.DecompressionStream).toBeUndefined();
    const inThread = await parseAll();

    expect(pdfs.length).toBeGreaterThan(3);
    expect(inThread).toEqual(withStreams);
    for (const record of inThread) expect(record.status).toBe('ok');
  });
});
