import { describe, expect, it } from 'vitest';
import type { TenureModel } from '../../../src/api/models.js';
import { holdingsAmongReaching, holdingsAt } from '../../../src/api/views.js';
import type { TenureRecord } from '../../../src/graph/TenureRepository.js';
import { stated, tenure } from './facts.js';

const post = 'kl-digital/managing-director';
const at = '2019-06-01';

/** A tenure of the post as the views see it; the record is not read by the holdings. */
function term(id: string, start: string, end: string | null, predecessorId: string | null = null): TenureModel {
  const view = tenure({ id, personId: id, postId: post, start: stated(start), end: end ? stated(end) : undefined, predecessorId, cited: ['2020-01-01'] });
  return { record: {} as TenureRecord, view, knownOn: null };
}

const ids = (holdings: ReturnType<typeof holdingsAt> | null) => holdings?.map((h) => `${h.tenure.view.id} ${h.certainty}`) ?? null;

describe('holdings among the tenures that reach the day', () => {
  // x held the post 2000–2010 and y followed x (linked), starting late; z has held a second seat since 2010.
  const x = term('x', '2000-01-01', '2009-12-31');
  const y = term('y', '2018-01-01', null, 'x');
  const z = term('z', '2010-01-01', null);

  it('answers alone for a single tenure', () => {
    expect(ids(holdingsAmongReaching([y], at))).toEqual(['y POSSIBLE']);
  });

  it('answers alone for a chain linked among the reaching tenures, in the order the whole post gives', () => {
    const a = term('a', '2015-01-01', '2019-06-30', 'x');
    const b = term('b', '2019-06-01', null, 'a');
    expect(ids(holdingsAmongReaching([a, b], at))).toEqual(ids(holdingsAt([x, a, b], at)));
  });

  it('answers alone for unlinked seats, in the order of their dates', () => {
    const w = term('w', '2012-01-01', null);
    expect(ids(holdingsAmongReaching([w, z], at))).toEqual(ids(holdingsAt([x, w, z], at)));
  });

  it('asks for the whole post when a reaching tenure follows one outside: its place depends on it', () => {
    expect(ids(holdingsAmongReaching([y, z], at))).toBeNull();
    // Over the whole post y follows x, so it comes before z although z started first.
    expect(ids(holdingsAt([x, y, z], at))).toEqual(['y POSSIBLE', 'z POSSIBLE']);
  });
});
