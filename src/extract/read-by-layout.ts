// Reads a letter as its layout description says: where the header, credentials, case summary and
// items are, and how items are written. For a letter of no known layout the description is
// GENERAL_RULES, which tries every heading and every way of writing items. The general rules that
// hold in every layout (case number near the top, dates stated in sentences) fill what the header
// table did not give.
import type { Field, Item, Problem } from './record.ts';
import type { LetterView } from './letter-view.ts';
import type { LayoutDescription } from './layouts/layout.ts';
import type { FoundHeading } from './layouts/headings.ts';
import type { HeaderTable } from './header-table.ts';
import { lineEndAt } from './letter-view.ts';
import { firstOf, sectionAfter } from './layouts/headings.ts';
import { readCredentials, type Credentials } from './reviewer-credentials.ts';
import { readCaseSummary, type CaseSummary } from './case-summary.ts';
import { readItems } from './item-blocks.ts';
import { findDecisionMarkers } from './item-heading.ts';
import { readOutcomeItems } from './outcome-items.ts';
import { readIssueItem } from './issue-item.ts';
import { readCaseNumber } from './case-number.ts';
import { readSentenceDates } from './sentence-dates.ts';
import { statedParts } from './item-parts.ts';
import { firstLineStartMatch } from './line-starts.ts';

export interface LayoutReading {
  header: HeaderTable;
  reviewer: Credentials;
  summary: CaseSummary | null;
  items: Item[];
  problems: Problem[];
  /** "Decision rationale:" labels counted for letters with ": Upheld" headings; null otherwise. */
  rationaleCount: number | null;
}

/** The offset where the first title or section heading (not an item label) starts, or the header's usual extent. */
export function headerEndOf(view: LetterView, found: readonly FoundHeading[]): number {
  const first = found.find((h) => h.kind === 'section');
  return first ? first.start : Math.min(view.plain.length, 2000);
}

const or = <T>(a: Field<T>, b: Field<T>): Field<T> => (a.value !== null ? a : b);

/**
 * Lines that close the items when they follow them: an appeal-rights notice, the copy list, the
 * reviewer's credentials moved to the end. Another section heading closes them too.
 */
const AFTER_ITEMS =
  /(?<=^|\n)[ \t]*(?:(?:(?:notice\s+of\s+)?(?:your\s+)?(?:rights?\s+to\s+(?:appeal|review)|appeal\s+rights)|how\s+to\s+appeal|effect\s+of\s+the\s+decision)[ \t]*:?[ \t]*(?=\n|$)|cc\s*:|if\s+you\s+disagree\b|the\s+expert\s+reviewer\s+has\s+the\s+following\s+credentials|state\(s\)\s+of\s+licensure\s*:)/i;

/** Where the items whose first decision ends at `from` end: the next section heading or closing line, else the text end. */
function itemsEndOf(view: LetterView, found: readonly FoundHeading[], from: number): number {
  const next = found.find((h) => h.start > from && h.kind !== 'label');
  const end = next ? next.start : view.plain.length;
  const closing = firstLineStartMatch(AFTER_ITEMS, view.plain.slice(from, end));
  return closing ? from + closing.index : end;
}

function readItemsByStyle(view: LetterView, found: readonly FoundHeading[], layout: LayoutDescription) {
  const itemsHeading = firstOf(found, layout.items);
  const itemsStart = itemsHeading ? lineEndAt(view.plain, itemsHeading.start) : 0;
  for (const style of layout.itemStyles) {
    if (style === 'decision-headings') {
      const first = findDecisionMarkers(view.plain, itemsStart)[0];
      if (!first) continue;
      const r = readItems(view, itemsStart, itemsEndOf(view, found, first.end), statedParts(layout.id));
      return { items: r.items, problems: r.problems, rationaleCount: r.rationaleCount as number | null, itemsStart };
    }
    const r =
      style === 'numbered-outcomes'
        ? readOutcomeItems(view, itemsStart, layout.parts, statedParts(layout.id))
        : readIssueItem(view, found, layout);
    if (r.items.length > 0) return { ...r, rationaleCount: null, itemsStart };
  }
  return { items: [], problems: [], rationaleCount: null, itemsStart };
}

export function readByLayout(
  view: LetterView,
  found: readonly FoundHeading[],
  layout: LayoutDescription,
  table: HeaderTable,
): LayoutReading {
  const { plain } = view;
  const { items, problems, rationaleCount, itemsStart } = readItemsByStyle(view, found, layout);
  const firstItem = items.length > 0 ? Math.min(...items.map((i) => i.block.start)) : plain.length;

  // Read only when the header table left something out (most letters have them all in the table).
  const missing = [table.applicationReceived, table.urDenialDate, table.dateAssigned, table.decisionDate].some((f) => f.value === null);
  const dates = missing ? readSentenceDates(view) : null;
  const header: HeaderTable = {
    ...table,
    caseNumber: table.caseNumber.value !== null ? table.caseNumber : readCaseNumber(view),
    applicationReceived: dates ? or(table.applicationReceived, dates.applicationReceived) : table.applicationReceived,
    urDenialDate: dates ? or(table.urDenialDate, dates.urDenialDate) : table.urDenialDate,
    dateAssigned: dates ? or(table.dateAssigned, dates.dateAssigned) : table.dateAssigned,
    decisionDate: dates ? or(table.decisionDate, dates.decisionDate) : table.decisionDate,
  };

  // The case summary runs to the next section heading or the first item, whichever comes first.
  const summaryHeading = firstOf(found, layout.summary);
  let summary: CaseSummary | null = null;
  let summaryStart = -1;
  if (summaryHeading) {
    const s = sectionAfter(view, found, summaryHeading);
    summaryStart = s.start;
    summary = readCaseSummary(view, summaryStart, Math.max(summaryStart, Math.min(s.end, firstItem > summaryStart ? firstItem : s.end)));
  }

  // Credentials: their own section when the layout has one, else everything above the summary (or the items).
  const credentialsHeading = firstOf(found, layout.credentials);
  const itemsHeading = firstOf(found, layout.items);
  const credentialsEnd = credentialsHeading
    ? sectionAfter(view, found, credentialsHeading).end
    : summaryHeading
      ? summaryStart
      : itemsHeading
        ? itemsHeading.start
        : itemsStart > 0
          ? itemsStart
          : plain.length;
  // Other producers move the credentials after the summary or to the end: read them wherever they stand.
  const above = readCredentials(view, credentialsEnd);
  const reviewer = above.licensure.value === null && above.specialties.value === null ? readCredentials(view, plain.length) : above;
  return { header, reviewer, summary, items, problems, rationaleCount };
}
