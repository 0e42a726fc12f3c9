// npm run extract -- [--format json|jsonl|csv] [--out FILE] [--jobs N] <files or folders...>
// Parses every letter found (folders recursively) on the same engine as the app, in parallel across
// the machine's cores, and prints the records. A file that fails becomes a failed record with a clear
// message and the run goes on. A summary goes to stderr; stdout (or --out) holds only the records.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { LetterRecord } from '../extract/record.ts';
import { letterOutcome, type LetterOutcome } from '../extract/record-outcome.ts';
import { expandArchives } from './expand-archives.ts';
import { findLetters } from './find-letters.ts';
import { recordsToCsv } from './records-csv.ts';
import { parseFiles } from './run-pool.ts';

const USAGE = 'usage: npm run extract -- [--format json|jsonl|csv] [--out FILE] [--jobs N] <files or folders...>';

function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = args;
  const format = values.format;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (format !== 'json' && format !== 'jsonl' && format !== 'csv') {
    console.error(`unknown --format ${format}\n${USAGE}`);
    process.exit(2);
  }
  if (positionals.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const jobs = values.jobs ? Number(values.jobs) : undefined;
  const { files, missing } = findLetters(positionals);
  for (const path of missing) console.error(`not found: ${path}`);

  const started = performance.now();
  const { sources, skipped } = expandArchives(files);
  for (const s of skipped) console.error(`skipped: ${s.name}: ${s.reason}`);
  const progress = process.stderr.isTTY;
  void parseFiles(sources, {
    jobs,
    onRecord: (_record, done, total) => progress && process.stderr.write(`\r${done}/${total} letters`),
  }).then((records) => {
    if (progress) process.stderr.write('\n');
    markDuplicates(records);
    const output =
      format === 'csv'
        ? recordsToCsv(records)
        : format === 'jsonl'
          ? records.map((r) => JSON.stringify(r)).join('\n') + '\n'
          : JSON.stringify(records, null, 1) + '\n';
    if (values.out) writeFileSync(values.out, output);
    else process.stdout.write(output);
    console.error(summarize(records, (performance.now() - started) / 1000));
    process.exitCode = missing.length > 0 ? 1 : 0;
  });
}

const SHA256_OF_NOTHING = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The same bytes twice (two names, or a letter also inside an archive): both records stay, the later one says so. */
function markDuplicates(records: LetterRecord[]) {
  const first = new Map<string, string>();
  for (const record of records) {
    if (!record.sha256 || record.sha256 === SHA256_OF_NOTHING) continue;
    const earlier = first.get(record.sha256);
    if (earlier === undefined) first.set(record.sha256, record.file);
    else record.problems.push({ severity: 'warning', code: 'duplicate', message: `The same letter as ${earlier} (identical bytes).` });
  }
}

function summarize(records: LetterRecord[], seconds: number): string {
  const outcomes = records.map((r) => letterOutcome(r));
  const count = (outcome: LetterOutcome) => outcomes.filter((o) => o === outcome).length;
  const items = records.flatMap((r) => r.items);
  const overturned = items.filter((i) => i.decision.value === 'Overturned').length;
  const lines = [
    `${records.length} letters in ${seconds.toFixed(1)} s (${(records.length / Math.max(seconds, 1e-3)).toFixed(1)} letters/s): ` +
      `${count('done')} ok, ${count('attention')} need attention, ${count('failed')} failed; ` +
      `${items.length} items, ${overturned} overturned, ${items.length - overturned} upheld or undecided`,
  ];
  for (const r of records.filter((r) => r.status === 'failed'))
    lines.push(`  failed: ${r.file}: ${r.problems[0]?.message ?? 'unknown problem'}`);
  return lines.join('\n');
}

main();
