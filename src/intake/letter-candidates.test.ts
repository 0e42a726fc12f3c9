import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandCandidates } from './expand-candidates.ts';
import { detectImageFormat } from '../document/letter-kinds.ts';

const PNG = readFileSync(new URL('../../test-fixtures/scanned-sample-page1.png', import.meta.url));

describe('image letters (scans)', () => {
  it('are told by their signature, not their name', async () => {
    expect(detectImageFormat(new Uint8Array(PNG.subarray(0, 16)))).toBe('png');
    expect(detectImageFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg');
    expect(detectImageFormat(new TextEncoder().encode('x'))).toBe(null);
    const { letters, skipped } = await expandCandidates([
      { name: 'scan.png', blob: new Blob([new Uint8Array(PNG)]) },
      { name: 'fax-without-extension', blob: new Blob([new Uint8Array(PNG)]) },
      { name: 'picture.png', blob: new Blob(['x']) },
    ]);
    expect(letters.map((l) => l.name)).toEqual(['scan.png', 'fax-without-extension']);
    expect(skipped).toEqual([{ name: 'picture.png', reason: 'not a PDF or text letter' }]);
  });

  it('a PDF named .zip is a letter, not an archive', async () => {
    const pdf = new Blob(['%PDF-1.4\n%fake\n']);
    const { letters, skipped } = await expandCandidates([{ name: 'letter.zip', blob: pdf }]);
    expect(letters.map((l) => l.name)).toEqual(['letter.zip']);
    expect(skipped).toEqual([]);
  });
});
