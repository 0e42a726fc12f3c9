// A record read back from a saved session may come from an older engine, made before a field existed,
// or be damaged. It is brought to the current shape before anything renders it: every field the
// current record has is there (a missing or malformed one becomes a null field), so the table and
// the source view never meet an undefined. Its values stay as they were: the session re-parses
// such records from their stored bytes (persist-session.ts), and this shape is what shows meanwhile.
import { emptyExtraction, emptyItem } from '../extract/extract-letter.ts';
import type { Field, LetterRecord } from '../extract/record.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isField = (x: unknown): x is Field<unknown> => isObject(x) && 'value' in x && Array.isArray(x.spans);

/** `value` in the shape of `template`: what matches is kept, what is missing or of another type is the template's. */
function conform<T>(template: T, value: unknown): T {
  if (isField(template)) return (isField(value) ? value : template) as T;
  if (Array.isArray(template)) return (Array.isArray(value) ? value : template) as T;
  if (isObject(template)) {
    const source = isObject(value) ? value : {};
    const out: Record<string, unknown> = { ...source };
    for (const key of Object.keys(template)) out[key] = conform(template[key], source[key]);
    return out as T;
  }
  return (typeof value === typeof template ? value : template) as T;
}

function emptyRecord(): LetterRecord {
  return { file: '', sha256: '', kind: 'text', pages: 0, text: '', pageStarts: [0], ...emptyExtraction('failed', 'unknown', []) };
}

export function upgradeRecord(stored: unknown): LetterRecord {
  const record = conform(emptyRecord(), stored);
  record.items = record.items.map((item) => conform(emptyItem(), item));
  record.problems = record.problems.filter((p) => isObject(p) && typeof p.message === 'string');
  if (record.kind !== 'pdf' && record.kind !== 'text' && record.kind !== 'image') record.kind = 'text';
  if (record.status !== 'ok' && record.status !== 'partial' && record.status !== 'failed') record.status = 'partial';
  return record;
}

export { emptyItem };
