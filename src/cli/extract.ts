// npm run extract -- [--format json|jsonl|csv|parquet] [--out FILE] [--jobs N] [--shard k/n] [--resume] [--text-engine pdfium|pdfjs] <files or folders...>
// Parses every letter found (folders recursively) on the same engine as the app, in parallel across
// the machine's cores, and prints the records. A file that fails becomes a failed record with a clear
// message and the run goes on. A summary goes to stderr; stdout (or --out) holds only the records.
// Records are written as letters finish (record-output.ts), so a run of any size holds no more than
// the letters being parsed, and a stopped run can be resumed. Each record is named by the file's path
// relative to the folder given, and --resume skips a letter only when that name and its sha256 are
// both in the output already. Ctrl-C stops the run: what was read is written (exit code 130) and
// --resume reads the rest; a second Ctrl-C ends at once. What came from outside (names, messages
// quoting a letter) reaches the terminal with its control characters escaped (terminal-text.ts).
import { parseArgs } from 'node:util';
import { expandArchives } from './expand-archives.ts';
import { findLetters } from './find-letters.ts';
import type { LetterRecord } from '../extract/record.ts';
import { openRecordOutput, type Format } from './record-output.ts';
import { notYetRead, readEarlierOutput } from './resume.ts';
import { forTerminal } from './terminal-text.ts';
import { parseFiles } from './parse-files.ts';
import { RunTally } from './run-summary.ts';
import { inShard, parseShard } from './shard.ts';
import { TEXT_ENGINES } from '../document/pdf-text-engine.ts';
import { TEXT_ENGINE_VARIABLE } from './child-protocol.ts';

const USAGE =
  'usage: npm run extract -- [--format json|jsonl|csv|parquet] [--out FILE] [--jobs N] [--shard k/n] [--resume] [--text-engine pdfium|pdfjs] <files or folders...>\n' +
  '  --shard k/n  read only the k-th of n stable shares of the letters (by name), to split a batch over machines\n' +
  '  --resume     skip letters already in --out (json, jsonl or parquet: the same name, the path inside the folder given, and the same sha256) and add the rest to it\n' +
  "  --format parquet  one row per item with its letter's fields, typed columns (needs --out FILE)\n" +
  "  --text-engine  what reads a PDF's text: pdfium (the default; pdf.js when PDFium cannot open a file) or pdfjs";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const FORMATS: readonly string[] = ['json', 'jsonl', 'csv', 'parquet'] satisfies (Format | 'parquet')[];

function readOptions() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        resume: { type: 'boolean', default: false },
        'text-engine': { type: 'string', default: 'pdfium' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!FORMATS.includes(values.format)) fail(`unknown --format ${values.format}`);
  const format = values.format as Format | 'parquet';
  if (positionals.length === 0) fail('no files or folders given');
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (shard === null && values.shard !== undefined) fail(`--shard takes k/n with 1 <= k <= n, not ${values.shard}`);
  if (values.resume && (values.out === undefined || format === 'csv'))
    fail('--resume needs --out FILE and --format json, jsonl or parquet');
  if (format === 'parquet' && values.out === undefined) fail('--format parquet needs --out FILE');
  const textEngine = values['text-engine'];
  if (!(TEXT_ENGINES as readonly string[]).includes(textEngine))
    fail(`--text-engine takes ${TEXT_ENGINES.join(' or ')}, not ${textEngine}`);
  const jobs = values.jobs ? Number(values.jobs) : undefined;
  return { format, out: values.out, jobs, shard, resume: values.resume, textEngine, paths: positionals };
}

async function main() {
  const options = readOptions();
  // The parse processes read it in parse-source.ts.
  process.env[TEXT_ENGINE_VARIABLE] = options.textEngine;
  const { format, out } = options;
  const { files, missing } = findLetters(options.paths);
  for (const path of missing) console.error(forTerminal(`not found: ${path}`));

  const started = performance.now();
  const expanded = expandArchives(files);
  for (const s of expanded.skipped) console.error(forTerminal(`skipped: ${s.name}: ${s.reason}`));

  const tally = new RunTally();
  let earlier: ReturnType<typeof readEarlierOutput> = { records: [], full: [] };
  // --format parquet: its writer is loaded only then (it would lengthen every other run's start).
  const parquet = format === 'parquet' ? await import('./records-parquet.ts') : null;
  let table = parquet?.emptyTable(); // the rows of an earlier run, then this run's
  if (options.resume && out !== undefined && format !== 'csv') {
    try {
      if (format !== 'parquet') earlier = readEarlierOutput(out, format);
      else if (parquet) ({ table, records: earlier.records } = await parquet.readEarlierParquet(out));
    } catch (error) {
      console.error(forTerminal((error as Error).message));
      process.exit(2);
    }
    earlier.records.forEach((r) => tally.remember(r));
  }
  const inShare = expanded.sources.filter((s) => !options.shard || inShard(s.name, options.shard));
  const sources = await notYetRead(inShare, earlier.records);
  const skipped = expanded.sources.length - sources.length;

  const stop = new AbortController();
  process.once('SIGINT', () => {
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  const progress = process.stderr.isTTY;
  const showProgress = (n: number, total: number) => progress && process.stderr.write(`\r${n}/${total} letters`);
  // Counted (and a second copy marked) as written: JSON, CSV and Parquet in the order named, so the later copy is the one marked.
  const onTurn = (record: LetterRecord) => tally.add(record);
  const output =
    format !== 'parquet'
      ? openRecordOutput(format, out, { earlier: earlier.full, append: options.resume, onTurn })
      : parquet!.openParquetOutput(out!, table!, onTurn);
  const { unread } = await parseFiles(sources, {
    jobs: options.jobs,
    signal: stop.signal,
    keepRecords: false,
    onRecord: (record, n, total, index) => {
      output.write(record, index);
      showProgress(n, total);
    },
  });
  output.close();
  if (progress) process.stderr.write('\n');
  console.error(tally.summary((performance.now() - started) / 1000, skipped));
  if (stop.signal.aborted) {
    const resumable = out !== undefined && format !== 'csv';
    console.error(`  stopped (Ctrl-C): ${unread} letters not read${resumable ? '; run again with --resume to read them' : ''}`);
    process.exit(130);
  }
  // Ends here, once everything is written.
  process.exit(missing.length > 0 ? 1 : 0);
}

void main();
