// Test support: items we wrote ourselves (src/extract/fixtures/synthetic-items-*.txt), one a line:
//   request | category | categoryAlso | drugClass | drugClassAlso | compounded | guideline section | rationale
// Each is laid out as a letter lays out an item (its heading, the reviewer's guideline, the rationale)
// and read by the extractor's own rules, so a test and scripts/category-holdout.ts score them alike.
import type { Category, DrugClass } from '../extract/record.ts';
import { makeLetterView } from '../extract/letter-view.ts';
import { textField } from '../extract/spans.ts';
import { readCategory } from '../extract/item-category.ts';
import { readMedication } from '../extract/drug-class.ts';
import { readCitations } from '../extract/guideline-citations.ts';

export interface SyntheticItem {
  request: string;
  category: Category;
  categoryAlso: Category | null;
  drugClass: DrugClass | null;
  drugClassAlso: DrugClass | null;
  compounded: boolean | null;
  guideline: string;
  rationale: string;
}

export function parseSyntheticItems(text: string): SyntheticItem[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [request = '', category, categoryAlso, drugClass, drugClassAlso, compounded, guideline, rationale] = line.split('|');
      const medication = category === 'medication';
      return {
        request,
        category: category as Category,
        categoryAlso: (categoryAlso || null) as Category | null,
        drugClass: (drugClass || null) as DrugClass | null,
        drugClassAlso: (drugClassAlso || null) as DrugClass | null,
        // Set only where the line gives a class: a medication item's compounding is read with its class.
        compounded: medication && drugClass ? compounded === 'true' : null,
        guideline: `Decision based on ${guideline || 'MTUS'}.`,
        rationale: rationale || 'The records do not support it. The request is not medically necessary.',
      };
    });
}

/** What the rules read from the item laid out as a letter would. */
export function readSyntheticItem(item: SyntheticItem) {
  const text = `Item: ${item.request}\nGuideline: ${item.guideline}\nRationale: ${item.rationale}\n`;
  const view = makeLetterView(text);
  const field = (s: string) => textField(view, text.indexOf(s), text.indexOf(s) + s.length);
  const evidence = {
    request: field(item.request),
    citations: readCitations(view, field(item.guideline), 'reviewer'),
    rationale: field(item.rationale),
  };
  const category = readCategory(view, evidence);
  const medication = readMedication(view, { ...evidence, category });
  return { category: category.value, drugClass: medication.drugClass.value, compounded: medication.compounded.value };
}

/** Whether each field read is the item's (or its second defensible) answer; null where the line keys none. */
export function scoreSyntheticItem(item: SyntheticItem) {
  const read = readSyntheticItem(item);
  return {
    read,
    category: read.category === item.category || read.category === item.categoryAlso,
    drugClass: item.drugClass === null ? null : read.drugClass === item.drugClass || read.drugClass === item.drugClassAlso,
    compounded: item.compounded === null ? null : read.compounded === item.compounded,
  };
}
