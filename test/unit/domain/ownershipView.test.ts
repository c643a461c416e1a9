import { describe, expect, it } from 'vitest';
import { viewOwnership } from '../../../src/domain/ownershipView.js';
import { certaintyAt } from '../../../src/domain/temporal.js';
import { ownership, stated } from '../api/facts.js';

describe('viewOwnership', () => {
  const stake = { ...ownership('o', 'city', 'company', 100, { cited: ['2021-12-13'], confirmed: ['2021-12-13'], startCited: ['2022-03-01'] }), start: stated('2010') };

  it('knows nothing of a stake before the first source mentions it', () => {
    expect(viewOwnership(stake, '2021-12-12')).toBeNull();
  });

  it('keeps a start only once a source had stated it', () => {
    expect(viewOwnership(stake, '2021-12-13')?.start).toBeNull();
    expect(viewOwnership(stake, '2022-03-01')?.start).toEqual(stake.start);
  });

  it('follows the tenures’ interval rules: certain at a confirmation, possible after it', () => {
    const known = viewOwnership(stake, '2021-12-13');
    if (!known) throw new Error('expected the stake to be known');
    expect([certaintyAt(known, '2021-12-13'), certaintyAt(known, '2021-12-14')]).toEqual(['CERTAIN', 'POSSIBLE']);
  });
});
