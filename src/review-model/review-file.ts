// A whole review as a JSON file, to continue it on another machine: every letter's review keyed by the
// letter's sha256, each item by its index and the request as read. Importing it against the letters
// present restores every state, correction and note; a letter not present is reported and kept (its
// review comes back when the letter is added), never dropped.
import type { ItemReview, LetterReview, ReviewState } from './review-model.ts';
import { matchItems } from './match-items.ts';

export const REVIEW_FORMAT = 'imr-lens-review';
export const REVIEW_FILE_VERSION = 1;

export interface ReviewFile {
  format: typeof REVIEW_FORMAT;
  version: number;
  exportedAt: string;
  letters: LetterReview[];
}

export function reviewToFile(state: ReviewState, now = new Date()): ReviewFile {
  const letters = Object.values(state.letters).filter(hasWork);
  return { format: REVIEW_FORMAT, version: REVIEW_FILE_VERSION, exportedAt: now.toISOString(), letters };
}

/** A letter's review with nothing in it (every item back to unreviewed, no note) is not written. */
function hasWork(letter: LetterReview): boolean {
  return (
    letter.note !== '' ||
    letter.chosen !== undefined ||
    Object.keys(letter.corrections).length > 0 ||
    Object.values(letter.items).some(itemHasWork)
  );
}
const itemHasWork = (item: ItemReview) =>
  item.verdict !== null || item.note !== '' || Object.keys(item.corrections).length > 0 || item.added;

/** The letters present: their sha256, name, and the requests their records read (for matching items). */
export interface PresentLetter {
  sha256: string;
  file: string;
  requests: readonly (string | null)[];
}

export interface ImportReport {
  state: ReviewState;
  letters: number;
  /** Letters of the review that are not among the letters present (kept in the state). */
  missing: { sha256: string; file: string }[];
  /** Reviewed items that match no item of their letter now (kept; shown as such). */
  unmatchedItems: { file: string; request: string | null; index: number }[];
}

export class ReviewFileError extends Error {}

/** Reads a review file's text. Throws ReviewFileError with a message for the user when it is not one. */
export function parseReviewFile(text: string): ReviewFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ReviewFileError('This file is not JSON, so it is not an imr-lens review: choose a file made by "Export review".');
  }
  const file = data as Partial<ReviewFile> | null;
  if (!file || file.format !== REVIEW_FORMAT || !Array.isArray(file.letters))
    throw new ReviewFileError('This JSON file is not an imr-lens review (export one with "Export review").');
  if (typeof file.version !== 'number' || file.version > REVIEW_FILE_VERSION)
    throw new ReviewFileError('This review was written by a newer version of imr-lens: update imr-lens (reload the page) to import it.');
  const letters = file.letters.filter(isLetterReview).map(normaliseLetter);
  return { format: REVIEW_FORMAT, version: file.version, exportedAt: String(file.exportedAt ?? ''), letters };
}

function isLetterReview(x: unknown): x is LetterReview {
  const l = x as Partial<LetterReview> | null;
  return !!l && typeof l.sha256 === 'string' && /^[0-9a-f]{64}$/.test(l.sha256) && typeof l.items === 'object' && l.items !== null;
}

/** A review state as saved in the session (any older or damaged shape read as far as it goes). */
export function reviewStateFromSaved(saved: unknown): ReviewState {
  const letters = (saved as Partial<ReviewState> | null)?.letters;
  if (!letters || typeof letters !== 'object') return { letters: {} };
  const out: Record<string, LetterReview> = {};
  for (const letter of Object.values(letters)) if (isLetterReview(letter)) out[letter.sha256] = normaliseLetter(letter);
  return { letters: out };
}

/** Fills fields an older or hand-edited file may lack, so the rest of the app can rely on the shape. */
function normaliseLetter(l: LetterReview): LetterReview {
  const items: Record<string, ItemReview> = {};
  for (const [key, item] of Object.entries(l.items)) {
    if (!item || typeof item.index !== 'number') continue;
    items[key] = {
      index: item.index,
      request: typeof item.request === 'string' ? item.request : null,
      verdict: item.verdict === 'confirmed' || item.verdict === 'not-an-item' ? item.verdict : null,
      corrections: item.corrections ?? {},
      note: typeof item.note === 'string' ? item.note : '',
      added: item.added === true,
      at: String(item.at ?? ''),
    };
  }
  return {
    sha256: l.sha256,
    file: String(l.file ?? ''),
    note: typeof l.note === 'string' ? l.note : '',
    corrections: l.corrections ?? {},
    items,
    ...(typeof l.chosen === 'string' ? { chosen: l.chosen } : {}),
  };
}

/**
 * The review file merged into the current review (the file's letters replace the current reviews of
 * the same letters), with what could not be placed reported.
 */
export function importReview(current: ReviewState, file: ReviewFile, present: readonly PresentLetter[]): ImportReport {
  const bySha = new Map(present.map((p) => [p.sha256, p]));
  const letters = { ...current.letters };
  const missing: ImportReport['missing'] = [];
  const unmatchedItems: ImportReport['unmatchedItems'] = [];
  for (const letter of file.letters) {
    letters[letter.sha256] = letter;
    const here = bySha.get(letter.sha256);
    if (!here) {
      missing.push({ sha256: letter.sha256, file: letter.file });
      continue;
    }
    for (const { review } of matchItems(letter, here.requests).orphans)
      unmatchedItems.push({ file: here.file, request: review.request, index: review.index });
  }
  return { state: { letters }, letters: file.letters.length, missing, unmatchedItems };
}
