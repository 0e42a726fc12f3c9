import { beforeEach, describe, expect, it } from 'vitest';
import { HEADER_TABLE_2016 } from '../extract/layouts/header-table-2016.ts';
import { fakeRecord } from '../test-support/test-records.ts';
import {
  addEntry,
  applyParseEvents,
  markFailed,
  markInterrupted,
  markQueued,
  recordParsed,
  resetSession,
  restoreSession,
  stateForRecord,
} from './actions.ts';
import { useAppStore } from './app-store.ts';

const add = (id: string) => addEntry({ id, name: `${id}.pdf`, size: 1, state: 'queued', message: null, code: null, addedAt: 0 });

describe('store actions', () => {
  beforeEach(() => {
    resetSession();
    useAppStore.setState({ hydrated: true });
  });

  it('turns a record into a file state by its status: failed, needs attention (partial), done', () => {
    expect(stateForRecord(fakeRecord())).toEqual({ state: 'done', message: null, code: null });
    const partial = fakeRecord({ status: 'partial', problems: [{ severity: 'warning', field: 'patient.age', message: 'age not found' }] });
    expect(stateForRecord(partial)).toMatchObject({ state: 'attention', message: 'age not found' });
    // Only a best-effort field missing: the record is ok (as the CLI counts it), its warning kept.
    const noDiagnoses = fakeRecord({ problems: [{ severity: 'warning', field: 'diagnoses', message: 'diagnoses not found' }] });
    expect(stateForRecord(noDiagnoses)).toMatchObject({ state: 'done', message: 'diagnoses not found' });
    // A letter of the header-table layout with its header fields empty and no problem saying so is
    // never plain Done: the same rule the extractor and the CLI use (record-outcome.ts).
    const quiet = fakeRecord({ layout: HEADER_TABLE_2016.id, caseNumber: 'CM17-0000003' });
    expect(stateForRecord(quiet)).toEqual({
      state: 'attention',
      message: 'Not found in the letter: priority, date assigned, UR denial date, application received. Check them in the source view.',
      code: null,
    });
    const locked = fakeRecord({ status: 'failed', problems: [{ severity: 'error', message: 'needs a password', code: 'password' }] });
    expect(stateForRecord(locked)).toEqual({ state: 'failed', message: 'needs a password', code: 'password' });
  });

  it("shows a scan's OCR progress as its message while it is read, and the record's message once parsed", () => {
    add('s');
    markQueued(['s']);
    applyParseEvents([{ kind: 'progress', id: 's', message: 'OCR page 1 of 2' }]);
    expect(useAppStore.getState().files.s).toMatchObject({ state: 'queued', message: null });
    applyParseEvents([
      { kind: 'reading', id: 's' },
      { kind: 'progress', id: 's', message: 'OCR page 2 of 2' },
    ]);
    expect(useAppStore.getState().files.s).toMatchObject({ state: 'reading', message: 'OCR page 2 of 2' });
    const read = fakeRecord({ problems: [{ severity: 'warning', code: 'read-by-ocr', message: 'Read by OCR: an image, 1 page.' }] });
    applyParseEvents([{ kind: 'parsed', id: 's', record: read }]);
    expect(useAppStore.getState().files.s).toMatchObject({ state: 'done', message: 'Read by OCR: an image, 1 page.' });
  });

  it('counts progress across a batch, including failures and cancelled files', () => {
    ['a', 'b', 'c', 'd'].forEach(add);
    markQueued(['a', 'b', 'c', 'd']);
    recordParsed('a', fakeRecord());
    markFailed('b', 'The parser crashed on this file (out of memory).');
    expect(useAppStore.getState().run).toMatchObject({ total: 4, done: 2, finishedAt: null });
    markInterrupted(['c', 'd'], 'Cancelled before it was read.');
    const { run, files } = useAppStore.getState();
    expect(run).toMatchObject({ total: 2, done: 2 });
    expect(run?.finishedAt).not.toBeNull();
    expect(files.b).toMatchObject({ state: 'failed', message: 'The parser crashed on this file (out of memory).' });
    expect(files.c?.state).toBe('interrupted');
  });

  it('keeps letters dropped while the saved session was still loading', () => {
    useAppStore.setState({ hydrated: false });
    add('dropped-early');
    restoreSession(
      [{ id: 'saved', name: 'saved.pdf', size: 1, state: 'done', message: null, code: null, addedAt: 0 }],
      { saved: fakeRecord() },
      null,
    );
    const { order, records } = useAppStore.getState();
    expect(order).toEqual(['saved', 'dropped-early']);
    expect(Object.keys(records)).toEqual(['saved']);
  });

  it('ignores a parse that finishes after Clear all', () => {
    add('a');
    markQueued(['a']);
    resetSession();
    recordParsed('a', fakeRecord());
    expect(useAppStore.getState().records).toEqual({});
  });
});
