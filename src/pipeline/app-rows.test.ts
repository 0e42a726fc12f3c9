import { describe, expect, it } from 'vitest';
import { fakeEntry, fakeItem, fakeRecord } from '../test-support/test-records.ts';
import { countFacets, filterRows } from '../rows/facets.ts';
import { csvTable } from '../rows/csv-schema.ts';
import { summarize, summaryLine } from '../rows/summary.ts';
import { applyReviewAction, EMPTY_REVIEW } from '../review-model/review-model.ts';
import { doAction, emptyHistory, undo } from '../review-model/review-history.ts';
import { casesForExport } from '../review-model/case-copies.ts';
import { APP_ROWS, appRows, applyCases, applyReview, readRows } from './app-rows.ts';

describe("the app's rows", () => {
  it('skips failed files and files still pending; a finished letter without a record still has its row', () => {
    const records = {
      b: fakeRecord({ items: [], status: 'failed', problems: [{ severity: 'error', message: 'The file is empty.', code: 'empty' }] }),
    };
    const rows = readRows(
      [
        fakeEntry('b', 'failed', 'The file is empty.'),
        fakeEntry('c', 'queued'),
        fakeEntry('d', 'failed', 'Worker crashed'),
        fakeEntry('e'),
      ],
      records,
    );
    expect(rows.map((r) => [r.id, r.itemIndex, r.note, r.values.warnings])).toEqual([
      ['e:letter', null, 'No disputed items found in this letter', 0],
    ]);
  });

  it("orders the columns: the review's state, the catalogue's fields, the item's number, then the filters", () => {
    const ids = APP_ROWS.columns.map((c) => c.id);
    expect(ids[0]).toBe('reviewStatus');
    expect(ids.slice(1, 3)).toEqual(['decision', 'request']);
    expect(APP_ROWS.facets.map((c) => c.id)).toEqual([
      'reviewStatus',
      'decision',
      'category',
      'drugClass',
      'compounded',
      'specialties',
      'licensure',
      'sex',
      'priority',
      'layout',
      'hasWarnings',
      'reviewerSources',
      'decisionMonth',
      'requestKind',
      'guidelineSection',
    ]);
  });

  it("puts in the address only the facets of the app's own words, never a letter's words or dates", () => {
    expect(APP_ROWS.facets.filter((c) => c.facet?.inAddress).map((c) => c.id)).toEqual([
      'reviewStatus',
      'decision',
      'category',
      'drugClass',
      'compounded',
      'sex',
      'layout',
      'hasWarnings',
      'reviewerSources',
    ]);
  });

  it("gives each row Insights' fields and the review's", () => {
    const rows = readRows([fakeEntry('a')], { a: fakeRecord({ items: [fakeItem('Physical therapy 2x6', 'Upheld', 'physical therapy')] }) });
    expect(rows[0]).toMatchObject({ requestKind: 'physical therapy', reviewerSources: ['MTUS'], review: { status: 'unreviewed' } });
  });
});

