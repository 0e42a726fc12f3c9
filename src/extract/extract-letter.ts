/**
 * extractLetter: the canonical text of one IMR final determination letter in, an Extraction out,
 * every value carrying the spans of the words it was read from.
 *
 * Pipeline:
 * 0. folded-text: the text every rule reads, with Unicode compatibility forms, line ends, spaces and
 *    invisible characters folded; every span is mapped back to the canonical text at the end.
 * 1. letter-view: a same-length copy of the text with page furniture (page-furniture.ts: page
 *    breaks, running headers and footers) and text letters' double spacing neutralised, so rules can use line-based regular
 *    expressions and match offsets are span offsets.
 * 2. layouts/: find the known headings, decide whether this is an IMR letter at all and which
 *    known layout (a description in layouts/) it follows; none known = the general rules, flagged.
 * 3. read-by-layout: the header table, case number and sentence dates, credentials, case summary
 *    and the items, each where the layout description says, the items in the layout's style
 *    (": Upheld" headings, numbered outcome sentences, or one issue).
 * 5. Checks that become problems, never silent: fields not found, decisions that disagree with the
 *    rationale's conclusion, decision and rationale counts that differ, unknown layouts.
 *
 * Never throws and uses no clock or randomness: the same text always gives the same record.
 */
import type { Extraction, Field, Item, Problem, RecordStatus } from './record.ts';
import { fieldOf, groundedEntries, notFoundMessage, setAtPath, statedIn, type CatalogueEntry } from './field-catalogue.ts';
import { itemNotFound } from './item-parts.ts';
import { letterOutcome, statusForOutcome } from './record-outcome.ts';
import { makeLetterView } from './letter-view.ts';
import { findHeadings } from './layouts/headings.ts';
import { GENERAL_RULES, LAYOUT_RECOGNISED_NOT, LAYOUT_UNKNOWN, isImrLetter, recogniseLayout } from './layouts/index.ts';
import { readHeaderTable } from './header-table.ts';
import { headerEndOf, readByLayout } from './read-by-layout.ts';
import { nullField, trimRange } from './spans.ts';
import { foldText, toCanonical } from './folded-text.ts';
import { crossCheck } from './cross-checks.ts';

export const NOT_A_LETTER =
  'Not an IMR determination letter: it names neither MAXIMUS nor Independent Medical Review and has no case number or known heading.';

/** The code of the problem a letter gets when the extractor itself failed on it (a bug, never the letter's fault). */
export const EXTRACTOR_FAILURE = 'extractor-failure';

/** A record with nothing read: the shape a failed letter takes (also used for files that never reach the extractor). */
/**
 * An item with nothing read: every item field of the field catalogue, not found, at its path (so a
 * field added to the catalogue is in it without a list to edit here). Built by path from the
 * catalogue, which TypeScript cannot follow: the one assertion that it is an Item.
 */
export function emptyItem(): Item {
  const item: Record<string, unknown> = { citations: [], block: { start: 0, end: 0 } };
  for (const entry of groundedEntries()) if (entry.level === 'item') setAtPath(item, entry.path, nullField());
  return item as unknown as Item;
}

export function emptyExtraction(status: RecordStatus, layout: string, problems: Problem[]): Extraction {
  const extraction: Record<string, unknown> = { layout, status, problems, items: [] };
  // Every grounded letter field of the catalogue, not found.
  for (const entry of groundedEntries()) if (entry.level === 'letter') setAtPath(extraction, entry.path, nullField());
  return extraction as unknown as Extraction;
}

const notFound = (entry: CatalogueEntry): Problem => ({
  severity: 'warning',
  code: 'not-found',
  field: entry.path,
  message: notFoundMessage(entry),
});

