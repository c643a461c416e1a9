import type { CitedFact, FactBuilder } from '../citations/facts.js';
import { ownershipKey } from '../citations/facts.js';
import { type Certainty, certaintyOn } from '../facts/certainty.js';
import type { ExplorerNetworkNodeQuery } from '../graphql/generated/graphql.js';
import type { Citation, OwnershipView, PartialDate, TenureView } from '../graphql/types.js';

/**
 * The network around an entity as plain data: people and organisations as nodes, posts
 * held, stakes and units as links, each link a cited fact. Built node by node from the
 * API's answers, so expanding a node only adds to it. Pure, for tests without a browser.
 */

export type NodeKind = 'person' | 'organization';
export type LinkKind = 'tenure' | 'ownership' | 'unit';

export interface NetworkNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** An organisation's kind (`company`), or null for a person. */
  organizationKind: string | null;
}

export interface NetworkLink {
  /** The key of the fact it shows, as the sources dialog opens it (`tenure:…`, `ownership:…`, `unit:…`). */
  key: string;
  kind: LinkKind;
  /** From the holder, owner or unit to the organisation held, owned or belonged to. */
  from: string;
  to: string;
  /** What the link says: a title, a share. */
  label: string;
  /** When it held, as the sources date it; both null for a unit's link to its parent. */
  start: PartialDate | null;
  end: PartialDate | null;
  fact: CitedFact;
  /** With an as-of day: how sure it is that the link held then (null: it did not). */
  certainty?: Certainty | null;
  /** Announced or planned rather than reported. */
  tentative: boolean;
}

export interface NetworkGraph {
  nodes: Map<string, NetworkNode>;
  links: Map<string, NetworkLink>;
  /** The nodes whose neighbours are in the graph. */
  expanded: Set<string>;
  /** Links of expanded nodes that did not hold on the as-of day, so are not drawn. */
  hidden: Set<string>;
  /** Organisations with more holders than one answer brings: not all their links are drawn. */
  truncated: Set<string>;
}

export function emptyNetwork(): NetworkGraph {
  return { nodes: new Map(), links: new Map(), expanded: new Set(), hidden: new Set(), truncated: new Set() };
}

export interface NetworkOptions {
  facts: FactBuilder;
  asOf: string | null;
  /** Shares as the view writes them. */
  formatShare: (percentage: number | null) => string;
  /** The label of a unit's link to its parent. */
  unitLabel: string;
}

const organizationNode = (organization: { id: string; name: string; kind: string }): NetworkNode => ({
  id: organization.id,
  kind: 'organization',
  name: organization.name,
  organizationKind: organization.kind,
});

function addNode(graph: NetworkGraph, node: NetworkNode): void {
  if (!graph.nodes.has(node.id)) graph.nodes.set(node.id, node);
}

/** Draws a link with its two nodes, or, when it did not hold on the as-of day, counts it as left out. */
function addLink(graph: NetworkGraph, link: NetworkLink, ends: [NetworkNode, NetworkNode], held: boolean): void {
  if (!held) {
    if (!graph.links.has(link.key)) graph.hidden.add(link.key);
    return;
  }
  for (const node of ends) addNode(graph, node);
  graph.hidden.delete(link.key);
  graph.links.set(link.key, link);
}

function addTenure(graph: NetworkGraph, tenure: TenureView, options: NetworkOptions): void {
  const certainty = options.asOf ? certaintyOn(tenure, options.asOf) : undefined;
  const fact = options.facts.tenure(tenure);
  const link: NetworkLink = {
    key: fact.key,
    kind: 'tenure',
    from: tenure.person.id,
    to: tenure.organization.id,
    label: tenure.titleDe,
    start: tenure.start,
    end: tenure.end,
    fact,
    tentative: tenure.status !== 'REPORTED' || certainty === 'POSSIBLE',
    ...(certainty === undefined ? {} : { certainty }),
  };
  const ends: [NetworkNode, NetworkNode] = [
    { id: tenure.person.id, kind: 'person', name: tenure.person.name, organizationKind: null },
    organizationNode(tenure.organization),
  ];
  addLink(graph, link, ends, certainty !== null);
}

