import { describe, expect, it } from 'vitest';
import { chunks } from '../../../src/domain/chunks.js';

describe('chunks', () => {
  it('splits in order, the last slice taking what is left', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives one slice when everything fits, and none for nothing', () => {
    expect(chunks(['a', 'b'], 10)).toEqual([['a', 'b']]);
    expect(chunks([], 3)).toEqual([]);
  });

  it('refuses a size that would never advance', () => {
    expect(() => chunks([1], 0)).toThrow(/at least one item; got a size of 0/);
    expect(() => chunks([1], 1.5)).toThrow(RangeError);
  });
});
