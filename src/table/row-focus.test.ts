import { describe, expect, it } from 'vitest';
import type { AppRow as ItemRow } from '../pipeline/app-rows.ts';
import { describeRow, followNextSelection, takeFollowRequest } from './row-focus.ts';

const row = (over: Partial<ItemRow>) =>
  ({
    itemIndex: 0,
    review: { status: 'unreviewed' },
    ...over,
    values: { file: 'a.pdf', request: 'MRI of the lumbar spine', decision: 'Upheld', ...over.values },
  }) as unknown as ItemRow;

describe('what a keyboard move announces', () => {
  it('says the item, its place, its request, decision and review state', () => {
    expect(describeRow(row({}), 13, 122)).toBe('Item 14 of 122: MRI of the lumbar spine, Upheld, unreviewed');
    expect(describeRow(row({ review: { status: 'not-an-item' } as ItemRow['review'] }), 0, 2)).toBe(
      'Item 1 of 2: MRI of the lumbar spine, Upheld, not an item',
    );
  });
  it('says so when the request or the decision was not read, and names a letter without items', () => {
    expect(describeRow(row({ values: { request: null, decision: null } as unknown as ItemRow['values'] }), 0, 1)).toBe(
      'Item 1 of 1: request not read, unreviewed',
    );
    expect(describeRow(row({ itemIndex: null, values: { request: null, decision: null } as unknown as ItemRow['values'] }), 4, 9)).toBe(
      'Item 5 of 9: a.pdf, no item read',
    );
  });
  it('a follow request is taken once', () => {
    followNextSelection();
    expect(takeFollowRequest()).toBe(true);
    expect(takeFollowRequest()).toBe(false);
  });
});
