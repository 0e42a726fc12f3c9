import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { BUILT_CLI, runBuiltCli } from './run-built-cli.ts';
import { NOT_A_LETTER } from '../extract/extract-letter.ts';
import { csvTable } from '../rows/csv-schema.ts';
import { CORE_ROWS } from '../rows/core-rows.ts';
import { LAYOUT_RECOGNISED_NOT } from '../extract/layouts/index.ts';

const LETTER = [
  'Case Number: CM99-0000042',
  'Date Assigned: 03/01/2016',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'Knee brace: Upheld',
  'Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.',
  'MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.',
  'Decision rationale: A brace is not indicated here, so the request is not medically necessary.',
].join('\r\n');

function runCli(args: string[]): { stdout: string; stderr: string } {
  const { stdout, stderr } = runBuiltCli(args);
  return { stdout, stderr };
}

describe('npm run extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-lens-cli-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'letter.txt'), LETTER);
  writeFileSync(join(dir, 'empty.pdf'), '');
  writeFileSync(join(dir, 'fake.pdf'), 'this is not a pdf at all, just a renamed note');
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF');
  writeFileSync(join(dir, 'ignored.docx'), 'not read: no PDF, image or zip by its bytes, and no text letter by its name');

  it('reads a folder recursively, keeps going past bad files, and says what was wrong with each', () => {
    const { stdout, stderr } = runCli(['--format', 'json', dir]);
    const records = JSON.parse(stdout) as LetterRecord[];
    // Named by their path inside the folder given.
    expect(records.map((r) => r.file)).toEqual(['broken.pdf', 'empty.pdf', 'fake.pdf', 'nested/letter.txt']);
    const byName = new Map(records.map((r) => [r.file, r]));
    expect(byName.get('empty.pdf')).toMatchObject({ status: 'failed', problems: [{ severity: 'error', message: 'The file is empty.' }] });
    expect(byName.get('broken.pdf')).toMatchObject({ status: 'failed', kind: 'pdf' });
    expect(byName.get('broken.pdf')!.problems[0]!.message).toMatch(/^Not a readable PDF/);
    // Detected from its bytes, not its name: a renamed note is read as text.
    expect(byName.get('fake.pdf')!.kind).toBe('text');
    const letter = byName.get('nested/letter.txt')!;
    expect(letter.kind).toBe('text');
    expect(letter.text).not.toContain('\r');
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stderr).toMatch(/4 letters in .* s/);
    expect(stderr).toContain('failed: empty.pdf: The file is empty.');
    expect(stderr).toContain('skipped: ignored.docx: not a PDF or text letter');
  });

  it('writes CSV with one row per item (or per letter without items) and neutralised cells', () => {
    const hostile = join(dir, '=HYPERLINK(1).txt');
    writeFileSync(hostile, LETTER);
    const { stdout } = runCli(['--format', 'csv', join(dir, 'empty.pdf'), join(dir, 'nested'), hostile]);
    expect(stdout.startsWith('\uFEFF')).toBe(true); // UTF-8 with a BOM, like the app's export, so Excel reads it right
    const parsed = Papa.parse<string[]>(stdout.slice(1).trim());
    const [header, ...rows] = parsed.data;
    // The app's CSV schema, every column (rows/csv-schema.ts).
    expect(header).toEqual(csvTable(CORE_ROWS, []).header);
    // No review was given: no review column.
    expect(header).not.toContain('Review');
    const file = header!.indexOf('File');
    expect(rows.map((r) => r[file])).toEqual(['empty.pdf', 'letter.txt', "'=HYPERLINK(1).txt"]);
    expect(rows[0]![header!.indexOf('Request')]).toMatch(/^Not read: /);
  });

  it('writes JSON Lines, one record a line', () => {
    const { stdout } = runCli(['--format', 'jsonl', join(dir, 'nested', 'letter.txt')]);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).file).toBe('letter.txt');
  });

  it('gives each hard input from test-fixtures/ its own clear message and reads the good letter', () => {
    const { stdout } = runCli(['--format', 'json', new URL('../../test-fixtures/', import.meta.url).pathname]);
    const byName = new Map((JSON.parse(stdout) as LetterRecord[]).map((r) => [r.file, r]));
    const first = (name: string) => ({ status: byName.get(name)?.status, message: byName.get(name)?.problems[0]?.message });
    expect(first('password-protected.pdf')).toEqual({
      status: 'failed',
      message: 'This PDF is password-protected: it needs a password to open.',
    });
    // The scan is read by OCR: a section heading and one decided item, an IMR letter of no known
    // layout (read by the general rules and flagged); a PNG scan of our sample letter is read as a letter.
    expect(first('scanned-no-text.pdf')).toEqual({
      status: 'partial',
      message: expect.stringMatching(/^Read by OCR: a scanned PDF, 1 page/),
    });
    expect(byName.get('scanned-no-text.pdf')!.problems.map((p) => p.message)).toContain(LAYOUT_RECOGNISED_NOT);
    expect(byName.get('scanned-no-text.pdf')!.text).toBe('IMR ISSUES, DECISIONS AND RATIONALES\n\nLumbar support brace: Upheld');
    expect(byName.get('scanned-sample-page1.png')).toMatchObject({ kind: 'image', caseNumber: { value: 'CM16-0912345' } });
    expect(first('thousand-pages.pdf')).toEqual({
      status: 'failed',
      message: 'This PDF has 1000 pages; letters over 200 pages are not read.',
    });
    expect(first('not-a-letter.pdf')).toEqual({ status: 'failed', message: NOT_A_LETTER });
    expect(byName.get('short-letter.pdf')!.items.map((i) => i.decision.value)).toEqual(['Upheld']);
  }, 600_000); // two scans read by OCR

  it('opens .zip archives (bounded), reads their nested letters, says what it skipped, and marks the same letter twice', () => {
    const zipDir = mkdtempSync(join(tmpdir(), 'imr-lens-cli-zip-'));
    const short = readFileSync(new URL('../../test-fixtures/short-letter.pdf', import.meta.url));
    writeFileSync(
      join(zipDir, 'batch.zip'),
      zipSync({
        'batch/deeper/letter.txt': strToU8(LETTER),
        'batch/short-letter.pdf': new Uint8Array(short),
        'batch/readme.docx': strToU8('not a letter'),
        'batch/bomb.txt': new Uint8Array(60 * 1024 * 1024), // 60 MB of zeros, a few KB zipped
      }),
    );
    writeFileSync(join(zipDir, 'short-letter-copy.pdf'), short);
    const { stdout, stderr } = runCli(['--format', 'json', zipDir]);
    const records = JSON.parse(stdout) as LetterRecord[];
    expect(records.map((r) => r.file).sort()).toEqual([
      'batch.zip/batch/deeper/letter.txt',
      'batch.zip/batch/short-letter.pdf',
      'short-letter-copy.pdf',
    ]);
    expect(stderr).toContain('skipped: batch.zip/batch/readme.docx: not a PDF or text letter');
    expect(stderr).toContain('skipped: batch.zip/batch/bomb.txt: larger than 50 MB');
    const copy = records.find((r) => r.file === 'short-letter-copy.pdf')!;
    expect(copy.problems).toContainEqual({
      severity: 'warning',
      code: 'duplicate',
      message: 'The same letter as batch.zip/batch/short-letter.pdf (identical bytes).',
    });
  });

  it('reads a truncated PDF, a UTF-16 letter and refuses a file over the size limit, each with its message', () => {
    const hardDir = mkdtempSync(join(tmpdir(), 'imr-lens-cli-hard-'));
    const short = readFileSync(new URL('../../test-fixtures/short-letter.pdf', import.meta.url));
    writeFileSync(join(hardDir, 'cut.pdf'), short.subarray(0, short.length - 8));
    writeFileSync(join(hardDir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')]));
    writeFileSync(join(hardDir, 'huge.txt'), Buffer.alloc(51 * 1024 * 1024, 0x41));
    const byName = new Map((JSON.parse(runCli(['--format', 'json', hardDir]).stdout) as LetterRecord[]).map((r) => [r.file, r]));
    expect(byName.get('cut.pdf')!.problems[0]).toMatchObject({ code: 'truncated', message: expect.stringContaining('cut short') });
    expect(byName.get('utf16.txt')!.items.map((i) => i.request.value)).toEqual(['Knee brace']);
    expect(byName.get('huge.txt')!.problems[0]).toMatchObject({
      code: 'too-big',
      message: 'The file is 51 MB; letters over 50 MB are not read.',
    });
  });

  it('splits a batch into stable shares (--shard k/n) whose JSON Lines together hold every letter once', () => {
    const shardDir = mkdtempSync(join(tmpdir(), 'imr-lens-cli-shard-'));
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    names.forEach((name, i) => writeFileSync(join(shardDir, name), LETTER.replace('0000042', String(1000000 + i))));
    const shares = [1, 2, 3].map((k) => runCli(['--format', 'jsonl', '--shard', `${k}/3`, shardDir]));
    const files = shares.map((share) =>
      share.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as LetterRecord).file),
    );
    expect(files.flat().sort()).toEqual(names);
    expect(files.filter((f) => f.length > 0).length).toBeGreaterThan(1); // really split, not all in one share
    // The same share again gives the same letters.
    expect(runCli(['--format', 'jsonl', '--shard', '2/3', shardDir]).stdout).toBe(shares[1]!.stdout);
    expect(runCli(['--shard', '4/3', shardDir]).stderr).toContain('--shard takes k/n with 1 <= k <= n, not 4/3');
  });

  it('resumes a stopped JSON Lines run: keeps what was written, drops a half-written line, reads only the rest', () => {
    const resumeDir = mkdtempSync(join(tmpdir(), 'imr-lens-cli-resume-'));
    const letters = join(resumeDir, 'letters');
    mkdirSync(letters);
    ['one.txt', 'two.txt', 'three.txt'].forEach((name, i) =>
      writeFileSync(join(letters, name), LETTER.replace('0000042', String(2000000 + i))),
    );
    const out = join(resumeDir, 'out.jsonl');
    runCli(['--format', 'jsonl', '--out', out, join(letters, 'one.txt')]);
    const first = readFileSync(out, 'utf8');
    writeFileSync(out, first + '{"file":"two.txt","stat'); // the run was stopped mid-line
    const { stderr } = runCli(['--format', 'jsonl', '--out', out, '--resume', letters]);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(first.trim());
    expect(lines.map((line) => (JSON.parse(line) as LetterRecord).file).sort()).toEqual(['one.txt', 'three.txt', 'two.txt']);
    expect(stderr).toMatch(/^2 letters in /);
    expect(stderr).toContain('1 letters skipped: already in the output (--resume) or in another share (--shard)');
    // Nothing left to do: the file stays as it is.
    const again = runCli(['--format', 'jsonl', '--out', out, '--resume', letters]);
    expect(again.stderr).toMatch(/^0 letters in /);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(runCli(['--format', 'csv', '--out', out, '--resume', letters]).stderr).toContain(
      '--resume needs --out FILE and --format json, jsonl or parquet',
    );
  });

  it('ends once a lone scan has been read in its own process (the OCR worker thread does not keep it running)', () => {
    const { status, stdout } = spawnSync(
      process.execPath,
      [BUILT_CLI, '--format', 'json', new URL('../../test-fixtures/scanned-no-text.pdf', import.meta.url).pathname],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(status).toBe(0); // null when the time-out had to kill it
    expect((JSON.parse(stdout) as LetterRecord[])[0]!.kind).toBe('pdf');
  }, 150_000);

  it('stops on Ctrl-C: the letter being read is abandoned (its process killed), what was read is kept, exit code 130', async () => {
    const letters = join(dir, 'interrupted');
    mkdirSync(letters);
    writeFileSync(join(letters, 'a-first.txt'), LETTER);
    writeFileSync(join(letters, 'b-scan.pdf'), readFileSync(new URL('../../test-fixtures/scanned-no-text.pdf', import.meta.url)));
    writeFileSync(join(letters, 'c-never.txt'), LETTER.replace('0000042', '0000043'));
    // One parse process: it reads the text letter, then the scan (OCR takes seconds); Ctrl-C comes once the first record is out.
    const cli = spawn(process.execPath, [BUILT_CLI, '--format', 'jsonl', '--jobs', '1', letters], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    cli.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) cli.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => cli.on('exit', (status) => resolve(status)));
    expect(code).toBe(130);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as LetterRecord).file),
    ).toEqual(['a-first.txt']);
    expect(stderr).toMatch(/^1 letters in /);
    expect(stderr).toContain('stopped (Ctrl-C): 2 letters not read');
  }, 120_000);

  it('refuses an unknown format', () => {
    const { stderr } = runCli(['--format', 'xml', dir]);
    expect(stderr).toContain('unknown --format xml');
  });
});
