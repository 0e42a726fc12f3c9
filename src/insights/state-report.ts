// The "state report": the shares of requests and the overturn rates laid out as the state's annual IMR
// report lays them out, so the two can be set side by side: by category (share of all items), by drug
// class within medications (share of medication items) and by reviewer specialty. From the same
// tallies as the charts (aggregate.ts), over every group (no chart's limit). Pure.
import { NOT_A_MEDICATION } from '../extract/field-catalogue.ts';
import { NOT_FOUND } from '../rows/facets.ts';
import type { Tally } from './row-facts.ts';
import { wilsonInterval, type Interval } from './statistics.ts';

export interface ReportRow {
  /** The facet value: what a click filters the table by. */
  value: string;
  items: number;
  /** items / the section's base, or null when the base is empty. */
  share: number | null;
  /** Decided items. */
  n: number;
  overturned: number;
  rate: number | null;
  interval: Interval | null;
}

export interface ReportSection {
  id: string;
  title: string;
  /** The table facet (column id) the rows are values of. */
  facet: string;
  /** What the shares are of ("all items", "medication items"), and how many those are. */
  base: string;
  baseItems: number;
  rows: ReportRow[];
  /** Said under the section when its shares need reading with care. */
  note: string | null;
}

export interface StateReport {
  items: number;
  sections: ReportSection[];
}

interface SectionSpec {
  id: string;
  title: string;
  facet: string;
  base: string;
  /** Facet values left out (the items of other categories, among medications). */
  skip: readonly string[];
  note: string | null;
}

/** Which breakdowns the report has: the facet of each, and which facet values it leaves out. */
export const REPORT_SECTIONS: readonly SectionSpec[] = [
  { id: 'category', title: 'By category', facet: 'category', base: 'all items', skip: [], note: null },
  {
    id: 'drugClass',
    title: 'By drug class (medications)',
    facet: 'drugClass',
    base: 'medication items',
    skip: [NOT_A_MEDICATION],
    note: null,
  },
  {
    id: 'specialty',
    title: 'By reviewer specialty',
    facet: 'specialties',
    base: 'all items',
    skip: [],
    note: 'An item counts once for each specialty its reviewer lists, so these shares can add up to more than 100%.',
  },
];

function reportRow(value: string, t: Tally, base: number): ReportRow {
  const n = t.overturned + t.upheld;
  return {
    value,
    items: t.items,
    share: base > 0 ? t.items / base : null,
    n,
    overturned: t.overturned,
    rate: n > 0 ? t.overturned / n : null,
    interval: wilsonInterval(t.overturned, n),
  };
}

/** The report from the charts' full tallies (`tallies.get(facet)`: each facet value's tally) and the number of items. */
export function stateReport(items: number, tallies: ReadonlyMap<string, ReadonlyMap<string, Tally>>): StateReport {
  const medication = tallies.get('category')?.get('medication')?.items ?? 0;
  return {
    items,
    sections: REPORT_SECTIONS.map((s) => {
      const base = s.id === 'drugClass' ? medication : items;
      const rows = [...(tallies.get(s.facet) ?? new Map<string, Tally>())]
        .filter(([value]) => !s.skip.includes(value))
        .map(([value, t]) => reportRow(value, t, base))
        // Largest first; what was not found last.
        .sort(
          (a, b) => Number(a.value === NOT_FOUND) - Number(b.value === NOT_FOUND) || b.items - a.items || a.value.localeCompare(b.value),
        );
      return { id: s.id, title: s.title, facet: s.facet, base: s.base, baseItems: base, rows, note: s.note };
    }),
  };
}
