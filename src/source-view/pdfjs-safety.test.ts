// pdf.js is a large parser of hostile input: it must be a release with the CVE-2024-4367 fix, and
// every document must be opened without eval, whichever side of the app opens it.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PDFJS_FIRST_SAFE_VERSION, PDFJS_SAFE_OPTIONS } from '../document/pdfjs-options.ts';

const opened: Record<string, unknown>[] = [];
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => ({
  PasswordResponses: { NEED_PASSWORD: 1, INCORRECT_PASSWORD: 2 },
  GlobalWorkerOptions: { workerPort: {} }, // already set: the view module must not start a Worker here
  getDocument: (params: Record<string, unknown>) => {
    opened.push(params);
    return { promise: Promise.resolve({ numPages: 0, destroy: async () => {} }), destroy: async () => {} };
  },
}));
vi.mock('pdfjs-dist/legacy/build/pdf.worker.mjs', () => ({}));

const newer = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! > y![i]!;
  return true;
};

describe('pdf.js safety', () => {
  beforeEach(() => void opened.splice(0));

  it('the installed pdf.js is a release with the CVE-2024-4367 fix', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../node_modules/pdfjs-dist/package.json', import.meta.url), 'utf8'));
    expect(newer(version, PDFJS_FIRST_SAFE_VERSION)).toBe(true);
  });

  it('the shared options turn eval off', () => {
    expect(PDFJS_SAFE_OPTIONS.isEvalSupported).toBe(false);
  });

  it('text reading (workers, CLI) opens documents with the safe options', async () => {
    const { readPdfRuns } = await import('../document/pdf-text.ts');
    await readPdfRuns(new Uint8Array([1, 2, 3]));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject(PDFJS_SAFE_OPTIONS);
  });

  it('drawing scanned pages for OCR opens documents with the safe options', async () => {
    const { drawPdfPages } = await import('../document/pdf-text.ts');
    for await (const drawn of drawPdfPages(new Uint8Array([1, 2, 3]), [], 2550)) expect(drawn).toBeUndefined();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject(PDFJS_SAFE_OPTIONS);
  });

  it('the source view opens documents with the safe options', async () => {
    const { openPdfForView } = await import('./pdf-view.ts');
    await openPdfForView(new ArrayBuffer(3));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject(PDFJS_SAFE_OPTIONS);
  });
});
