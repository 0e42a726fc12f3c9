// Bounded work per letter, after extraction: at most MAX_ITEMS_PER_LETTER items and
// MAX_PROBLEMS_PER_LETTER problems reach a record, in the app's workers and the CLI alike (both run
// parse-letter.ts), so a hostile letter of thousands of one-line "items" costs what a long letter
// costs and no more, in the worker, in the tab's rows, in the saved session and on Resume.
import type { Extraction, Problem } from '../../extract/record.ts';
import { limitMessages, MAX_ITEMS_PER_LETTER, MAX_PROBLEMS_PER_LETTER } from '../../limits/limits.ts';

/** The item a problem is about ("items[12].request" → 12), or null for a letter-level problem. */
const itemOf = (p: Problem) => {
  const m = /^items\[(\d+)\]/.exec(p.field ?? '');
  return m ? Number(m[1]) : null;
};

/** Cuts the extraction to the bounds in place; a cut is itself a problem, first in the list. */
export function boundExtraction(extraction: Extraction): void {
  const items = extraction.items.length;
  if (items > MAX_ITEMS_PER_LETTER) {
    extraction.items.length = MAX_ITEMS_PER_LETTER;
    extraction.problems = extraction.problems.filter((p) => (itemOf(p) ?? 0) < MAX_ITEMS_PER_LETTER);
    extraction.problems.unshift({ severity: 'error', code: 'too-many-items', message: limitMessages.itemsCut(items) });
    if (extraction.status === 'ok') extraction.status = 'partial';
  }
  const problems = extraction.problems.length;
  if (problems > MAX_PROBLEMS_PER_LETTER) {
    extraction.problems.length = MAX_PROBLEMS_PER_LETTER;
    extraction.problems.push({
      severity: 'warning',
      code: 'problems-cut',
      message: limitMessages.problemsCut(problems - MAX_PROBLEMS_PER_LETTER),
    });
  }
}
