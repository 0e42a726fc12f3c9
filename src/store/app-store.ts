// The one application store. State only: the actions that change it are module-level functions in
// actions.ts, and everything derivable (rows, facets, counts) is derived where it is used.
import { create } from 'zustand';
import type { LetterRecord } from '../extract/record.ts';
import type { FileEntry } from './file-entry.ts';
import type { RowRef } from '../rows/item-rows.ts';
import { DEFAULT_VIEW, type ViewState } from './view-state.ts';
import { emptyHistory, type ReviewHistory } from '../review-model/review-history.ts';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** File names the notice is about (duplicates, skipped files), shown as a list. */
  details: string[];
}

/** The current batch of parsing, for the progress bar (files done of total, letters per second). */
export interface RunProgress {
  total: number;
  done: number;
  startedAt: number;
  finishedAt: number | null;
}

export interface AppState {
  /** False until the saved session has been read back from IndexedDB. */
  hydrated: boolean;
  files: Record<string, FileEntry>;
  /** File ids in the order they were added. */
  order: string[];
  records: Record<string, LetterRecord>;
  view: ViewState;
  run: RunProgress | null;
  /** Files being hashed and stored before they are queued (big drops, zips). */
  intakePending: number;
  notices: Notice[];
  /** The selected row and the row whose letter is open in the source view (table/item-rows.ts). */
  selectedRow: RowRef | null;
  openedRow: RowRef | null;
  /** Bumped when the selected row is to be brought into view by the table (`n`, `c`: review/ReviewBar.tsx). */
  revealSelected: number;
  saveStatus: 'saved' | 'saving' | 'failed';
  /** The reviewer's work (review/), apart from the records, with its undo history. */
  review: ReviewHistory;
}

export const initialAppState: AppState = {
  hydrated: false,
  files: {},
  order: [],
  records: {},
  view: DEFAULT_VIEW,
  run: null,
  intakePending: 0,
  notices: [],
  selectedRow: null,
  openedRow: null,
  revealSelected: 0,
  saveStatus: 'saved',
  review: emptyHistory(),
};

export const useAppStore = create<AppState>()(() => initialAppState);
