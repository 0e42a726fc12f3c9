// The header table at the top of 2016-2017 letters. The canonical text gives one "Label: value"
// pair a line ("Case Number: CM16-0000001", "Date of Injury: 10/10/2016", "Priority: Standard").
import type { Field } from './record.ts';
import type { LetterView } from './letter-view.ts';
import { findDate } from './dates.ts';
import { nullField, textField, trimRange, valueField } from './spans.ts';

export interface HeaderTable {
  /** Whether any header table label was found at all. */
  present: boolean;
  caseNumber: Field<string>;
  dateAssigned: Field<string>;
  dateOfInjury: Field<string>;
  decisionDate: Field<string>;
  urDenialDate: Field<string>;
  priority: Field<string>;
  applicationReceived: Field<string>;
}

type DateLabel = 'dateAssigned' | 'dateOfInjury' | 'decisionDate' | 'urDenialDate' | 'applicationReceived';

const DATE_LABELS: [DateLabel, string][] = [
  ['dateAssigned', String.raw`Date\s+Assigned`],
  ['dateOfInjury', String.raw`Date\s+of\s+Injury`],
  ['decisionDate', String.raw`Decision\s+Date`],
  ['urDenialDate', String.raw`UR\s+Denial\s+Date`],
  ['applicationReceived', String.raw`Application\s+Received`],
];

/** The value stretch after "Label:" on its line, within the header region; null when absent. */
function labelValue(view: LetterView, label: string, headerEnd: number): { start: number; end: number } | null {
  const re = new RegExp(String.raw`(?<=^|\n)[ \t]*${label}[ \t]*:[ \t]*([^\n]*)`, 'i');
  const region = view.plain.slice(0, headerEnd);
  const m = re.exec(region);
  if (!m) return null;
  const start = m.index + m[0].length - (m[1] ?? '').length;
  return trimRange(view.plain, start, m.index + m[0].length);
}

export function readHeaderTable(view: LetterView, headerEnd: number): HeaderTable {
  const table: HeaderTable = {
    present: false,
    caseNumber: nullField(),
    dateAssigned: nullField(),
    dateOfInjury: nullField(),
    decisionDate: nullField(),
    urDenialDate: nullField(),
    priority: nullField(),
    applicationReceived: nullField(),
  };
  const caseRange = labelValue(view, String.raw`Case\s+Number`, headerEnd);
  if (caseRange) {
    table.present = true;
    const m = /\bCM\d{2}-\d{7}\b/.exec(view.plain.slice(caseRange.start, caseRange.end));
    if (m) table.caseNumber = textField(view, caseRange.start + m.index, caseRange.start + m.index + m[0].length);
  }
  for (const [key, label] of DATE_LABELS) {
    const range = labelValue(view, label, headerEnd);
    if (!range) continue;
    table.present = true;
    const date = findDate(view.plain, range.start, range.end);
    if (date && date.span.end <= range.end) table[key] = valueField(date.iso, [date.span]);
  }
  const priority = labelValue(view, 'Priority', headerEnd);
  if (priority) {
    table.present = true;
    table.priority = textField(view, priority.start, priority.end);
  }
  return table;
}
