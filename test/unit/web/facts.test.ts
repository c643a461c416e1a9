import { describe, expect, it } from 'vitest';
import { inferencesOf } from '../../../web/src/citations/facts.js';

const day = (value: string, inference: string | null = null) => ({
  value,
  precision: 'DAY' as const,
  earliest: value,
  latest: value,
  inference,
  disputed: false,
});

describe('inferencesOf', () => {
  it('collects the reasons of the fact, its start and its end, in that order', () => {
    expect(inferencesOf({ inference: 'Only clear from context.', start: day('2018-01-01', 'From an age.'), end: day('2021-12-31', 'From a move.') })).toEqual([
      'Only clear from context.',
      'From an age.',
      'From a move.',
    ]);
  });

  it('finds none in a fact whose dates are stated', () => {
    expect(inferencesOf({ inference: null, start: day('2022-02-01'), end: null })).toEqual([]);
    expect(inferencesOf({ start: null, end: null })).toEqual([]);
  });
});
