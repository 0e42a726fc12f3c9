// The CLI under hostile input and unlucky runs: no input aborts it, none loses another file's record,
// and nothing from outside reaches the terminal unescaped. Inputs are built here (test-support/hostile-files.ts).
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../extract/record.ts';
import { corruptJpeg, pngDeclaring, zipWithEntries } from '../test-support/hostile-files.ts';
import { parseFiles } from './parse-files.ts';
import { runBuiltCli } from './run-built-cli.ts';

const LETTER = (n: number) =>
  [
    `Case Number: CM99-${String(n).padStart(7, '0')}`,
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Knee brace: Upheld',
    'Decision rationale: A brace is not indicated here, so the request is not medically necessary.',
  ].join('\n');

const fresh = (label: string) => mkdtempSync(join(tmpdir(), `imr-lens-hostile-${label}-`));
const records = (stdout: string) => JSON.parse(stdout) as LetterRecord[];

describe('the CLI under hostile input', () => {
  it('names letters by their path in the folder given, and --resume tells two files of one name apart by sha256', () => {
    const root = fresh('paths');
    for (const [dir, n] of [
      ['dir1', 1],
      ['dir2', 2],
    ] as const) {
      mkdirSync(join(root, dir));
      writeFileSync(join(root, dir, 'letter.txt'), LETTER(n));
    }
    expect(records(runBuiltCli(['--format', 'json', root]).stdout).map((r) => r.file)).toEqual(['dir1/letter.txt', 'dir2/letter.txt']);
    // Two folders named on the command line: both letters are "letter.txt", told apart by their bytes.
    const out = join(root, 'out.jsonl');
    runBuiltCli(['--format', 'jsonl', '--out', out, join(root, 'dir1')]);
    const resumed = runBuiltCli(['--format', 'jsonl', '--out', out, '--resume', join(root, 'dir1'), join(root, 'dir2')]);
    expect(resumed.stderr).toMatch(/^1 letters in /);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as LetterRecord);
    expect(lines.map((r) => [r.file, r.caseNumber.value])).toEqual([
      ['letter.txt', 'CM99-0000001'],
      ['letter.txt', 'CM99-0000002'],
    ]);
  });

  it('reads a lone image bomb and a lone broken JPEG to failed records and ends normally', () => {
    const dir = fresh('images');
    writeFileSync(join(dir, 'bomb.png'), pngDeclaring(60000, 60000));
    writeFileSync(join(dir, 'tiny.jpg'), corruptJpeg());
    for (const [name, message] of [
      ['bomb.png', /60000 × 60000 pixels/],
      ['tiny.jpg', /no JPEG frame header/],
    ] as const) {
      const run = runBuiltCli(['--format', 'json', join(dir, name)]);
      expect(run.status).toBe(0);
      const [record] = records(run.stdout);
      expect(record).toMatchObject({ file: name, status: 'failed', problems: [{ message: expect.stringMatching(message) }] });
    }
  });

  it('reads every entry of a zip, two of one name both, a PDF named .zip and a PDF with no extension as letters', () => {
    const dir = fresh('zips');
    const pdf = readFileSync(new URL('../../test-fixtures/short-letter.pdf', import.meta.url));
    writeFileSync(
      join(dir, 'twins.zip'),
      zipWithEntries([
        ['letter.txt', new TextEncoder().encode(LETTER(3))],
        ['letter.txt', new TextEncoder().encode(LETTER(4))],
      ]),
    );
    writeFileSync(join(dir, 'really-a.zip'), pdf);
    // In a folder, as the app takes a dropped folder: any name, judged by its bytes.
    writeFileSync(join(dir, 'scan-0001'), Buffer.concat([pdf, Buffer.from('\n')]));
    const byName = new Map(records(runBuiltCli(['--format', 'json', dir]).stdout).map((r) => [r.file, r]));
    expect([...byName.keys()].sort()).toEqual([
      'really-a.zip',
      'scan-0001',
      'twins.zip/letter.txt (entry 1)',
      'twins.zip/letter.txt (entry 2)',
    ]);
    expect(byName.get('twins.zip/letter.txt (entry 2)')!.caseNumber.value).toBe('CM99-0000004');
    expect(byName.get('really-a.zip')!.kind).toBe('pdf');
  });

  it('shows control characters in names and messages escaped on the terminal', () => {
    const dir = fresh('names');
    const name = 'evil\u001b]0;owned\u0007\u001b[2J.txt';
    writeFileSync(join(dir, name), 'not a letter at all');
    writeFileSync(join(dir, 'a.zip'), zipWithEntries([['x\u001b[31m.docx', new Uint8Array([1, 2, 3])]]));
    const { stderr, stdout } = runBuiltCli(['--format', 'json', dir]);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
    expect(stderr).toContain('failed: evil\\x1b]0;owned\\x07\\x1b[2J.txt');
    expect(stderr).toContain('skipped: a.zip/x\\x1b[31m.docx');
    // The record itself keeps the name as it is: it is data, not terminal output.
    expect(records(stdout).map((r) => r.file)).toContain(name);
  });

  it('reads a lone letter in a parse process of its own, under the time limit', async () => {
    const dir = fresh('lone');
    const script = join(dir, 'never-answers.mjs');
    writeFileSync(script, "process.on('message', () => {}); process.on('disconnect', () => process.exit(0));");
    const {
      records: [record],
    } = await parseFiles([{ name: 'bomb.pdf', path: script }], { childScript: pathToFileURL(script), timeoutMs: 300 });
    expect(record).toMatchObject({
      file: 'bomb.pdf',
      status: 'failed',
      problems: [{ message: expect.stringMatching(/^Reading this file took over/) }],
    });
    expect(record!.sha256).toMatch(/^[0-9a-f]{64}$/); // so --resume does not read it again
  });
});
