// What a CLI run tells the user on stderr, and the duplicate marking, both kept as records stream by:
// a run of a million letters never holds them all.
import type { LetterRecord } from '../extract/record.ts';
import { letterOutcome, type LetterOutcome } from '../extract/record-outcome.ts';
import { forTerminal } from './terminal-text.ts';

const SHA256_OF_NOTHING = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export class RunTally {
  private readonly firstByHash = new Map<string, string>();
  /** By the one rule the extractor and the app use (extract/record-outcome.ts). */
  private readonly outcomes: Record<LetterOutcome, number> = { done: 0, attention: 0, failed: 0 };
  private items = 0;
  private overturned = 0;
  private readonly failures: string[] = [];
  letters = 0;

  /** A letter an earlier run already wrote (--resume): counted for duplicates only. */
  remember(record: Pick<LetterRecord, 'file' | 'sha256'>): void {
    if (record.sha256 && record.sha256 !== SHA256_OF_NOTHING && !this.firstByHash.has(record.sha256))
      this.firstByHash.set(record.sha256, record.file);
  }

  /** Counts a new record; the same bytes seen before (two names, or a letter also inside an archive) are marked. */
  add(record: LetterRecord): void {
    if (record.sha256 && record.sha256 !== SHA256_OF_NOTHING) {
      const earlier = this.firstByHash.get(record.sha256);
      if (earlier === undefined) this.firstByHash.set(record.sha256, record.file);
      else record.problems.push({ severity: 'warning', code: 'duplicate', message: `The same letter as ${earlier} (identical bytes).` });
    }
    this.letters++;
    const outcome = letterOutcome(record);
    this.outcomes[outcome]++;
    this.items += record.items.length;
    this.overturned += record.items.filter((i) => i.decision.value === 'Overturned').length;
    if (outcome === 'failed')
      this.failures.push(forTerminal(`  failed: ${record.file}: ${record.problems[0]?.message ?? 'unknown problem'}`));
  }

  summary(seconds: number, skipped: number): string {
    const { done, attention, failed } = this.outcomes;
    const head =
      `${this.letters} letters in ${seconds.toFixed(1)} s (${(this.letters / Math.max(seconds, 1e-3)).toFixed(1)} letters/s): ` +
      `${done} ok, ${attention} need attention, ${failed} failed; ` +
      `${this.items} items, ${this.overturned} overturned, ${this.items - this.overturned} upheld or undecided`;
    const resumed = skipped > 0 ? [`  ${skipped} letters skipped: already in the output (--resume) or in another share (--shard)`] : [];
    return [head, ...resumed, ...this.failures].join('\n');
  }
}
