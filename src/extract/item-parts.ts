// An item's labelled parts (claims administrator guideline, reviewer guideline, rationale) inside its
// block, for layouts that name them with labels other than the 2016 ones ("Medical Treatment
// Guideline(s) Used by the Expert Reviewer:", "Rationale Used by the Expert Reviewer:", ...). Each part
// runs to the next label or the block end, never to a blank line (page breaks fall anywhere).
import type { Decision, Field, Item, Necessity, Problem } from './record.ts';
import type { LetterView } from './letter-view.ts';
import type { ItemPart } from './layouts/layout.ts';
import type { HeadingKey } from './layouts/headings.ts';
import { HEADINGS } from './layouts/headings.ts';
import { readCitations } from './guideline-citations.ts';
import { readCategory } from './item-category.ts';
import { readMedication } from './drug-class.ts';
import { readNecessity } from './necessity.ts';
import { nullField, textField, trimRange, valueField } from './spans.ts';
import { entryAt, notFoundMessage, statedIn } from './field-catalogue.ts';

export type PartLabels = Readonly<Partial<Record<ItemPart, readonly HeadingKey[]>>>;

const PARTS: readonly ItemPart[] = ['claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'];

/** The parts every item of a layout has (the field catalogue says which layouts state each): only these are reported when not found. */
export const statedParts = (layoutId: string): ItemPart[] => {
  const stated = new Set(statedIn(layoutId, 'item').map((e) => e.path));
  return PARTS.filter((p) => stated.has(p));
};

/** The warning for an item's field (request, decision, a part) that was not found. */
export const itemNotFound = (n: number, path: string): Problem => ({
  severity: 'warning',
  code: 'not-found',
  field: `items[${n}].${path}`,
  message: notFoundMessage(entryAt('item', path), n),
});

/** The parts found between start and end, each from its label to the next label. */
export function readParts(view: LetterView, labels: PartLabels, start: number, end: number): Record<ItemPart, Field<string>> {
  const slice = view.plain.slice(start, end);
  const hits: { part: ItemPart; start: number; valueStart: number }[] = [];
  for (const [part, keys] of Object.entries(labels) as [ItemPart, readonly HeadingKey[]][]) {
    for (const key of keys) {
      const re = new RegExp(HEADINGS[key].re.source, HEADINGS[key].re.flags + 'g');
      for (const m of slice.matchAll(re)) hits.push({ part, start: start + m.index, valueStart: start + m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Record<ItemPart, Field<string>> = {
    claimsAdministratorGuideline: nullField(),
    reviewerGuideline: nullField(),
    rationale: nullField(),
  };
  hits.forEach((hit, i) => {
    if (out[hit.part].value === null) out[hit.part] = textField(view, hit.valueStart, hits[i + 1]?.start ?? end);
  });
  return out;
}

/**
 * One item from its request, stated decision (or none) and parts. With no stated decision the
 * rationale's conclusion decides it ("not medically necessary" = the denial is upheld), grounded
 * on the conclusion's words.
 */
export function makeItem(
  view: LetterView,
  n: number,
  request: Field<string>,
  stated: Field<Decision>,
  parts: Record<ItemPart, Field<string>>,
  expected: readonly ItemPart[],
  block: { start: number; end: number },
  problems: Problem[],
): Item {
  const necessity: Field<Necessity> = readNecessity(view, parts.rationale);
  const decision =
    stated.value !== null
      ? stated
      : valueField<Decision>(
          necessity.value === null ? null : necessity.value === 'not medically necessary' ? 'Upheld' : 'Overturned',
          necessity.spans,
        );
  for (const part of expected) if (parts[part].value === null) problems.push(itemNotFound(n, part));
  if (request.value === null) problems.push(itemNotFound(n, 'request'));
  if (decision.value === null) problems.push(itemNotFound(n, 'decision'));
  const span = trimRange(view.plain, block.start, block.end);
  const citations = [
    ...readCitations(view, parts.claimsAdministratorGuideline, 'claims administrator'),
    ...readCitations(view, parts.reviewerGuideline, 'reviewer'),
  ];
  const category = readCategory(view, { request, citations, rationale: parts.rationale });
  return {
    request,
    originalRequest: nullField(),
    decision,
    category,
    ...readMedication(view, { request, citations, rationale: parts.rationale, category }),
    claimsAdministratorGuideline: parts.claimsAdministratorGuideline,
    reviewerGuideline: parts.reviewerGuideline,
    citations,
    rationale: parts.rationale,
    necessity,
    block: { start: span.start, end: Math.max(span.start, span.end) },
  };
}
