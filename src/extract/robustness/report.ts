// The harness's tally: per kind of change (single kinds, and all combinations together), how many
// variants were read right (and how many of those were flagged anyway), flagged and silent, with
// a few examples of what was misread (the letter's file name and the fields, never its words).
import type { Judgement } from './harness.ts';

export interface Row {
  kind: string;
  right: number;
  /** Right, but shown as needing attention: a reviewer checks a letter that was read right. */
  rightFlagged: number;
  flagged: number;
  silent: number;
  examples: string[];
}

export const COMBINED = 'combinations';

/** A judgement in one line: the letter's file name, the kinds, the seed, the fields misread (never the letter's words). */
export const describeJudgement = (j: Judgement) =>
  `${j.letter} [${j.kinds.join(' + ')}] seed ${j.seed}: ${j.misread
    .slice(0, 4)
    .map((m) => `${m.field} ${m.how}`)
    .join('; ')}${j.misread.length > 4 ? `; +${j.misread.length - 4} more` : ''}`;

export function tally(judgements: readonly Judgement[]): Row[] {
  const rows = new Map<string, Row>();
  for (const j of judgements) {
    const kind = j.combined ? COMBINED : j.kinds[0]!;
    const row = rows.get(kind) ?? { kind, right: 0, rightFlagged: 0, flagged: 0, silent: 0, examples: [] };
    rows.set(kind, row);
    row[j.verdict]++;
    if (j.verdict === 'right' && j.outcome !== 'done') row.rightFlagged++;
    // Silent ones first: they are the worst.
    if (j.verdict === 'silent' && row.examples.filter((e) => e.startsWith('silent')).length < 2)
      row.examples.unshift(`silent: ${describeJudgement(j)}`);
    else if (j.verdict === 'flagged' && row.examples.length < 2) row.examples.push(`flagged: ${describeJudgement(j)}`);
  }
  return [...rows.values()];
}

export const rightRate = (judgements: readonly Judgement[]) =>
  judgements.length ? judgements.filter((j) => j.verdict === 'right').length / judgements.length : 0;

/** The tally as a Markdown table, then the examples. */
export function formatTally(rows: readonly Row[], judgements: readonly Judgement[]): string {
  const total = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const lines = [
    `| kind | variants | right | (right but flagged) | flagged | silent |`,
    `| --- | ---: | ---: | ---: | ---: | ---: |`,
    ...rows.map((r) => `| ${r.kind} | ${r.right + r.flagged + r.silent} | ${r.right} | ${r.rightFlagged} | ${r.flagged} | ${r.silent} |`),
    `| all | ${judgements.length} | ${total((r) => r.right)} | ${total((r) => r.rightFlagged)} | ${total((r) => r.flagged)} | ${total((r) => r.silent)} |`,
    '',
    `right rate ${rightRate(judgements).toFixed(4)} (${total((r) => r.right)}/${judgements.length})`,
    '',
    ...rows.flatMap((r) => r.examples.map((e) => `- ${r.kind}: ${e}`)),
  ];
  return lines.join('\n');
}
