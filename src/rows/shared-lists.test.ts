import { describe, expect, it } from 'vitest';
import { sharedLists } from './shared-lists.ts';
import { CORE_ROWS } from './core-rows.ts';
import { coreRows, fakeItem, fakeRecord } from '../test-support/test-records.ts';

describe('sharedLists', () => {
  it('gives equal lists one array, whoever asks, and unequal lists their own', () => {
    const lists = sharedLists();
    const overturned = lists.share(['Overturned']);
    expect(lists.share(['Overturned'])).toBe(overturned);
    expect(lists.share(['Upheld'])).not.toBe(overturned);
    expect(lists.share(['Texas', 'California'])).toBe(lists.share(['Texas', 'California']));
    // Order is part of the list: a row's values keep the order they were read in.
    expect(lists.share(['California', 'Texas'])).toEqual(['California', 'Texas']);
    expect(lists.share(['California', 'Texas'])).not.toBe(lists.share(['Texas', 'California']));
    expect(lists.share([])).toBe(lists.share([]));
  });

  it('never confuses lists whose strings join alike (letters are hostile text)', () => {
    const lists = sharedLists();
    expect(lists.share(['a,b'])).toEqual(['a,b']);
    expect(lists.share(['a', 'b'])).toEqual(['a', 'b']);
    expect(lists.share(['["a","b"]'])).toEqual(['["a","b"]']);
    expect(lists.share(['a\nb'])).toEqual(['a\nb']);
    expect(lists.share(['a', 'b'])).not.toBe(lists.share(['["a","b"]']));
  });

  it('keeps its own frozen copy: the caller may reuse its array, no holder can change the shared one', () => {
    const lists = sharedLists();
    const mine = ['MTUS', 'ODG'];
    const shared = lists.share(mine);
    mine.push('ACOEM');
    expect(shared).toEqual(['MTUS', 'ODG']);
    expect(lists.share(['MTUS', 'ODG'])).toBe(shared);
    expect(() => (shared as string[]).push('x')).toThrow(TypeError);
  });
});

describe("a pipeline's rows", () => {
  it('share one array per distinct facet value list, across letters', () => {
    const records = {
      a: fakeRecord({ items: [fakeItem('MRI', 'Overturned', 'imaging'), fakeItem('Norco', 'Upheld', 'medication')] }),
      b: fakeRecord({ items: [fakeItem('CT', 'Overturned', 'imaging')] }),
    };
    const [mri, norco, ct] = coreRows(records, ['a', 'b']);
    const decision = CORE_ROWS.facetIndex.get('decision')!;
    expect(ct!.facetValues[decision]).toEqual(['Overturned']);
    expect(ct!.facetValues[decision]).toBe(mri!.facetValues[decision]);
    expect(norco!.facetValues[decision]).toEqual(['Upheld']);
  });
});
