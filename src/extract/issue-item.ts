// The one item of a letter that sets out a single disputed issue in sections of its own (the
// "MEDICAL PROFESSIONAL REVIEW" letters): the request from "ISSUE AT DISPUTE:", the guidelines and
// the rationale from their sections, and the decision from the rationale's conclusion.
import type { Item, Problem } from './record.ts';
import type { LetterView } from './letter-view.ts';
import type { ItemPart, LayoutDescription } from './layouts/layout.ts';
import type { FoundHeading } from './layouts/headings.ts';
import { sectionAfter } from './layouts/headings.ts';
import { makeItem, statedParts } from './item-parts.ts';
import { nullField, textField, trimRange } from './spans.ts';

/** "Whether the requested X is medically necessary." / "Is the request for X medically necessary?" / "Request for X." */
const ISSUE_LEAD =
  /^(?:(?:Whether|Is)\s+(?:the\s+)?(?:request(?:ed)?(?:\s+(?:treatment|service))?\s+(?:for\s+)?)?|(?:The\s+)?request\s+for\s+)/i;
/** Read on the issue with its end already trimmed (anchored at the end, so no long rescans of white space). */
const ISSUE_TAIL = /(?:\s+(?:is|was|are))?(?:\s+medically\s+necessary(?:\s+and\s+appropriate)?)?[.?]?$/i;

export function readIssueItem(
  view: LetterView,
  found: readonly FoundHeading[],
  layout: LayoutDescription,
): { items: Item[]; problems: Problem[] } {
  const issue = found.find((h) => h.key === layout.issue);
  if (!issue) return { items: [], problems: [] };
  const { plain } = view;
  const section = sectionAfter(view, found, issue);
  const r = trimRange(plain, section.start, section.end);
  const lead = ISSUE_LEAD.exec(plain.slice(r.start, r.end));
  const start = r.start + (lead ? lead[0].length : 0);
  // Only the last few words can be the tail; looking at them alone keeps the match linear.
  const window = Math.max(start, r.end - 80);
  const tail = ISSUE_TAIL.exec(plain.slice(window, r.end));
  const request = textField(view, start, tail ? Math.max(start, window + tail.index) : r.end);

  const parts: Record<ItemPart, ReturnType<typeof textField>> = {
    claimsAdministratorGuideline: nullField(),
    reviewerGuideline: nullField(),
    rationale: nullField(),
  };
  let blockEnd = section.end;
  for (const [part, keys] of Object.entries(layout.parts) as [ItemPart, readonly string[]][]) {
    const heading = found.find((h) => keys.includes(h.key));
    if (!heading) continue;
    const s = sectionAfter(view, found, heading);
    parts[part] = textField(view, s.start, s.end);
    blockEnd = Math.max(blockEnd, s.end);
  }
  const problems: Problem[] = [];
  const item = makeItem(view, 0, request, nullField(), parts, statedParts(layout.id), { start: issue.start, end: blockEnd }, problems);
  return { items: [item], problems };
}
