import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipLetters } from './unzip-letters.ts';

const pdf = strToU8('%PDF-1.4\n%fake\n');

describe('unzipLetters', () => {
  it('walks nested folders, keeps .pdf/.txt/%PDF entries and says what it skipped', () => {
    const zip = zipSync({
      'a.pdf': pdf,
      'dir/sub/b.txt': strToU8('letter text'),
      'dir/noext': pdf,
      'dir/plain': strToU8('not a pdf'),
      'notes.docx': strToU8('x'),
      'inner.zip': zipSync({ 'c.pdf': pdf }),
      '__MACOSX/._a.pdf': strToU8('junk'),
    });
    const result = unzipLetters('batch.zip', zip);
    expect(result.letters.map((l) => l.name).sort()).toEqual(['batch.zip/a.pdf', 'batch.zip/dir/noext', 'batch.zip/dir/sub/b.txt']);
    expect(result.skipped.map((s) => s.name).sort()).toEqual(['batch.zip/dir/plain', 'batch.zip/inner.zip', 'batch.zip/notes.docx']);
  });

  it('caps the number of entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10; i++) files[`${i}.pdf`] = pdf;
    const result = unzipLetters('many.zip', zipSync(files), { maxEntries: 3, maxTotalBytes: 1e9, maxEntryBytes: 1e6 });
    expect(result.letters).toHaveLength(3);
    expect(result.skipped.at(-1)?.reason).toMatch(/only the first 3 letters/);
  });

  it('refuses entries that inflate past the limits (a zip bomb) without inflating them', () => {
    const bomb = new Uint8Array(5_000_000); // compresses to a few KB
    const zip = zipSync({ 'bomb.pdf': bomb, 'ok.pdf': pdf }, { level: 9 });
    expect(zip.length).toBeLessThan(50_000);
    const result = unzipLetters('bomb.zip', zip, { maxEntries: 10, maxTotalBytes: 1e9, maxEntryBytes: 1_000_000 });
    expect(result.letters.map((l) => l.name)).toEqual(['bomb.zip/ok.pdf']);
    expect(result.skipped).toEqual([{ name: 'bomb.zip/bomb.pdf', reason: 'larger than 1 MB' }]);

    const total = unzipLetters('bomb.zip', zip, { maxEntries: 10, maxTotalBytes: 1_000_000, maxEntryBytes: 10_000_000 });
    expect(total.letters.map((l) => l.name)).toEqual([]);
    expect(total.skipped.at(-1)?.reason).toMatch(/archive limit/);
  });

  it('reports an archive that is not a zip', () => {
    const result = unzipLetters('broken.zip', strToU8('PK\u0003\u0004 nonsense'));
    expect(result.letters).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/not a readable zip/);
  });
});
