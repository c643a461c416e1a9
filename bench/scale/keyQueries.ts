import type { Driver } from 'neo4j-driver';
import { encodeCursor } from '../../src/api/cursors.js';

/**
 * The six key questions of the scale benchmark, each asked three ways over the same
 * graph with the same parameters: rolegraph's GraphQL API (ours), @neo4j/graphql as
 * its users would query it (the peer), and the best hand-written Cypher through
 * neo4j-driver without HTTP or GraphQL (the floor). Every way fetches what the answer
 * shows: ids, names, titles' inputs and dates, nested person and organisation.
 */

/** Parameters sampled from the graph, rotated through during a run. */
export interface Samples {
  posts: { organizationId: string; roleKey: string; at: string }[];
  people: string[];
  names: string[];
  ownedOrganizations: string[];
  /** Spread evenly over the id order: tenureIds[i] is the tenure at offset i × tenureCount / tenureIds.length. */
  tenureIds: string[];
  tenureCount: number;
}

export interface AskedWay {
  query: string;
  variables: (i: number) => Record<string, unknown>;
}

export interface KeyQuery {
  name: string;
  /** Whether it asks about a day (holders) or a state over time; the peer target applies to as-of queries. */
  asOf: boolean;
  ours: AskedWay;
  peer: AskedWay;
  floor: AskedWay;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export function keyQueries(samples: Samples): KeyQuery[] {
  const post = (i: number) => at(samples.posts, i);
  return [
    {
      name: 'holders(at:)',
      asOf: true,
      ours: {
        query: `query Holders($org: ID!, $role: String!, $at: Date!) {
          holders(organization: $org, role: $role, at: $at) { certainty tenure { id title person { id name } start { value } end { value } } } }`,
        variables: (i) => ({ org: post(i).organizationId, role: post(i).roleKey, at: post(i).at }),
      },
      peer: {
        query: `query Holders($org: String!, $role: String!, $at: Date!) {
          posts(where: { organizationId: { eq: $org }, roleKey: { eq: $role } }) {
            tenures(where: { AND: [
              { OR: [{ startEarliest: { lte: $at } }, { startEarliest: { eq: null } }] },
              { OR: [{ endLatest: { gte: $at } }, { endLatest: { eq: null } }] } ] }) {
              id capacity startValue endValue person { id name } } } }`,
        variables: (i) => ({ org: post(i).organizationId, role: post(i).roleKey, at: post(i).at }),
      },
      floor: {
        query: `MATCH (post:Post {organizationId: $org, roleKey: $role})<-[:OF_POST]-(t:Tenure)
          WHERE (t.startEarliest IS NULL OR t.startEarliest <= date($at)) AND (t.endLatest IS NULL OR t.endLatest >= date($at))
          MATCH (person:Person)-[:HOLDS]->(t)
          RETURN t.id AS id, t.capacity AS capacity, t.startValue AS start, t.endValue AS end, person.id AS personId, person.name AS name, person.gender AS gender`,
        variables: (i) => ({ org: post(i).organizationId, role: post(i).roleKey, at: post(i).at }),
      },
    },
    {
      name: 'person tenures',
      asOf: false,
      ours: {
        query: `query PersonTenures($id: ID!) {
          person(id: $id) { id name tenures { id title role { key } organization { id name } start { value } end { value } } } }`,
        variables: (i) => ({ id: at(samples.people, i) }),
      },
      peer: {
        query: `query PersonTenures($id: ID!) {
          people(where: { id: { eq: $id } }) { id name tenures { id capacity startValue endValue post { roleKey organization { id name } } } } }`,
        variables: (i) => ({ id: at(samples.people, i) }),
      },
      floor: {
        query: `MATCH (person:Person {id: $id})-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)-[:IN]->(o:Organization)
          RETURN person.name AS name, t.id AS id, t.capacity AS capacity, t.startValue AS start, t.endValue AS end, post.roleKey AS role, o.id AS orgId, o.name AS orgName`,
        variables: (i) => ({ id: at(samples.people, i) }),
      },
    },
    {
      name: 'succession',
      asOf: false,
      ours: {
        query: `query Succession($org: ID!, $role: String!) {
          succession(organization: $org, role: $role) { steps { vacancyBefore { from to } tenure { id person { id name } start { value } end { value } } } } }`,
        variables: (i) => ({ org: post(i).organizationId, role: post(i).roleKey }),
      },
      peer: {
        query: `query Succession($org: String!, $role: String!) {
          posts(where: { organizationId: { eq: $org }, roleKey: { eq: $role } }) {
            tenures(sort: [{ startEarliest: ASC }]) { id startValue startEarliest endValue endLatest person { id name } predecessor { id } } } }`,
        variables: (i) => ({ org: post(i).organizationId, role: post(i).roleKey }),
      },
      floor: {
        query: `MATCH (post:Post {organizationId: $org, roleKey: $role})<-[:OF_POST]-(t:Tenure)<-[:HOLDS]-(person:Person)
          OPTIONAL MATCH (t)-[:SUCCEEDED]->(previous:Tenure)
          RETURN t.id AS id, t.startValue AS start, t.startEarliest AS startEarliest, t.endValue AS end, t.endLatest AS endLatest,
                 person.id AS personId, person.name AS name, previous.id AS predecessorId
          ORDER BY t.startEarliest`,
        variables: (i) => ({ org: post(i).organizationId, role: post(i).roleKey }),
      },
    },
    {
      name: 'search',
      asOf: false,
      ours: {
        query: `query Search($q: String!) { search(query: $q, first: 10) { id name kind score } }`,
        variables: (i) => ({ q: at(samples.names, i) }),
      },
      peer: {
        query: `query Search($q: String!) {
          peopleByName(phrase: $q, first: 10) { edges { score node { id name } } }
          organizationsByName(phrase: $q, first: 10) { edges { score node { id name } } } }`,
        variables: (i) => ({ q: at(samples.names, i) }),
      },
      floor: {
        query: `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 10}) YIELD node, score
          RETURN node.id AS id, node.name AS name, labels(node)[0] AS kind, score`,
        variables: (i) => ({ q: at(samples.names, i) }),
      },
    },
    {
      name: 'owners',
      asOf: false,
      ours: {
        query: `query Owners($id: ID!) { organization(id: $id) { id name owners { percentage owner { id name } start { value } } } }`,
        variables: (i) => ({ id: at(samples.ownedOrganizations, i) }),
      },
      peer: {
        query: `query Owners($id: ID!) { organizations(where: { id: { eq: $id } }) { id name stakes { percentage owner { id name } } } }`,
        variables: (i) => ({ id: at(samples.ownedOrganizations, i) }),
      },
      floor: {
        query: `MATCH (o:Organization {id: $id})<-[:STAKE_IN]-(stake:Ownership)<-[:OWNS]-(owner:Organization)
          RETURN o.name AS name, stake.percentage AS percentage, stake.startValue AS start, owner.id AS ownerId, owner.name AS ownerName`,
        variables: (i) => ({ id: at(samples.ownedOrganizations, i) }),
      },
    },
    {
      name: 'dashboard page (100)',
      asOf: false,
      ours: {
        query: `query Dashboard($after: String) {
          tenures(first: 100, after: $after) { edges { node { id title person { id name } organization { id name } start { value } end { value } } } pageInfo { endCursor hasNextPage } } }`,
        variables: (i) => ({ after: encodeCursor('tenures', at(samples.tenureIds, i)) }),
      },
      // The peer's ID filters have no "greater than", and its connection sorts and counts every
      // tenure (out of memory at a million), so its users page with offset: the same pages as ours.
      peer: {
        query: `query Dashboard($offset: Int!) {
          tenures(sort: [{ id: ASC }], limit: 100, offset: $offset) {
            id capacity startValue endValue person { id name } post { roleKey organization { id name } } } }`,
        variables: (i) => ({ offset: Math.floor(((i % samples.tenureIds.length) * samples.tenureCount) / samples.tenureIds.length) + 1 }),
      },
      floor: {
        query: `MATCH (t:Tenure) WHERE t.id > $after
          WITH t ORDER BY t.id LIMIT 100
          MATCH (person:Person)-[:HOLDS]->(t)-[:OF_POST]->(post:Post)-[:IN]->(o:Organization)
          RETURN t.id AS id, t.capacity AS capacity, t.startValue AS start, t.endValue AS end, post.roleKey AS role,
                 person.id AS personId, person.name AS name, o.id AS orgId, o.name AS orgName`,
        variables: (i) => ({ after: at(samples.tenureIds, i) }),
      },
    },
  ];
}

/** Samples parameters from the graph: posts with chains, people with several terms, names, owned organisations. */
export const sampleCypher = {
  posts: `MATCH (post:Post)<-[:OF_POST]-(t:Tenure) WHERE t.startLatest IS NOT NULL
    WITH post, collect(t.startLatest)[0] AS day, count(*) AS terms WHERE terms >= 3
    RETURN post.organizationId AS organizationId, post.roleKey AS roleKey, toString(day + duration({days: 30})) AS at LIMIT 200`,
  people: `MATCH (p:Person) WHERE COUNT { (p)-[:HOLDS]->() } >= 2 RETURN p.id AS id LIMIT 200`,
  names: `MATCH (p:Person) RETURN p.name AS name LIMIT 200`,
  ownedOrganizations: `MATCH (o:Organization)<-[:STAKE_IN]-() RETURN DISTINCT o.id AS id LIMIT 200`,
  // Evenly spread over the id order, so pages start all over the list, the same ones every run.
  tenureIds: `MATCH (t:Tenure) WITH t.id AS id ORDER BY id WITH collect(id) AS ids
    UNWIND range(0, 199) AS i RETURN ids[toInteger(i * size(ids) / 200)] AS id`,
};

/** Samples the parameters of the key questions from the graph behind `driver`. */
export async function sampleGraph(driver: Driver): Promise<Samples> {
  const column = async (cypher: string, key: string) => (await driver.executeQuery(cypher, {}, { database: 'neo4j' })).records.map((r) => r.get(key) as string);
  const posts = (await driver.executeQuery(sampleCypher.posts, {}, { database: 'neo4j' })).records.map((r) => ({
    organizationId: r.get('organizationId') as string,
    roleKey: r.get('roleKey') as string,
    at: r.get('at') as string,
  }));
  return {
    posts,
    people: await column(sampleCypher.people, 'id'),
    names: await column(sampleCypher.names, 'name'),
    ownedOrganizations: await column(sampleCypher.ownedOrganizations, 'id'),
    tenureIds: await column(sampleCypher.tenureIds, 'id'),
    tenureCount: Number((await driver.executeQuery('MATCH (t:Tenure) RETURN count(t) AS n', {}, { database: 'neo4j' })).records[0]?.get('n')),
  };
}
