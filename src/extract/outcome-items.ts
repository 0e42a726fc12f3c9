// Items of letters that state each decision in a numbered outcome sentence (outcome-sentence.ts)
// rather than a ": Upheld" heading. The 2013 letters repeat the sentences and then give each item a
// block of its own, "1) Regarding the request for X:", holding its guidelines and rationale; other
// letters follow each sentence with the item's labelled parts directly.
import type { Item, Problem } from './record.ts';
import type { LetterView } from './letter-view.ts';
import type { ItemPart } from './layouts/layout.ts';
import type { OutcomeSentence } from './outcome-sentence.ts';
import { findOutcomeSentences } from './outcome-sentence.ts';
import { makeItem, readParts, type PartLabels } from './item-parts.ts';
import { nullField, textField, trimRange } from './spans.ts';

const REGARDING = /(?<=^|\n)[ \t]*(\d{1,2})[.)][ \t]+Regarding\s+the\s+request\s+for\s+([^]{1,400}?)[ \t]*:[ \t]*(?=\n|$)/g;
/** Lines after the last item that are no part of it: the copy list and the closing notices. */
const CLOSING = /(?<=^|\n)[ \t]*(?:cc\s*:|Effect\s+of\s+the\s+Decision\b)/i;

interface Block {
  number: number;
  start: number;
  /** Where the item's parts begin (after its heading or sentence). */
  body: number;
  request: ReturnType<typeof textField>;
  outcome: OutcomeSentence | null;
}

/** First sentence of each number, in number order of appearance. */
function firstOfEachNumber(sentences: OutcomeSentence[]): OutcomeSentence[] {
  const seen = new Set<number>();
  return sentences.filter((s) => !seen.has(s.number) && seen.add(s.number));
}

export function readOutcomeItems(
  view: LetterView,
  itemsStart: number,
  labels: PartLabels,
  expected: readonly ItemPart[],
): { items: Item[]; problems: Problem[] } {
  const { plain } = view;
  const closing = CLOSING.exec(plain.slice(itemsStart));
  const end = closing ? itemsStart + closing.index : plain.length;
  const sentences = findOutcomeSentences(view, 0, end);
  const blocks: Block[] = [];
  for (const m of plain.slice(itemsStart, end).matchAll(REGARDING)) {
    const at = itemsStart + m.index + m[0].indexOf(m[1] ?? '');
    const requestStart = itemsStart + m.index + m[0].indexOf('Regarding');
    const words = /^Regarding\s+the\s+request\s+for\s+/i.exec(plain.slice(requestStart))?.[0].length ?? 0;
    const r = trimRange(plain, requestStart + words, requestStart + words + (m[2] ?? '').length);
    const number = Number(m[1]);
    blocks.push({ number, start: at, body: itemsStart + m.index + m[0].length, request: textField(view, r.start, r.end), outcome: null });
  }
  if (blocks.length > 0) {
    for (const b of blocks) b.outcome = sentences.find((s) => s.number === b.number) ?? null;
  } else {
    const inSection = firstOfEachNumber(sentences.filter((s) => s.start >= itemsStart));
    const chosen = inSection.length > 0 ? inSection : firstOfEachNumber(sentences);
    for (const s of chosen) blocks.push({ number: s.number, start: s.start, body: s.end, request: s.request, outcome: s });
  }
  const problems: Problem[] = [];
  const items = blocks.map((b, n) => {
    const blockEnd = blocks[n + 1]?.start ?? end;
    const parts = readParts(view, labels, b.body, blockEnd > b.body ? blockEnd : end);
    return makeItem(view, n, b.request, b.outcome?.decision ?? nullField(), parts, expected, { start: b.start, end: blockEnd }, problems);
  });
  return { items, problems };
}
