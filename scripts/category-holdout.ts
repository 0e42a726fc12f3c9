// Developer aid: how the category rule does on letters its rules were not written from. The shared
// corpus is split in two halves by a hash of each letter's name; the vocabularies were checked only
// against half A, so half B stands in for unseen letters. Besides the letters as they are, it asks
// two harder questions of each item: the request with its dose, count and form blanked out (a drug
// named bare), and the request hidden entirely (only citations and rationale decide).
// Usage: npm run extract -- --format json --out /tmp/r.json ../shared/corpus/letters
//        npx tsx scripts/category-holdout.ts /tmp/r.json ../shared/corpus/gold B
// Reads the records and answer keys in place; writes nothing. Medication items are scored for their
// drug class and compounding too. A file of items we wrote (src/extract/fixtures/synthetic-items-*.txt,
// written before the rules were changed for them) is scored with
//        npx tsx scripts/category-holdout.ts --synthetic src/extract/fixtures/synthetic-items-3.txt
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { makeLetterView } from '../src/extract/letter-view.ts';
import { textField } from '../src/extract/spans.ts';
import { categorize, readCategory } from '../src/extract/item-category.ts';
import { readMedication } from '../src/extract/drug-class.ts';
import type { Category, DrugClass, LetterRecord } from '../src/extract/record.ts';
import { parseSyntheticItems, scoreSyntheticItem } from '../src/test-support/synthetic-items.ts';

interface GoldItem {
  category: Category;
  categoryAlso?: Category[];
  drugClass?: DrugClass;
  drugClassAlso?: DrugClass[];
  compounded?: boolean;
}

if (process.argv[2] === '--synthetic') {
  const file = process.argv[3];
  if (!file) throw new Error('usage: category-holdout.ts --synthetic <items file>');
  const counts = { category: [0, 0], drugClass: [0, 0], compounded: [0, 0] };
  for (const item of parseSyntheticItems(readFileSync(file, 'utf8'))) {
    const score = scoreSyntheticItem(item);
    for (const key of ['category', 'drugClass', 'compounded'] as const) {
      const right = score[key];
      if (right === null) continue;
      counts[key][0]! += right ? 1 : 0;
      counts[key][1]! += 1;
      if (!right) console.log(`wrong ${key}: ${item.request} -> ${String(score.read[key])}`);
    }
  }
  for (const [key, [ok = 0, n = 0]] of Object.entries(counts))
    if (n > 0) console.log(`${key.padEnd(12)} ${(ok / n).toFixed(4)}  ${ok}/${n}`);
  process.exit(0);
}

const [recordsFile, goldDir, half = 'B'] = process.argv.slice(2);
if (!recordsFile || !goldDir) throw new Error('usage: category-holdout.ts <records.json> <gold folder> [A|B]');

const stem = (file: string) => file.replace(/^.*\//, '').replace(/\.(?:pdf|txt|json)$/, '');
/** The half a letter falls in: its base name (before the first dot) hashed, so a letter's copies stay together. */
const halfOf = (name: string) =>
  (createHash('sha256')
    .update(name.split('.')[0] ?? '')
    .digest()[0] ?? 0) % 2
    ? 'B'
    : 'A';
/** A dose, count or dispensing form: what a drug named bare lacks. */
const DOSE = /\d[\d.,/-]*\s*(?:mg|mcg|ml|gm|g|grams|%|units?)?\b|#\s*\d+|\b(?:tablets?|capsules?|oral suspension|ER|XR|SR|HCL|sodium)\b/gi;

const records: LetterRecord[] = JSON.parse(readFileSync(recordsFile, 'utf8'));
const byStem = new Map(records.map((r) => [stem(r.file), r]));
const tallies = new Map<string, [number, number]>();
const tally = (what: string, ok: boolean) => {
  const t = tallies.get(what) ?? [0, 0];
  tallies.set(what, [t[0] + (ok ? 1 : 0), t[1] + 1]);
};

/** The letter text with [start, end) of each span rewritten by `blank` (same length, so offsets hold). */
function rewritten(text: string, spans: { start: number; end: number }[], blank: (s: string) => string): string {
  const chars = text.split('');
  for (const s of spans) [...blank(text.slice(s.start, s.end))].forEach((ch, k) => (chars[s.start + k] = ch));
  return chars.join('');
}

for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json') && halfOf(f) === half)) {
  const rec = byStem.get(stem(file));
  if (!rec) continue;
  const gold = JSON.parse(readFileSync(`${goldDir}/${file}`, 'utf8')) as { items: GoldItem[] };
  gold.items.forEach((g, i) => {
    const item = rec.items[i];
    if (!item || item.request.value === null) return;
    const right = (c: Category | null) => c === g.category || (g.categoryAlso ?? []).includes(c as Category);
    const evidence = { citations: item.citations, rationale: item.rationale };
    tally('as published: whole item', right(item.category.value));
    tally('as published: request words only', right(categorize(item.request.value)));
    if (g.drugClass !== undefined) {
      tally('as published: drug class', item.drugClass.value === g.drugClass || (g.drugClassAlso ?? []).includes(item.drugClass.value!));
      tally('as published: compounded', item.compounded.value === g.compounded);
    }

    const bareView = makeLetterView(rewritten(rec.text, item.request.spans, (s) => s.replace(DOSE, (m) => ' '.repeat(m.length))));
    const first = item.request.spans[0]!;
    const last = item.request.spans[item.request.spans.length - 1]!;
    const bare = textField(bareView, first.start, last.end);
    if (bare.value !== null && bare.value !== item.request.value) {
      const blanked = readCategory(bareView, { request: bare, ...evidence }).value;
      if (process.env.HOLDOUT_VERBOSE && !right(blanked)) console.log('  dose blanked wrong:', bare.value, '->', blanked);
      tally('dose blanked: whole item', right(blanked));
      tally('dose blanked: request words only', right(categorize(bare.value)));
    }

    const hiddenView = makeLetterView(rewritten(rec.text, [{ start: first.start, end: last.end }], (s) => s.replace(/\S/g, ' ')));
    const hidden = readCategory(hiddenView, { request: { value: '', spans: item.request.spans }, ...evidence });
    tally('request hidden: citations and rationale', right(hidden.value));
    if (g.drugClass !== undefined) {
      const medication = { value: 'medication' as const, spans: item.request.spans };
      const fromRest = readMedication(hiddenView, { request: { value: '', spans: item.request.spans }, ...evidence, category: medication });
      const bareClass = readMedication(bareView, { request: bare, ...evidence, category: medication });
      const rightClass = (c: DrugClass | null) => c === g.drugClass || (g.drugClassAlso ?? []).includes(c!);
      tally('dose blanked: drug class', rightClass(bareClass.drugClass.value));
      tally('request hidden: drug class', rightClass(fromRest.drugClass.value));
    }
  });
}
console.log(`half ${half} of ${goldDir}`);
for (const [what, [ok, n]] of tallies) console.log(`${what.padEnd(42)} ${(ok / n).toFixed(4)}  ${ok}/${n}`);
