// A PoolWorker that parses in the CLI's own process: for a run of one letter, starting a second
// process would be most of the run's time. It cannot be terminated (a time-out or a cancel still
// settles the letter; the CLI exits once its output is written).
import type { PoolWorker } from '../parsing/parse-pool.ts';
import type { LetterSource } from './child-protocol.ts';

export function createInProcessWorker(): PoolWorker<LetterSource> {
  return {
    // Loaded only here, so a run of many letters never loads pdf.js in the parent.
    parse: async (source, onProgress) => (await import('./parse-source.ts')).parseSource(source, onProgress),
    onDeath: () => {},
    terminate: () => {},
  };
}
