import { describe, expect, it } from 'vitest';
import type { Field, Item, LetterRecord, Problem } from './record.ts';
import { HEADER_TABLE_2016 } from './layouts/header-table-2016.ts';
import { EARLY_PLAIN } from './layouts/early-plain.ts';
import {
  attentionMarks,
  isMinorProblem,
  letterOutcome,
  markTarget,
  missingExpectedFields,
  missingFieldsMessage,
  statusForOutcome,
} from './record-outcome.ts';

const some = <T>(value: T): Field<T> => ({ value, spans: [{ start: 0, end: 1 }] });
const none = <T>(): Field<T> => ({ value: null, spans: [] });

function item(over: Partial<Item> = {}): Item {
  return {
    request: some('Shower chair'),
    originalRequest: none(),
    decision: some('Upheld'),
    category: some('durable medical equipment'),
    drugClass: none(),
    compounded: none(),
    claimsAdministratorGuideline: some('x'),
    reviewerGuideline: some('y'),
    citations: [],
    rationale: some('Not needed.'),
    necessity: some('not medically necessary'),
    block: { start: 0, end: 1 },
    ...over,
  };
}

function record(over: Partial<LetterRecord> = {}): LetterRecord {
  return {
    file: 'a.txt',
    sha256: 'a',
    kind: 'text',
    pages: 1,
    layout: HEADER_TABLE_2016.id,
    text: 'x',
    pageStarts: [0],
    status: 'ok',
    problems: [],
    caseNumber: some('CM17-0000001'),
    priority: some('Standard'),
    dateAssigned: some('2017-01-02'),
    dateOfInjury: some('2015-01-02'),
    decisionDate: some('2017-02-02'),
    urDenialDate: some('2016-12-02'),
    applicationReceived: some('2016-12-20'),
    reviewer: { licensure: some(['Ohio']), specialties: some(['Neurology']) },
    patient: { age: some(50), sex: some('male') },
    diagnoses: some(['neck strain']),
    items: [item()],
    ...over,
  };
}

const warning = (field: string, code?: string): Problem => ({ severity: 'warning', field, message: `${field} not found`, code });

describe('one notion of "needs attention"', () => {
  it('a complete letter is done; a failed one failed', () => {
    expect(letterOutcome(record())).toBe('done');
    expect(letterOutcome(record({ status: 'failed' }))).toBe('failed');
  });

  it('a problem needs attention unless it is about a best-effort field or a duplicate file', () => {
    expect(letterOutcome(record({ problems: [warning('patient.age')] }))).toBe('attention');
    expect(letterOutcome(record({ diagnoses: none(), problems: [warning('diagnoses')] }))).toBe('done');
    expect(letterOutcome(record({ problems: [{ severity: 'warning', code: 'duplicate', message: 'same bytes' }] }))).toBe('done');
    expect(isMinorProblem({ severity: 'error', field: 'diagnoses', message: 'x' })).toBe(false);
  });

  it('a field the layout should have, empty with no problem saying so, still needs attention', () => {
    const quiet = record({ priority: none(), items: [item({ request: none(), reviewerGuideline: none() })] });
    expect(missingExpectedFields(quiet)).toEqual(['priority', 'items[0].request', 'items[0].reviewerGuideline']);
    // Said with the catalogue's labels, as the files panel shows it.
    expect(missingFieldsMessage(quiet)).toBe(
      'Not found in the letter: priority, request of item 1, reviewer guideline of item 1. Check them in the source view.',
    );
    expect(letterOutcome(quiet)).toBe('attention');
    // The early layout has no header table: its header fields are not expected; nor does a layout
    // not recognised (its own problem says so) have any field it must state.
    expect(letterOutcome(record({ layout: EARLY_PLAIN.id, caseNumber: none(), priority: none() }))).toBe('done');
    expect(missingExpectedFields(record({ layout: 'unknown', caseNumber: none() }))).toEqual([]);
  });

  it('puts each mark on what it is about: an item by its field, anything else on the letter; a minor note nowhere', () => {
    const r = record({
      items: [item(), item({ request: none() })],
      problems: [
        warning('items[0].decision'),
        warning('items'),
        warning('caseNumber', 'cross-check'),
        warning('items[9].request'),
        warning('diagnoses'),
        { severity: 'warning', code: 'read-by-ocr', message: 'Read by OCR.' },
      ],
    });
    expect(attentionMarks(r).map(({ item, field, problem }) => ({ item, field, problem }))).toEqual([
      { item: 0, field: 'decision', problem: 0 },
      { item: null, field: null, problem: 1 },
      { item: null, field: 'caseNumber', problem: 2 },
      // An item the record does not have (cut by a bound) is the letter's business.
      { item: null, field: null, problem: 3 },
      // A stated field left empty that no problem names.
      { item: 1, field: 'request', problem: null },
    ]);
    expect(markTarget('items[1]', 2)).toEqual({ item: 1, field: null });
    expect(markTarget(undefined, 2)).toEqual({ item: null, field: null });
    // A record kept from before says "partial" with no problem: still a mark, never a silent Done.
    expect(attentionMarks(record({ status: 'partial' }))).toHaveLength(1);
    expect(letterOutcome(record({ status: 'partial' }))).toBe('attention');
  });

  it('maps to the record status the CSV and JSON carry', () => {
    expect(['done', 'attention', 'failed'].map((o) => statusForOutcome(o as 'done'))).toEqual(['ok', 'partial', 'failed']);
  });
});
