// Test support, no feature of the app: small hand-made records for unit tests of the rows, export,
// review, insights and store, and TanStack's own table over rows (@tanstack/table-core, no React),
// the reference the row core's one-pass filtering and sorting are checked against (never shipped).
import {
  columnFacetingFeature,
  columnFilteringFeature,
  constructTable,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { Category, Decision, DrugClass, Item, LetterRecord } from '../extract/record.ts';
import type { FileEntry, FileState } from '../store/file-entry.ts';
import { inDateRange } from '../rows/facets.ts';
import type { ItemRow } from '../rows/item-rows.ts';
import type { RowPipeline } from '../rows/row-pipeline.ts';
import { coreLetterRows } from '../rows/core-rows.ts';

const referenceFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  columnFacetingFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
});

const none = () => ({ value: null, spans: [] });
const field = <T>(value: T) => ({ value, spans: [{ start: 0, end: 1 }] });

export function fakeItem(
  request: string,
  decision: Decision,
  category: Category,
  rationale = 'Because the guideline says so.',
  medication: { drugClass: DrugClass; compounded?: boolean } | null = null,
): Item {
  return {
    request: field(request),
    originalRequest: none(),
    decision: field(decision),
    category: field(category),
    drugClass: medication ? field(medication.drugClass) : none(),
    compounded: medication ? field(medication.compounded ?? false) : none(),
    claimsAdministratorGuideline: none(),
    reviewerGuideline: none(),
    citations: [{ source: 'MTUS', title: 'Chronic Pain', sections: null, pages: null, citedBy: 'reviewer', spans: [] }],
    rationale: field(rationale),
    necessity: field(decision === 'Overturned' ? 'medically necessary' : 'not medically necessary'),
    block: { start: 0, end: 1 },
  };
}

export function fakeRecord(over: Partial<Omit<LetterRecord, 'caseNumber'>> & { caseNumber?: string } = {}): LetterRecord {
  const { caseNumber, ...rest } = over;
  return {
    file: 'a.pdf',
    sha256: 'a',
    kind: 'pdf',
    pages: 1,
    layout: 'header-table',
    text: 'x',
    pageStarts: [0],
    status: 'ok',
    problems: [],
    priority: none(),
    dateAssigned: none(),
    dateOfInjury: field('2014-01-02'),
    decisionDate: field('2016-05-06'),
    urDenialDate: none(),
    applicationReceived: none(),
    reviewer: { licensure: field(['California']), specialties: field(['Pain Management']) },
    patient: { age: field(44), sex: field('female') },
    diagnoses: none(),
    items: [],
    ...rest,
    caseNumber: caseNumber ? field(caseNumber) : none(),
  };
}

export const fakeEntry = (id: string, state: FileState = 'done', message: string | null = null): FileEntry => ({
  id,
  name: `${id}.pdf`,
  size: 1,
  state,
  message,
  code: null,
  addedAt: 0,
});

/**
 * TanStack's table over `rows` with its own row models (filtering, faceting, sorting), outside React,
 * its columns made from the pipeline's column facts alone (value, sort, facet, date range): the
 * reference the row core's one-pass filtering, counting and sorting are checked against.
 */
export function referenceTable<R extends ItemRow>(pipeline: RowPipeline<R>, rows: R[], options: Record<string, unknown> = {}) {
  const columns = pipeline.columns.map((c) => {
    const index = pipeline.facetIndex.get(c.id);
    const range = c.dateRange;
    return {
      id: c.id,
      header: c.header,
      accessorFn: c.value,
      enableSorting: c.sortValue !== null,
      ...(index !== undefined
        ? {
            getUniqueValues: (row: R) => [...(row.facetValues[index] ?? [])],
            filterFn: (row: { original: R }, _id: string, selected: unknown) =>
              !Array.isArray(selected) ||
              selected.length === 0 ||
              (row.original.facetValues[index] ?? []).some((v) => selected.includes(v)),
          }
        : range
          ? { filterFn: (row: { original: R }, _id: string, value: unknown) => inDateRange(range(row.original), value) }
          : {}),
    };
  });
  return constructTable<typeof referenceFeatures, R>({
    // Outside React the table needs the plain store bindings that useTable otherwise supplies.
    features: { coreReactivityFeature: storeReactivityBindings(), ...referenceFeatures },
    columns,
    data: rows,
    getRowId: (r: R) => r.id,
    ...options,
  } as never);
}

/** The row core's finished rows of these letters (a file named `<id>.pdf` each), in order, as the CLI makes them. */
export function coreRows(
  records: Readonly<Record<string, LetterRecord | undefined>>,
  ids: readonly string[] = Object.keys(records),
): ItemRow[] {
  return ids.flatMap((id) => coreLetterRows({ id, name: `${id}.pdf` }, records[id]));
}
