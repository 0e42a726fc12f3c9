// The case number as any IMR letter states it: "CMyy-nnnnnnn" near the top, whatever its label
// ("Case Number:", "IMR Case Number:", "MAXIMUS Case Number:") or none. Used when no header table gave one.
import type { Field } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { nullField, textField } from './spans.ts';

const CASE_NUMBER = /\bCM\d{2}-\d{7}\b/;
/** How far from the top the case number may stand: the first page's header and address block. */
const NEAR_TOP = 3000;

export function readCaseNumber(view: LetterView): Field<string> {
  const m = CASE_NUMBER.exec(view.plain.slice(0, NEAR_TOP));
  return m ? textField(view, m.index, m.index + m[0].length) : nullField();
}
