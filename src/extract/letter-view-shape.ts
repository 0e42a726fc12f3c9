// The shape of a letter's view, apart from the code that makes it (letter-view.ts), so that the rules
// the view itself uses (headings, page furniture) can name it without an import cycle.
import type { Span } from './record.ts';

export interface LetterView {
  /** The letter text exactly as given. */
  text: string;
  /** Same length as `text`; furniture and double spacing neutralised (see letter-view.ts), typographic quotes and dashes plain. */
  plain: string;
  /** Sorted, non-overlapping ranges of `text` that are page furniture (with adjacent white space). */
  furniture: Span[];
}
