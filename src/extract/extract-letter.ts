// TEMPORARY STUB so the rest of the app compiles while the extractor is written; helper-1 replaces this file whole.
import type { Extraction } from './record.ts';

const missing = () => ({ value: null, spans: [] });

export function extractLetter(text: string, pageStarts: number[]): Extraction {
  void text;
  void pageStarts;
  return {
    layout: 'unknown',
    status: 'partial',
    problems: [{ severity: 'warning', message: 'extractor not written yet' }],
    caseNumber: missing(),
    priority: missing(),
    dateAssigned: missing(),
    dateOfInjury: missing(),
    decisionDate: missing(),
    urDenialDate: missing(),
    applicationReceived: missing(),
    reviewer: { licensure: missing(), specialties: missing() },
    patient: { age: missing(), sex: missing() },
    diagnoses: missing(),
    items: [],
  };
}
