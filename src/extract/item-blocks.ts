// The disputed items under "IMR ISSUES, DECISIONS AND RATIONALES": one block per decision heading,
// running to the next heading. Inside a block the three labelled parts ("Claims Administrator
// guideline:", "MAXIMUS guideline:", "Decision rationale:") each run to the next label, not to the
// next blank line: text letters put blank lines inside paragraphs and page breaks fall anywhere.
import type { Field, Item, Problem } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { findDecisionMarkers, readItemHeading } from './item-heading.ts';
import { readCitations } from './guideline-citations.ts';
import { readCategory } from './item-category.ts';
import { readMedication } from './drug-class.ts';
import { readNecessity } from './necessity.ts';
import { checkHeadingAgainstRationale, readRestatedRequest } from './restated-request.ts';
import { nullField, textField, trimRange } from './spans.ts';
import { itemNotFound } from './item-parts.ts';
import { LABEL_WORDS } from './layouts/headings.ts';
import { lineStartMatches } from './line-starts.ts';

type LabelKey = 'claimsAdministratorGuideline' | 'reviewerGuideline' | 'rationale';

const label = (words: string) => new RegExp(String.raw`(?<=^|\n)[ \t]*${words}`, 'gi');
const LABELS: readonly (readonly [LabelKey, RegExp])[] = [
  ['claimsAdministratorGuideline', label(LABEL_WORDS.claimsGuideline)],
  ['reviewerGuideline', label(LABEL_WORDS.maximusGuideline)],
  ['rationale', label(LABEL_WORDS.decisionRationale)],
];

interface LabelHit {
  key: LabelKey;
  start: number;
  valueStart: number;
}

export interface ItemsResult {
  items: Item[];
  problems: Problem[];
  /** How many "Decision rationale:" labels the decisions section holds. */
  rationaleCount: number;
}

function labelsIn(plain: string, start: number, end: number): LabelHit[] {
  const slice = plain.slice(start, end);
  const hits: LabelHit[] = [];
  for (const [key, re] of LABELS) {
    for (const m of lineStartMatches(re, slice)) hits.push({ key, start: start + m.index, valueStart: start + m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The items under the decision headings; a part is reported when not found only if the layout states it (`stated`: item-parts.ts statedParts). */
export function readItems(
  view: LetterView,
  itemsStart: number,
  itemsEnd = view.plain.length,
  stated: readonly LabelKey[] = LABELS.map(([key]) => key),
): ItemsResult {
  const { plain } = view;
  const problems: Problem[] = [];
  const markers = findDecisionMarkers(plain, itemsStart).filter((m) => m.end <= itemsEnd);
  const items: Item[] = [];
  let floor = itemsStart;
  const headings = markers.map((marker) => {
    const h = readItemHeading(view, marker, floor);
    floor = marker.end;
    return h;
  });
  headings.forEach((heading, n) => {
    const next = headings[n + 1];
    const blockEnd = next ? next.start : itemsEnd;
    const fields: Record<LabelKey, Field<string>> = {
      claimsAdministratorGuideline: nullField(),
      reviewerGuideline: nullField(),
      rationale: nullField(),
    };
    const hits = labelsIn(plain, heading.end, blockEnd);
    hits.forEach((hit, i) => {
      const to = hits[i + 1]?.start ?? blockEnd;
      if (fields[hit.key].value !== null) {
        problems.push({
          severity: 'warning',
          field: `items[${n}].${hit.key}`,
          message: `Item ${n + 1} has a second "${plain.slice(hit.start, hit.valueStart).trim()}" label; only the first was read: check which one applies.`,
          spans: [{ start: hit.start, end: hit.valueStart }],
        });
        return;
      }
      fields[hit.key] = textField(view, hit.valueStart, to);
    });
    for (const key of stated) if (fields[key].value === null) problems.push(itemNotFound(n, key));
    if (heading.request.value === null) problems.push(itemNotFound(n, 'request'));
    const mismatch = checkHeadingAgainstRationale(n, heading.request, readRestatedRequest(view, fields.rationale));
    if (mismatch) problems.push(mismatch);
    const block = trimRange(plain, heading.start, blockEnd);
    const citations = [
      ...readCitations(view, fields.claimsAdministratorGuideline, 'claims administrator'),
      ...readCitations(view, fields.reviewerGuideline, 'reviewer'),
    ];
    const category = readCategory(view, { request: heading.request, citations, rationale: fields.rationale });
    items.push({
      request: heading.request,
      originalRequest: heading.originalRequest,
      decision: heading.decision,
      category,
      ...readMedication(view, { request: heading.request, citations, rationale: fields.rationale, category }),
      claimsAdministratorGuideline: fields.claimsAdministratorGuideline,
      reviewerGuideline: fields.reviewerGuideline,
      citations,
      rationale: fields.rationale,
      necessity: readNecessity(view, fields.rationale),
      block: { start: block.start, end: Math.max(block.end, block.start) },
    });
  });
  const rationaleCount = labelsIn(plain, itemsStart, itemsEnd).filter((h) => h.key === 'rationale').length;
  return { items, problems, rationaleCount };
}