describe('a case from several files', () => {
  const entries = [fakeEntry('pdf'), fakeEntry('other'), fakeEntry('scan'), fakeEntry('plain')];
  const twoItems = [fakeItem('MRI of the knee', 'Overturned', 'imaging'), fakeItem('Cane', 'Upheld', 'durable medical equipment')];
  const records = {
    // The PDF, its scan (one problem: read by OCR) and a text copy of another letter without a case number.
    pdf: fakeRecord({ sha256: 'pdf', caseNumber: 'CM16-0100001', items: twoItems }),
    other: fakeRecord({ sha256: 'other', caseNumber: 'CM16-0100002', items: [fakeItem('Norco', 'Upheld', 'medication')] }),
    scan: fakeRecord({
      sha256: 'scan',
      caseNumber: 'cm16 0100001',
      items: twoItems,
      problems: [{ severity: 'warning', message: 'Read by OCR: check every value.', code: 'ocr' }],
    }),
    plain: fakeRecord({ sha256: 'plain', items: [fakeItem('Cane', 'Upheld', 'durable medical equipment')] }),
  };

  it('is one case: its standing copy’s rows, counted once in the summary, the facets and the CSV, its copies listed', () => {
    const rows = appRows(entries, records, EMPTY_REVIEW);
    expect(rows.map((r) => r.id)).toEqual(['pdf:0', 'pdf:1', 'other:0', 'plain:0']);
    expect(summaryLine(summarize(APP_ROWS, rows))).toBe('4 items in 3 letters, 25.0% overturned');
    expect(countFacets(APP_ROWS, rows, [], '').get('decision')).toEqual(
      new Map([
        ['Overturned', 1],
        ['Upheld', 3],
      ]),
    );
    expect(rows[0]!.case?.copies.map((c) => [c.file, c.stands])).toEqual([
      ['pdf.pdf', true],
      ['scan.pdf', false],
    ]);
    expect(rows[2]!.case).toBeNull();
    const csv = csvTable(APP_ROWS, rows);
    expect(csv.rows).toHaveLength(4);
    expect(csv.header).toContain('Copies');
    expect(csv.rows.map((r) => r[csv.header.indexOf('Copies')])).toEqual([2, 2, undefined, undefined]);
    // The JSON export writes the case once: the scan is left out, the PDF's record names both files.
    const forJson = casesForExport(rows);
    expect([...forJson.leftOut]).toEqual(['scan']);
    expect(forJson.copies.get('pdf')?.map((c) => c.fileId)).toEqual(['pdf', 'scan']);
    expect(forJson.copies.has('other')).toBe(false);
    // A copy's name finds its case.
    expect(filterRows(APP_ROWS, rows, [], 'scan.pdf').map((r) => r.id)).toEqual(['pdf:0', 'pdf:1']);
    expect(rows.every((r) => r.attention.length === 0)).toBe(true);
  });

  it('stands on the copy the reviewer chose, and the choice is undone like any review action', () => {
    const choose = doAction(emptyHistory(), {
      type: 'choose-copy',
      letter: { sha256: 'scan', file: 'scan.pdf' },
      others: [{ sha256: 'pdf', file: 'pdf.pdf' }],
      at: '2026-01-01T00:00:00Z',
    });
    expect(appRows(entries, records, choose.present).map((r) => r.id)).toEqual(['scan:0', 'scan:1', 'other:0', 'plain:0']);
    expect(appRows(entries, records, undo(choose).present).map((r) => r.id)).toEqual(['pdf:0', 'pdf:1', 'other:0', 'plain:0']);
  });

  it('needs attention where the copies disagree, each copy’s value shown; a correction that makes them agree clears it', () => {
    const differing = { ...records, scan: { ...records.scan, items: [fakeItem('MRI of the knee', 'Upheld', 'imaging'), twoItems[1]!] } };
    const rows = appRows(entries, differing, EMPTY_REVIEW);
    expect(rows[0]!.attention).toEqual([
      'The copies disagree on Decision (item 1): “Overturned” in pdf.pdf, “Upheld” in scan.pdf.',
      'The copies disagree on Necessity (item 1): “medically necessary” in pdf.pdf, “not medically necessary” in scan.pdf.',
    ]);
    expect(rows[0]!.case?.disagreements[0]?.values).toEqual([
      { fileId: 'pdf', file: 'pdf.pdf', value: 'Overturned' },
      { fileId: 'scan', file: 'scan.pdf', value: 'Upheld' },
    ]);
    expect(rows[1]!.attention).toEqual([]);
    const corrected = ['decision', 'necessity'].reduce(
      (review, field) =>
        applyReviewAction(review, {
          type: 'correct',
          letter: { sha256: 'scan', file: 'scan.pdf' },
          itemKey: '0',
          item: { sha256: 'scan', file: 'scan.pdf', key: '0', index: 0, request: 'MRI of the knee' },
          field: field as 'decision' | 'necessity',
          correction: {
            asRead: { value: null, spans: [] },
            corrected: { value: field === 'decision' ? 'Overturned' : 'medically necessary', spans: [] },
            typed: true,
            at: '2026-01-01T00:00:00Z',
          },
        }),
      EMPTY_REVIEW,
    );
    expect(appRows(entries, differing, corrected)[0]!.attention).toEqual([]);
    // Confirmed on the standing copy: dealt with, as any reason for attention; still listed with the case.
    const confirmed = applyReviewAction(EMPTY_REVIEW, {
      type: 'set-verdict',
      item: { sha256: 'pdf', file: 'pdf.pdf', key: '0', index: 0, request: 'MRI of the knee' },
      verdict: 'confirmed',
      at: '2026-01-01T00:00:00Z',
    });
    const after = appRows(entries, differing, confirmed)[0]!;
    expect(after.attention).toEqual([]);
    expect(after.case?.disagreements.map((d) => d.field)).toEqual(['decision', 'necessity']);
  });

  it('leaves the rows as they are when no case has copies', () => {
    const alone = { pdf: records.pdf, other: records.other };
    const read = applyReview(readRows([fakeEntry('pdf'), fakeEntry('other')], alone), alone, EMPTY_REVIEW);
    expect(applyCases(read, alone, EMPTY_REVIEW)).toBe(read);
  });
});
