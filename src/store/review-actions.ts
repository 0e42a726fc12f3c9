// The review's store actions (module-level, like store/actions.ts): every change goes through the
// history so it can be undone, and the session saves `review.present` (session/persist-session.ts).
import type { Field, Span } from '../extract/record.ts';
import { notify } from './actions.ts';
import { useAppStore } from './app-store.ts';
import { doAction, emptyHistory, mapHistory, redo, replacePresent, undo } from '../review-model/review-history.ts';
import type { ItemRef, ItemReview, LetterRef, ReviewAction, ReviewState } from '../review-model/review-model.ts';
import { makeCorrection, trimSelection, type CorrectionInput } from '../review-model/make-correction.ts';
import type { FieldName } from '../review-model/review-fields.ts';
import { importReview, parseReviewFile, ReviewFileError, reviewToFile, type PresentLetter } from '../review-model/review-file.ts';

const { setState, getState } = useAppStore;

export function reviewDo(action: ReviewAction): void {
  setState((s) => {
    const review = doAction(s.review, action);
    return review === s.review ? s : { review };
  });
}
export const undoReview = () => setState((s) => ({ review: undo(s.review) }));
export const redoReview = () => setState((s) => ({ review: redo(s.review) }));
export const canUndo = (s = getState()) => s.review.past.length > 0;
export const canRedo = (s = getState()) => s.review.future.length > 0;

/** Another tab's review changes (session/tab-sync.ts), in every state of the history: not undoable here. */
export const applyOtherTabReview = (change: (state: ReviewState) => ReviewState) =>
  setState((s) => ({ review: mapHistory(s.review, change) }));

/** The saved review, at start-up (not undoable: there is nothing before it). */
export const restoreReview = (state: ReviewState) => setState({ review: emptyHistory(state) });

const now = () => new Date().toISOString();

export const setVerdict = (item: ItemRef, verdict: ItemReview['verdict']) => reviewDo({ type: 'set-verdict', item, verdict, at: now() });

/** This copy's values stand for its case (review-model/case-copies.ts); the other copies are no longer chosen. */
export const chooseCopy = (letter: LetterRef, others: readonly LetterRef[]) => reviewDo({ type: 'choose-copy', letter, others, at: now() });

export const setNote = (letter: LetterRef, item: ItemRef | undefined, text: string) =>
  reviewDo({ type: 'note', letter, item, text, at: now() });

/**
 * Corrects a field of an item (itemRef given) or of the letter (itemRef undefined). Returns the
 * validation message when the value is refused, null when the correction was made.
 */
export function correctField(
  letter: LetterRef,
  item: ItemRef | undefined,
  field: FieldName,
  asRead: Field<unknown>,
  input: CorrectionInput,
): string | null {
  const made = makeCorrection(field, asRead, input);
  if (!made.ok) return made.message;
  reviewDo({ type: 'correct', letter, itemKey: item?.key ?? null, item, field, correction: made.correction });
  return null;
}

export const revertField = (letter: LetterRef, itemKey: string | null, field: FieldName) =>
  reviewDo({ type: 'revert', letter, itemKey, field });

/** An item the engine missed, from its heading selected in the letter. Returns a message when the selection is empty. */
export function addItemFromSelection(letter: LetterRef, text: string, span: Span, index: number): string | null {
  const trimmed = trimSelection(text, span);
  if (!trimmed) return 'Select the heading of the item in the letter first.';
  // A heading selected with its decision ("Cane: Upheld") is the request before the colon.
  const words = text.slice(trimmed.start, trimmed.end);
  const colon = words.search(/\s*:\s*(upheld|overturned)\b/i);
  const end = colon > 0 ? trimmed.start + colon : trimmed.end;
  reviewDo({
    type: 'add-item',
    letter,
    request: { value: text.slice(trimmed.start, end).replace(/\s+/g, ' '), spans: [{ start: trimmed.start, end }] },
    index,
    at: now(),
  });
  return null;
}

export const removeAddedItem = (letter: LetterRef, key: string) => reviewDo({ type: 'remove-added', letter, key });

export function reviewFileText(): string {
  return JSON.stringify(reviewToFile(getState().review.present), null, 2);
}

/** The letters present, for matching a review file against them. */
function presentLetters(): PresentLetter[] {
  const { records, files } = getState();
  return Object.keys(files).map((sha256) => ({
    sha256,
    file: files[sha256]!.name,
    requests: records[sha256]?.items.map((i) => i.request.value) ?? [],
  }));
}

/** Reads a review file and merges it in (one undoable step), telling the user what could not be placed. */
export function importReviewText(text: string): void {
  try {
    const report = importReview(getState().review.present, parseReviewFile(text), presentLetters());
    setState((s) => ({ review: replacePresent(s.review, report.state) }));
    const placed = report.letters - report.missing.length;
    notify('info', `Review imported: ${placed} of ${report.letters} letters found here.`);
    if (report.missing.length > 0)
      notify(
        'warning',
        `${report.missing.length} reviewed ${report.missing.length === 1 ? 'letter is' : 'letters are'} not here: add ${report.missing.length === 1 ? 'it' : 'them'} and the review comes back.`,
        report.missing.map((m) => m.file || m.sha256),
      );
    if (report.unmatchedItems.length > 0)
      notify(
        'warning',
        `${report.unmatchedItems.length} reviewed items match no item their letter now has.`,
        report.unmatchedItems.map((u) => `${u.file}: ${u.request ?? `item ${u.index + 1}`}`),
      );
  } catch (error) {
    notify('error', error instanceof ReviewFileError ? error.message : `The review could not be imported: ${(error as Error).message}`);
  }
}
