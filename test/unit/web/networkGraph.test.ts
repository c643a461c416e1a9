import { describe, expect, it } from 'vitest';
import { createFactBuilder } from '../../../web/src/citations/facts.js';
import type { ExplorerNetworkNodeQuery } from '../../../web/src/graphql/generated/graphql.js';
import { addNeighbourhood, emptyNetwork, linksOf, nearestInDirection } from '../../../web/src/network/networkGraph.js';
import { citation, source, stakeView, tenureView } from './explorerFacts.js';

const options = (asOf: string | null = null) => ({
  facts: createFactBuilder('de'),
  asOf,
  formatShare: (share: number | null) => `${share} %`,
  unitLabel: 'Einheit von',
});
const reported = tenureView({
  id: 'benz-unit',
  titleDe: 'Leiterin',
  organization: { id: 'unit', name: 'Stabsstelle', kind: 'administrative-unit', partOf: { id: 'verband', name: 'Verband' } },
  status: 'REPORTED',
  certain: { from: '2018-12-31', to: '2021-12-13' },
  possible: { from: '2018-01-01', to: '2022-01-31' },
});
const person: ExplorerNetworkNodeQuery = {
  person: { id: 'ilona-benz', name: 'Ilona Benz', tenures: [reported, tenureView()] },
  organization: null,
  holders: { edges: [], pageInfo: { hasNextPage: false } },
};
const quote = citation('Die KL.digital', source('article', '2021-12-13'));
const organization: ExplorerNetworkNodeQuery = {
  person: null,
  organization: {
    id: 'kl-digital',
    name: 'KL.digital',
    kind: 'company',
    sources: [quote],
    partOf: null,
    units: [
      { id: 'kl-unit', name: 'Referat', kind: 'administrative-unit', sources: [quote] },
      { id: 'kl-later', name: 'Später', kind: 'administrative-unit', sources: [] },
    ],
    owners: [stakeView()],
    holdings: [],
  },
  holders: {
    edges: [{ node: tenureView() }, { node: { ...reported, organization: { ...reported.organization, id: 'kl-unit' } } }],
    pageInfo: { hasNextPage: false },
  },
};

describe('the network', () => {
  it('links a person to each organisation of their posts, titled, and marks the node expanded', () => {
    const graph = emptyNetwork();
    addNeighbourhood(graph, 'ilona-benz', person, options());
    expect([...graph.nodes.keys()]).toEqual(['ilona-benz', 'unit', 'kl-digital']);
    expect([...graph.links.values()].map((link) => [link.from, link.label, link.to, link.tentative])).toEqual([
      ['ilona-benz', 'Leiterin', 'unit', false],
      ['ilona-benz', 'Geschäftsführerin', 'kl-digital', true],
    ]);
    expect([...graph.expanded]).toEqual(['ilona-benz']);
    expect(graph.truncated.size).toBe(0);
  });

  it('links an organisation to its own holders, owners and the units some source had named, not to its units’ holders', () => {
    const graph = emptyNetwork();
    addNeighbourhood(graph, 'kl-digital', organization, options());
    expect(linksOf(graph, 'kl-digital').map((link) => link.key)).toEqual(['tenure:benz-kl-digital', 'ownership:stadt>kl-digital', 'unit:kl-unit>kl-digital']);
    expect(graph.nodes.has('kl-later')).toBe(false);
  });

  it('marks an organisation whose holders did not fit one answer', () => {
    const graph = emptyNetwork();
    addNeighbourhood(graph, 'kl-digital', { ...organization, holders: { ...organization.holders, pageInfo: { hasNextPage: true } } }, options());
    expect([...graph.truncated]).toEqual(['kl-digital']);
  });

  it('leaves out what did not hold on the as-of day, counts it, and draws what only possibly held as tentative', () => {
    const graph = emptyNetwork();
    addNeighbourhood(graph, 'ilona-benz', person, options('2022-01-15'));
    expect([...graph.links.values()].map((link) => [link.key, link.certainty, link.tentative])).toEqual([['tenure:benz-unit', 'POSSIBLE', true]]);
    expect([...graph.hidden]).toEqual(['tenure:benz-kl-digital']);
    // An organisation only a left-out link reaches is not drawn either.
    expect(graph.nodes.has('kl-digital')).toBe(false);
  });

  it('does not count as hidden a link another node’s answer draws', () => {
    const graph = emptyNetwork();
    addNeighbourhood(graph, 'ilona-benz', person, options('2022-03-01'));
    addNeighbourhood(graph, 'kl-digital', organization, options('2022-03-01'));
    expect(graph.links.has('tenure:benz-kl-digital')).toBe(true);
    expect(graph.hidden.has('tenure:benz-kl-digital')).toBe(false);
  });
});

describe('nearestInDirection', () => {
  const positions = new Map([
    ['centre', { x: 0, y: 0 }],
    ['right', { x: 100, y: 10 }],
    ['far-right', { x: 300, y: 0 }],
    ['up', { x: 10, y: -100 }],
  ]);

  it('picks the closest node that way, straying sideways counting double', () => {
    expect(nearestInDirection(positions, 'centre', 'right')).toBe('right');
    expect(nearestInDirection(positions, 'centre', 'up')).toBe('up');
    expect(nearestInDirection(positions, 'right', 'left')).toBe('centre');
  });

  it('finds nothing where no node lies that way', () => {
    expect(nearestInDirection(positions, 'centre', 'down')).toBeNull();
    expect(nearestInDirection(positions, 'nowhere', 'left')).toBeNull();
  });
});
