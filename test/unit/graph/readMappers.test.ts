import { describe, expect, it } from 'vitest';
import { toOrganization, toPerson, toStatedDate } from '../../../src/graph/readMappers.js';
import { toTenureRecord } from '../../../src/graph/TenureRepository.js';

describe('toStatedDate', () => {
  it('rebuilds a partial date from its flat properties', () => {
    expect(
      toStatedDate({ endValue: '2021-12-31', endPrecision: 'DAY', endEarliest: '2021-12-31', endLatest: '2021-12-31', endInference: 'Contract not extended.' }, 'end'),
    ).toEqual({ value: '2021-12-31', precision: 'DAY', earliest: '2021-12-31', latest: '2021-12-31', inference: 'Contract not extended.' });
  });

  it('answers null for an unknown date instead of inventing one', () => {
    expect(toStatedDate({ startValue: null, startEarliest: null }, 'start')).toBeNull();
    expect(toStatedDate({}, 'start')).toBeNull();
  });
});

describe('row mappers', () => {
  it('map a tenure row with its holder, post, role and links, and no driver leftovers', () => {
    // Positional, in the order of projectionOf: see projections.ts.
    const record = toTenureRecord({
      record: {
        tenure: ['t', 'honorary', false, 'Only clear from context.', '2018', 'YEAR', null, null, null, null, '2018-01-01', '2018-12-31', null, null, ['2021-12-13'], ['2021-12-13'], ['2021-12-13'], [], []],
        person: ['p', 'P', ['Dr. P'], null, 'female', null, null, null, null, null, null],
        post: ['o/r', 'r', 'o'],
        role: ['r', 'Role', 'M', 'F', 'N'],
        predecessorId: null,
      },
      organization: { organization: ['o', 'O', [], 'company', null, null, null], partOfId: 'parent' },
    });
    expect(record).toEqual({
      tenure: {
        id: 't',
        personId: 'p',
        postId: 'o/r',
        start: { value: '2018', precision: 'YEAR', earliest: '2018-01-01', latest: '2018-12-31', inference: null },
        end: null,
        capacity: 'honorary',
        planned: false,
        predecessorId: null,
        predecessorCitedOn: [],
        evidence: { citedOn: ['2021-12-13'], confirmedOn: ['2021-12-13'], startCitedOn: ['2021-12-13'], endCitedOn: [] },
        inference: 'Only clear from context.',
      },
      person: { id: 'p', name: 'P', aliases: ['Dr. P'], honorific: null, gender: 'female', genderInference: null, birth: null },
      organization: { id: 'o', name: 'O', aliases: [], kind: 'company', status: 'active', partOfId: 'parent', description: null },
      post: { id: 'o/r', organizationId: 'o', roleKey: 'r' },
      role: { key: 'r', en: 'Role', de: { masculine: 'M', feminine: 'F', neutral: 'N' } },
    });
  });

  it('default what the graph may leave out: unknown gender, active status, no description', () => {
    expect(toPerson({ id: 'p', name: 'P' })).toMatchObject({ gender: 'unknown', aliases: [], birth: null, honorific: null });
    expect(toOrganization({ id: 'o', name: 'O', kind: 'company' }, null)).toMatchObject({ status: 'active', description: null, partOfId: null });
  });
});
