// Undo and redo: the review states before and after each action. States share everything an action
// did not touch, so keeping a few hundred of them costs little.
import { applyReviewAction, EMPTY_REVIEW, type ReviewAction, type ReviewState } from './review-model.ts';

export interface ReviewHistory {
  present: ReviewState;
  past: ReviewState[];
  future: ReviewState[];
}

const LIMIT = 500;

export const emptyHistory = (present: ReviewState = EMPTY_REVIEW): ReviewHistory => ({ present, past: [], future: [] });

/** One action done: undoable, and what could have been redone is gone. An action that changes nothing is not kept. */
export function doAction(history: ReviewHistory, action: ReviewAction): ReviewHistory {
  const next = applyReviewAction(history.present, action);
  if (next === history.present) return history;
  return { present: next, past: [...history.past, history.present].slice(-LIMIT), future: [] };
}

export function undo(history: ReviewHistory): ReviewHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { present: previous, past: history.past.slice(0, -1), future: [history.present, ...history.future] };
}

export function redo(history: ReviewHistory): ReviewHistory {
  const next = history.future[0];
  if (!next) return history;
  return { present: next, past: [...history.past, history.present], future: history.future.slice(1) };
}

/** A state put in place (an imported review, a restored session): one undoable step. */
export function replacePresent(history: ReviewHistory, present: ReviewState): ReviewHistory {
  return { present, past: [...history.past, history.present].slice(-LIMIT), future: [] };
}

/**
 * Every state of the history changed alike (another tab's marks, taken in every undo step, so undoing
 * this tab's actions never takes back what the other tab did).
 */
export function mapHistory(history: ReviewHistory, change: (state: ReviewState) => ReviewState): ReviewHistory {
  return { present: change(history.present), past: history.past.map(change), future: history.future.map(change) };
}