function extract(text: string): Extraction {
  const view = makeLetterView(text);
  const found = findHeadings(view);
  if (!isImrLetter(view, found)) {
    return emptyExtraction('failed', LAYOUT_UNKNOWN, [{ severity: 'error', message: NOT_A_LETTER }]);
  }

  // The layout description says where each part of the letter is; a letter of no known layout is
  // read by the general rules (GENERAL_RULES) and flagged.
  const problems: Problem[] = [];
  const table = readHeaderTable(view, headerEndOf(view, found));
  problems.push(...table.problems);
  const known = recogniseLayout(found, table.present);
  const description = known ?? GENERAL_RULES;
  const layout = description.id;
  if (!known) problems.push({ severity: 'warning', field: 'layout', message: LAYOUT_RECOGNISED_NOT });

  const { header, reviewer, summary, items, problems: itemProblems, rationaleCount } = readByLayout(view, found, description, table);
  const dateOfInjury: Field<string> = header.dateOfInjury.value !== null ? header.dateOfInjury : (summary?.dateOfInjury ?? nullField());
  problems.push(...itemProblems);

  const extraction: Extraction = {
    layout,
    status: 'ok',
    problems,
    furniture: view.furniture.map((f) => trimRange(view.text, f.start, f.end)).filter((f) => f.start < f.end),
    caseNumber: header.caseNumber,
    priority: header.priority,
    dateAssigned: header.dateAssigned,
    dateOfInjury,
    decisionDate: header.decisionDate,
    urDenialDate: header.urDenialDate,
    applicationReceived: header.applicationReceived,
    reviewer,
    patient: { age: summary?.age ?? nullField(), sex: summary?.sex ?? nullField() },
    diagnoses: summary?.diagnoses ?? nullField(),
    items,
  };

  // Only the fields this layout states (the field catalogue's `statedIn`) are reported when not found:
  // the early layout has no header table, a Medical Professional Review no header dates; flagging
  // every such letter would bury the problems that need a human.
  for (const entry of statedIn(layout, 'letter')) {
    // A value the header offered but that failed its type check is reported already, with the reason.
    if (fieldOf(entry, extraction).value === null && !problems.some((p) => p.field === entry.path)) problems.push(notFound(entry));
  }

  items.forEach((item, n) => {
    const decision = item.decision.value;
    const necessity = item.necessity.value;
    if (necessity === null) {
      problems.push(itemNotFound(n, 'necessity'));
    } else if (decision !== null && (decision === 'Upheld') !== (necessity === 'not medically necessary')) {
      const partial = item.originalRequest.value !== null ? ' (a partial authorization)' : '';
      problems.push({
        severity: 'warning',
        field: `items[${n}].decision`,
        message: `Decision of item ${n + 1} (${decision}) disagrees with its rationale's conclusion ("${necessity}")${partial}: check which the letter means.`,
        spans: [...item.decision.spans, ...item.necessity.spans],
      });
    }
  });
  if (items.length > 0 && rationaleCount !== null && rationaleCount !== items.length) {
    problems.push({
      severity: 'warning',
      field: 'items',
      message: `The letter has ${items.length} decisions but ${rationaleCount} decision rationales: check that every item was read whole.`,
    });
  }

  if (items.length === 0) {
    problems.push({
      severity: 'error',
      field: 'items',
      message:
        'No disputed items found (no ": Upheld" or ": Overturned" headings, no outcome sentences): check that this is a final determination letter.',
    });
  }

  problems.push(...crossCheck(view, extraction, header.dateOfInjury, summary?.dateOfInjury ?? nullField()));

  // The status follows from the problems and the fields by the one rule the CLI and the app use.
  extraction.status = items.length === 0 ? 'failed' : statusForOutcome(letterOutcome(extraction));
  return extraction;
}

/** Reads one letter from its canonical text. Page breaks are read from the text itself (form feeds). */
export function extractLetter(text: string): Extraction {
  try {
    if (typeof text !== 'string') return emptyExtraction('failed', LAYOUT_UNKNOWN, [{ severity: 'error', message: NOT_A_LETTER }]);
    // Every rule reads the folded text; the spans found there are mapped back to the letter's own characters.
    const folded = foldText(text);
    return toCanonical(folded, extract(folded.text));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return emptyExtraction('failed', LAYOUT_UNKNOWN, [
      {
        severity: 'error',
        code: EXTRACTOR_FAILURE,
        message: `Internal extractor failure (${message}): the letter could not be read; please report it.`,
      },
    ]);
  }
}
