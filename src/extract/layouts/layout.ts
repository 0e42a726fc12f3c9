// What a layout description says about one known layout of IMR letters. Adding a layout is one
// module exporting one of these (and its test letters); the extractor itself has no per-layout code.
// Which fields a layout's letters state is said here, by the layout (`states`); the field catalogue
// (field-catalogue.ts) reads it to know which empty fields to report.
import type { HeadingKey } from './headings.ts';

export type ItemPart = 'claimsAdministratorGuideline' | 'reviewerGuideline' | 'rationale';

/**
 * How the disputed items are written:
 * - 'decision-headings': "<request>: Upheld" / ": Overturned" headings, each followed by its labelled parts;
 * - 'numbered-outcomes': numbered sentences "1) ... has determined the request for X is (not) medically
 *   necessary", each item's parts under "1) Regarding the request for X:" (or under the sentence itself);
 * - 'single-issue': one issue, its guidelines and its rationale as sections of the letter.
 */
export type ItemStyle = 'decision-headings' | 'numbered-outcomes' | 'single-issue';

export interface LayoutDescription {
  /** The stable name stored in LetterRecord.layout. */
  id: string;
  /** What a user sees (table column and facet). */
  label: string;
  /** Headings that must all be present. */
  required: readonly HeadingKey[];
  /** Every heading the layout can hold; any other known heading means the letter is not this layout. */
  headings: readonly HeadingKey[];
  /** Whether the letter opens with a "Label: value" header table (Case Number:, UR Denial Date: ...). */
  headerTable: 'required' | 'absent' | 'optional';
  /** The heading the clinical case summary follows (first found wins). */
  summary: readonly HeadingKey[];
  /** The heading the reviewer's credentials follow, when the layout gives them a section of their own. */
  credentials: readonly HeadingKey[];
  /** The heading the disputed items follow. */
  items: readonly HeadingKey[];
  /** How items are written, tried in order until one finds items. */
  itemStyles: readonly ItemStyle[];
  /** The labels opening each part of an item (numbered-outcomes) or the sections holding them (single-issue). */
  parts: Readonly<Partial<Record<ItemPart, readonly HeadingKey[]>>>;
  /**
   * The fields its letters state, by their key in the field catalogue (field-catalogue.ts; a test checks
   * every key names a field read from the words). A field a letter of this layout leaves empty is
   * reported as not found and makes the letter need attention; a field it does not state is not.
   */
  states: readonly string[];
  /** Single-issue layouts: the section stating the disputed issue. */
  issue?: HeadingKey;
}

/** What every IMR letter states: each item's decision, request, guideline and rationale, the reviewer's credentials, the patient. */
export const STATED_BY_EVERY_LETTER = [
  'decision',
  'request',
  'reviewerGuideline',
  'necessity',
  'rationale',
  'specialties',
  'licensure',
  'age',
  'sex',
  'diagnoses',
] as const;
