// Test support, no feature of the app: small hand-made records for unit tests of the table, export,
// review, insights and store, and TanStack's own table over rows, the reference our one-pass
// filtering and sorting are checked against (not shipped in the app bundle).
import { constructTable, type Table } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { Category, Decision, DrugClass, Item, LetterRecord } from '../extract/record.ts';
import type { FileEntry, FileState } from '../store/file-entry.ts';
import { reviewColumns } from '../table/columns.tsx';
import type { ItemRow } from '../table/item-rows.ts';
import { reviewFeatures, type ReviewFeatures } from '../table/table-features.ts';

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

/** TanStack's table over `rows` with its own row models (filtering, faceting, sorting), outside React. */
export function referenceTable(rows: ItemRow[], options: Record<string, unknown> = {}): Table<ReviewFeatures, ItemRow> {
  return constructTable<ReviewFeatures, ItemRow>({
    // Outside React the table needs the plain store bindings that useTable otherwise supplies.
    features: { coreReactivityFeature: storeReactivityBindings(), ...reviewFeatures },
    columns: reviewColumns,
    data: rows,
    getRowId: (r: ItemRow) => r.id,
    ...options,
  } as never);
}
