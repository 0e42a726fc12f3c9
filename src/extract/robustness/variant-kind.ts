// A kind of change a later layout, another PDF producer or a text tool brings to a letter. Each kind
// changes the text only: the letter still says the same things, so its answer key still holds.
import type { AnswerKey } from './misreadings.ts';
import type { Random } from './random.ts';

export interface Changed {
  text: string;
  /** Text the change added that is not the letter's (page furniture, a cover letter): no value may hold it. */
  added: string[];
}

export interface VariantKind {
  id: string;
  /** The change, in words (printed in the harness's report). */
  change: string;
  /** The changed text, or null when the letter has nothing this kind changes. */
  apply(text: string, key: AnswerKey, rand: Random): Changed | null;
}

/** A change that adds nothing, or null when it changed nothing. */
export const changed = (before: string, after: string, added: string[] = []): Changed | null =>
  after === before ? null : { text: after, added };
