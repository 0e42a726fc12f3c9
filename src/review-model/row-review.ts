// What a table row carries of the reviewer's work: its item's review key and state, the fields
// corrected (with the value the engine read, to show beside the correction), and the notes.
import type { ReviewStatus } from './review-model.ts';

export interface RowReview {
  /** The item's key in its letter's review (null for a row that is no item). */
  key: string | null;
  status: ReviewStatus;
  /** For each corrected field shown in the table: the value as read, as text. */
  asRead: Readonly<Record<string, string>>;
  /** Corrected fields whose value was typed (no source in the letter). */
  typed: readonly string[];
  note: string;
  letterNote: string;
  /** An item the engine missed, added by the reviewer. */
  added: boolean;
  /** The request as the engine read it (what an item review is keyed by). */
  requestAsRead: string | null;
}

export const NO_ROW_REVIEW: RowReview = {
  key: null,
  status: 'unreviewed',
  asRead: {},
  typed: [],
  note: '',
  letterNote: '',
  added: false,
  requestAsRead: null,
};
