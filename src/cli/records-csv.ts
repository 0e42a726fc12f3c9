// CSV for the CLI: every field, one row per disputed item with its letter's fields beside it; a letter without
// items (failed, not a letter) still gets one row so that nothing silently disappears.
import type { Field, Item, LetterRecord } from '../extract/record.ts';
import { toCsv } from '../export/csv.ts';

const v = <T>(f: Field<T> | undefined): string => {
  const value = f?.value;
  if (value == null) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
};

const LETTER_COLUMNS: [string, (r: LetterRecord) => string][] = [
  ['file', (r) => r.file],
  ['status', (r) => r.status],
  ['layout', (r) => r.layout],
  ['case number', (r) => v(r.caseNumber)],
  ['priority', (r) => v(r.priority)],
  ['date assigned', (r) => v(r.dateAssigned)],
  ['date of injury', (r) => v(r.dateOfInjury)],
  ['decision date', (r) => v(r.decisionDate)],
  ['UR denial date', (r) => v(r.urDenialDate)],
  ['application received', (r) => v(r.applicationReceived)],
  ['reviewer licensure', (r) => v(r.reviewer.licensure)],
  ['reviewer specialties', (r) => v(r.reviewer.specialties)],
  ['age', (r) => v(r.patient.age)],
  ['sex', (r) => v(r.patient.sex)],
  ['diagnoses', (r) => v(r.diagnoses)],
  ['problems', (r) => r.problems.map((p) => `${p.severity}: ${p.message}`).join(' | ')],
];

const ITEM_COLUMNS: [string, (i: Item) => string][] = [
  ['request', (i) => v(i.request)],
  ['original request', (i) => v(i.originalRequest)],
  ['decision', (i) => v(i.decision)],
  ['category', (i) => v(i.category)],
  ['necessity', (i) => v(i.necessity)],
  ['guideline sources', (i) => [...new Set(i.citations.map((c) => c.source))].join('; ')],
  ['claims administrator guideline', (i) => v(i.claimsAdministratorGuideline)],
  ['reviewer guideline', (i) => v(i.reviewerGuideline)],
  ['rationale', (i) => v(i.rationale)],
];

export function recordsToCsv(records: LetterRecord[]): string {
  const header = [...LETTER_COLUMNS.map(([name]) => name), 'item', ...ITEM_COLUMNS.map(([name]) => name)];
  const rows: string[][] = [];
  for (const record of records) {
    const letter = LETTER_COLUMNS.map(([, get]) => get(record));
    if (record.items.length === 0) rows.push([...letter, '', ...ITEM_COLUMNS.map(() => '')]);
    record.items.forEach((item, n) => rows.push([...letter, String(n + 1), ...ITEM_COLUMNS.map(([, get]) => get(item))]));
  }
  // The app's CSV writer: RFC 4180, BOM, formula-like cells neutralised.
  return toCsv(header, rows) + '\r\n';
}