function addStake(graph: NetworkGraph, stake: OwnershipView, held: Set<string> | null, options: NetworkOptions): void {
  const fact = options.facts.ownership(stake);
  const link: NetworkLink = {
    key: fact.key,
    kind: 'ownership',
    from: stake.owner.id,
    to: stake.owned.id,
    label: options.formatShare(stake.percentage),
    start: stake.start,
    end: stake.end,
    fact,
    tentative: false,
  };
  addLink(graph, link, [organizationNode(stake.owner), organizationNode(stake.owned)], held === null || held.has(ownershipKey(stake)));
}

function addUnit(
  graph: NetworkGraph,
  unit: { id: string; name: string; kind: string },
  parent: { id: string; name: string; kind: string },
  citations: Citation[],
  options: NetworkOptions,
): void {
  // A unit no source had mentioned by the known-on day was not known then.
  if (citations.length === 0) return;
  const ends: [NetworkNode, NetworkNode] = [organizationNode(unit), organizationNode(parent)];
  const key = `unit:${unit.id}>${parent.id}`;
  const label = `${unit.name} → ${parent.name}`;
  const fact: CitedFact = {
    key,
    label,
    statement: `${unit.name}: ${options.unitLabel} ${parent.name}`,
    citations,
    inferences: [],
    disputes: null,
    person: null,
  };
  addLink(graph, { key, kind: 'unit', from: unit.id, to: parent.id, label: options.unitLabel, start: null, end: null, fact, tentative: false }, ends, true);
}

/** Adds what the API answered about node `id` and its neighbours, and marks the node expanded. */
export function addNeighbourhood(graph: NetworkGraph, id: string, answer: ExplorerNetworkNodeQuery, options: NetworkOptions): void {
  const { person, organization } = answer;
  if (person) {
    addNode(graph, { id: person.id, kind: 'person', name: person.name, organizationKind: null });
    for (const tenure of person.tenures) addTenure(graph, tenure, options);
  }
  if (organization) {
    addNode(graph, organizationNode(organization));
    for (const { node } of answer.holders.edges) if (node.organization.id === organization.id) addTenure(graph, node, options);
    if (answer.holders.pageInfo.hasNextPage) graph.truncated.add(organization.id);
    const heldKeys = (stakes: { owner: { id: string }; owned: { id: string } }[] | undefined) => (stakes ? new Set(stakes.map(ownershipKey)) : null);
    for (const stake of organization.owners) addStake(graph, stake, heldKeys(organization.ownersAsOf), options);
    for (const stake of organization.holdings) addStake(graph, stake, heldKeys(organization.holdingsAsOf), options);
    if (organization.partOf) addUnit(graph, organization, organization.partOf, organization.sources, options);
    for (const unit of organization.units) addUnit(graph, unit, organization, unit.sources, options);
  }
  if (person || organization) graph.expanded.add(id);
}

/** The links that touch a node, in the order they were added. */
export function linksOf(graph: NetworkGraph, id: string): NetworkLink[] {
  return [...graph.links.values()].filter((link) => link.from === id || link.to === id);
}

/**
 * The node nearest to `from` in a direction on the picture, for moving the selection with
 * the arrow keys: among the nodes lying that way, the closest, straying sideways counting double.
 */
export function nearestInDirection(positions: Map<string, { x: number; y: number }>, from: string, direction: 'left' | 'right' | 'up' | 'down'): string | null {
  const origin = positions.get(from);
  if (!origin) return null;
  let best: { id: string; distance: number } | null = null;
  for (const [id, position] of positions) {
    if (id === from) continue;
    const dx = position.x - origin.x;
    const dy = position.y - origin.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Only nodes within about 63° of the direction: a node mostly sideways is another key's.
    if (along <= 0 || across > 2 * along) continue;
    const distance = along + 2 * across;
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best?.id ?? null;
}
