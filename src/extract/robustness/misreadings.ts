// What a reading of a letter got wrong against the letter's answer key (the corpus's gold format,
// which the sample answer keys share): the fields of the shared scoring tool compared as it compares
// them (items paired by the words of their requests, the rationale by its two ends), every string
// value read back from its spans, and no value holding text a variant added (page furniture, a
// cover letter) that the letter as published did not have.
import type { Extraction, Field, Item } from '../record.ts';
import { fold, sameValue } from './fold.ts';

export interface KeyItem {
  request: string | null;
  originalRequest: string | null;
  decision: string | null;
  category: string | null;
  categoryAlso?: string[];
  claimsAdministratorGuideline: string | null;
  reviewerGuideline: string | null;
  rationaleStart: string;
  rationaleEnd: string;
  necessity: string | null;
}

export interface AnswerKey {
  file: string;
  caseNumber: string | null;
  dateAssigned: string | null;
  dateOfInjury: string | null;
  decisionDate: string | null;
  urDenialDate: string | null;
  applicationReceived: string | null;
  priority: string | null;
  licensure?: string[];
  specialties?: string[];
  age: number | null;
  sex: string | null;
  items: KeyItem[];
}

/** One thing read wrong: the field (a record path) and how. Never the letter's words. */
export interface Misreading {
  field: string;
  how: 'differs' | 'not found' | 'item not found' | 'extra item' | 'spans do not read back' | 'holds added text';
}

const LETTER_FIELDS: [string, (r: Extraction) => unknown][] = [
  ['caseNumber', (r) => r.caseNumber.value],
  ['dateAssigned', (r) => r.dateAssigned.value],
  ['dateOfInjury', (r) => r.dateOfInjury.value],
  ['decisionDate', (r) => r.decisionDate.value],
  ['urDenialDate', (r) => r.urDenialDate.value],
  ['applicationReceived', (r) => r.applicationReceived.value],
  ['priority', (r) => r.priority.value],
  ['reviewer.licensure', (r) => r.reviewer.licensure.value ?? []],
  ['reviewer.specialties', (r) => r.reviewer.specialties.value ?? []],
  ['patient.age', (r) => r.patient.age.value],
  ['patient.sex', (r) => r.patient.sex.value],
];
const KEY_OF: Record<string, (k: AnswerKey) => unknown> = {
  'reviewer.licensure': (k) => k.licensure ?? [],
  'reviewer.specialties': (k) => k.specialties ?? [],
  'patient.age': (k) => k.age,
  'patient.sex': (k) => k.sex,
};
const ITEM_FIELDS = [
  'request',
  'originalRequest',
  'decision',
  'category',
  'claimsAdministratorGuideline',
  'reviewerGuideline',
  'necessity',
] as const;
const GROUNDED_ITEM_FIELDS = ['request', 'originalRequest', 'claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'] as const;

const tokens = (s: unknown) => new Set((fold(s) ?? '').split(/[^a-z0-9]+/).filter(Boolean));
function overlap(a: unknown, b: unknown): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const t of A) if (B.has(t)) n++;
  return n / Math.max(A.size, B.size);
}

/** Pairs each key item with the read item of most shared request words (the scorer's rule). */
function pairItems(key: KeyItem[], read: Item[]): (number | null)[] {
  const used = new Set<number>();
  return key.map((k, n) => {
    let best = -1;
    let bestScore = 0.5;
    read.forEach((r, m) => {
      if (used.has(m)) return;
      const s = overlap(r.request.value, k.request) + (m === n ? 0.01 : 0);
      if (s > bestScore) [best, bestScore] = [m, s];
    });
    if (best < 0) return null;
    used.add(best);
    return best;
  });
}

function readsBack(text: string, f: Field<unknown>): boolean {
  if (typeof f.value !== 'string') return true;
  const ok =
    f.spans.length > 0 && f.spans.every((s) => Number.isInteger(s.start) && 0 <= s.start && s.start < s.end && s.end <= text.length);
  return ok && fold(f.spans.map((s) => text.slice(s.start, s.end)).join(' ')) === fold(f.value);
}

/** Every misreading of `record` (read from `text`) against `key`; `added` is text the variant put in that no value may hold. */
export function misreadings(record: Extraction, text: string, key: AnswerKey, added: readonly string[] = []): Misreading[] {
  const out: Misreading[] = [];
  const compare = (field: string, got: unknown, want: unknown, alsoRight: unknown[] = []) => {
    if ([want, ...alsoRight].some((w) => sameValue(got, w))) return;
    out.push({ field, how: got === null || (Array.isArray(got) && got.length === 0) ? 'not found' : 'differs' });
  };
  for (const [path, get] of LETTER_FIELDS) {
    const want = (KEY_OF[path] ?? ((k: AnswerKey) => k[path as keyof AnswerKey] ?? null))(key);
    compare(path, get(record), want);
  }
  const addedFolded = added.map(fold).filter((a): a is string => a !== null && a.length > 0);
  const holdsAdded = (f: Field<unknown>) => typeof f.value === 'string' && addedFolded.some((a) => fold(f.value)!.includes(a));
  const grounded: [string, Field<unknown>][] = [
    ['caseNumber', record.caseNumber],
    ['priority', record.priority],
  ];

  const pairs = pairItems(key.items, record.items);
  key.items.forEach((k, n) => {
    const m = pairs[n];
    const item = m === null || m === undefined ? null : record.items[m]!;
    if (!item) {
      out.push({ field: `items[${n}]`, how: 'item not found' });
      return;
    }
    for (const f of ITEM_FIELDS) compare(`items[${n}].${f}`, item[f].value, k[f], f === 'category' ? (k.categoryAlso ?? []) : []);
    const rationale = fold(item.rationale.value) ?? '';
    if (!rationale.startsWith(fold(k.rationaleStart) ?? '') || !rationale.endsWith(fold(k.rationaleEnd) ?? '')) {
      out.push({ field: `items[${n}].rationale`, how: item.rationale.value === null ? 'not found' : 'differs' });
    }
  });
  record.items.forEach((item, m) => {
    if (!pairs.includes(m)) out.push({ field: `items[${m}]`, how: 'extra item' });
    for (const f of GROUNDED_ITEM_FIELDS) grounded.push([`items[${m}].${f}`, item[f]]);
  });
  for (const [field, f] of grounded) {
    if (!readsBack(text, f)) out.push({ field, how: 'spans do not read back' });
    if (holdsAdded(f)) out.push({ field, how: 'holds added text' });
  }
  return out;
}
