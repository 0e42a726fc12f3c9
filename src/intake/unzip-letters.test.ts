import { zipSync, strToU8 } from 'fflate';
import { zipWithEntries as zipWith } from '../test-support/hostile-files.ts';
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

  it('keeps two entries of one name, each named by its place in the archive', () => {
    const zip = zipWith([
      ['letter.pdf', pdf],
      ['other.txt', strToU8('letter text')],
      ['letter.pdf', strToU8('%PDF-1.4\n%another\n')],
    ]);
    const result = unzipLetters('twins.zip', zip);
    expect(result.letters.map((l) => l.name)).toEqual([
      'twins.zip/letter.pdf (entry 1)',
      'twins.zip/other.txt',
      'twins.zip/letter.pdf (entry 3)',
    ]);
    expect(new TextDecoder().decode(result.letters[2]!.bytes)).toContain('another');
    expect(result.skipped).toEqual([]);
  });

  it('decides what an entry is by its bytes, whatever its name', () => {
    const zip = zipSync({ 'scan.docx': pdf, 'notes.docx': strToU8('x'), 'renamed.pdf': zipSync({ 'a.pdf': pdf }), 'inner.zip': pdf });
    const result = unzipLetters('mixed.zip', zip);
    expect(result.letters.map((l) => l.name).sort()).toEqual(['mixed.zip/inner.zip', 'mixed.zip/scan.docx']);
    expect(result.skipped.map((s) => s.name).sort()).toEqual(['mixed.zip/notes.docx', 'mixed.zip/renamed.pdf']);
  });

  it('says an archive is empty, and that an entry is encrypted', () => {
    expect(unzipLetters('empty.zip', zipSync({})).skipped).toEqual([
      { name: 'empty.zip', reason: 'the archive is empty: it holds no files' },
    ]);
    expect(unzipLetters('dirs.zip', zipSync({ 'folder/': new Uint8Array() })).skipped[0]?.reason).toMatch(/empty/);
    const zip = zipSync({ 'a.pdf': pdf, 'b.pdf': pdf });
    setFlag(zip, 'a.pdf', 1); // bit 0: encrypted
    const result = unzipLetters('locked.zip', zip);
    expect(result.letters.map((l) => l.name)).toEqual(['locked.zip/b.pdf']);
    expect(result.skipped).toEqual([{ name: 'locked.zip/a.pdf', reason: expect.stringMatching(/^encrypted: the archive has a password/) }]);
  });

  it('stops inflating an entry whose directory under-states its size', () => {
    const zip = zipSync({ 'liar.pdf': new Uint8Array(3_000_000), 'ok.pdf': pdf }, { level: 9 });
    setDeclaredSize(zip, 'liar.pdf', 100);
    const result = unzipLetters('liar.zip', zip, { maxEntries: 10, maxTotalBytes: 1e9, maxEntryBytes: 1_000_000 });
    expect(result.letters.map((l) => l.name)).toEqual(['liar.zip/ok.pdf']);
    expect(result.skipped).toEqual([{ name: 'liar.zip/liar.pdf', reason: 'inflates past the archive limit' }]);
  });
});

/** The central-directory record of `name` (signature PK\1\2), to be altered in place. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) === name) return at;
  }
  throw new Error(`no entry ${name}`);
}
function setFlag(zip: Uint8Array, name: string, flag: number): void {
  const at = centralRecord(zip, name);
  new DataView(zip.buffer, zip.byteOffset).setUint16(at + 8, flag, true);
}
function setDeclaredSize(zip: Uint8Array, name: string, size: number): void {
  new DataView(zip.buffer, zip.byteOffset).setUint32(centralRecord(zip, name) + 24, size, true);
}
