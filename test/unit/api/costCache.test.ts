import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCostCache } from '../../../src/api/costCache.js';
import type { ListBounds } from '../../../src/graph/GraphVersionRepository.js';

const bounds = (tenuresPerPost: number) => ({ tenuresPerPost }) as unknown as ListBounds;
const document = parse(`query ($org: ID!, $first: Int, $from: Date!) {
  organization(id: $org) { posts { id } }
  tenures(first: $first) { edges { node { id } } }
  series(from: $from, to: "2020-01-01", step: YEAR) { at }
}`);

/** A cache and a count of how often it had to estimate. */
function counting() {
  const cache = createCostCache();
  let estimates = 0;
  const cost = (variables: Record<string, unknown>, graph: ListBounds | null = null) =>
    cache.costOf(document, undefined, variables, graph, () => {
      estimates += 1;
      return estimates;
    });
  return { cost, estimates: () => estimates };
}

describe('the cost cache', () => {
  it('estimates a document once for requests that differ only in an id', () => {
    const { cost, estimates } = counting();
    cost({ org: 'a', first: 10, from: '2000-01-01' });
    cost({ org: 'b', first: 10, from: '2000-01-01' });
    expect(estimates()).toBe(1);
  });

  it('estimates again when a page size or the start of a series differs', () => {
    const { cost, estimates } = counting();
    cost({ org: 'a', first: 10, from: '2000-01-01' });
    cost({ org: 'a', first: 100, from: '2000-01-01' });
    cost({ org: 'a', first: 100, from: '1990-01-01' });
    expect(estimates()).toBe(3);
  });

  it('estimates again on a graph of other list bounds (a new graph version)', () => {
    const { cost, estimates } = counting();
    const variables = { org: 'a', first: 10, from: '2000-01-01' };
    const measured = bounds(3);
    cost(variables, measured);
    cost(variables, measured);
    expect(estimates()).toBe(1);
    cost(variables, bounds(4));
    cost(variables, null);
    expect(estimates()).toBe(3);
  });

  it('returns the cost it remembered', () => {
    const cache = createCostCache();
    expect(cache.costOf(document, undefined, { first: 5 }, null, () => 42)).toBe(42);
    expect(cache.costOf(document, undefined, { first: 5 }, null, () => 7)).toBe(42);
  });
});
