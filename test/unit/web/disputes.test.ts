import { describe, expect, it } from 'vitest';
import { claimValue, disputedClaims, identityDisputed } from '../../../web/src/citations/disputes.js';

const claim = (field: string, value: string, sourceId: string, counts = true) => ({
  field,
  value,
  counts,
  rank: 'NORMAL' as const,
  inferred: false,
  source: { id: sourceId },
});

describe('what the sources dialog shows of a dispute', () => {
  it('lists the claims of the disputed fields only, each with its source', () => {
    const fact = { disputedFields: ['start'], claims: [claim('start', '2017', 'a'), claim('start', '2018-05', 'b'), claim('end', '2022', 'a')] };
    expect(disputedClaims(fact).map((row) => [row.field, row.value, row.sourceId])).toEqual([
      ['start', '2017', 'a'],
      ['start', '2018-05', 'b'],
    ]);
  });

  it('gives a claim as the source states it, in the reader’s language', () => {
    expect(claimValue('de', { field: 'start', value: '2018-05' })).toBe('Mai 2018');
    expect(claimValue('en', { field: 'start', value: '2018-05' })).toBe('May 2018');
    expect(claimValue('de', { field: 'gender', value: 'female' })).toBe('weiblich');
    expect(claimValue('de', { field: 'capacity', value: 'honorary' })).toBe('ehrenamtlich');
    expect(claimValue('de', { field: 'percentage', value: '94.9' })).toMatch(/^94,9\s%$/);
    expect(claimValue('de', { field: 'name', value: 'Gerhard Steinbach' })).toBe('Gerhard Steinbach');
  });

  it('marks the person as disputed only where sources disagree on who they are, not on the birth alone', () => {
    expect(identityDisputed({ disputedFields: ['birth'] })).toBe(false);
    expect(identityDisputed({ disputedFields: ['birth', 'name'] })).toBe(true);
  });
});
