import { randomUUID } from 'node:crypto';
import type { Executor, Statement, TransactionRunner } from './Executor.js';

/**
 * The graph's version: a random id on the single `GraphVersion` node, replaced by the
 * seeder in the same transaction as every change to the facts, so it changes exactly
 * when (and whenever) the facts do. The API derives its HTTP ETags from it. A random
 * id rather than a counter: a reset wipes the node with the graph, and a counter
 * starting again at 1 would repeat a version clients may still hold.
 */

/**
 * The most items each unpaginated list of the API holds in the graph now, per kind of
 * relationship: what the API's cost estimate multiplies by instead of a guess.
 */
/** The key of the one GraphVersion node. */
const versionNodeId = 'graph';

export interface ListBounds {
  tenuresPerPerson: number;
  activitiesPerPerson: number;
  tenuresPerPost: number;
  postsPerOrganization: number;
  unitsPerOrganization: number;
  ownersPerOrganization: number;
  holdingsPerOrganization: number;
  plansPerConcern: number;
  concernsPerPlan: number;
  citationsPerFact: number;
  /** The most quotes one source gives: no source states more facts of one kind. */
  citationsPerSource: number;
  roles: number;
  organizationKinds: number;
}

const citedLabels = ['Person', 'Organization', 'Post', 'Tenure', 'Ownership', 'Plan', 'Activity'];

/** `max(COUNT { pattern })` over every node of the labels (null when there is none); one label scan each. */
const maxDegree = (labels: string | readonly string[], pattern: string, column: string) => {
  const scans = (typeof labels === 'string' ? [labels] : labels).map((label) => `MATCH (n:${label}) RETURN COUNT { ${pattern} } AS degree`);
  return `CALL () {
        CALL () { ${scans.join(' UNION ALL ')} }
        RETURN max(degree) AS ${column}
      }`;
};

export const graphVersionCypher = {
  read: {
    name: 'graphVersion.read',
    cypher: `
      OPTIONAL MATCH (v:GraphVersion {id: $id})
      RETURN v.version AS version`,
  },
  // Each COUNT of one relationship type from a bound node reads the node's degree, not
  // its relationships: one pass over each label, done once per graph version.
  listBounds: {
    name: 'graphVersion.listBounds',
    cypher: `
      ${maxDegree('Person', '(n)-[:HOLDS]->()', 'tenuresPerPerson')}
      ${maxDegree('Person', '(n)-[:ENGAGED_IN]->()', 'activitiesPerPerson')}
      ${maxDegree('Post', '(n)<-[:OF_POST]-()', 'tenuresPerPost')}
      ${maxDegree('Organization', '(n)<-[:IN]-()', 'postsPerOrganization')}
      ${maxDegree('Organization', '(n)<-[:PART_OF]-()', 'unitsPerOrganization')}
      ${maxDegree('Organization', '(n)<-[:STAKE_IN]-()', 'ownersPerOrganization')}
      ${maxDegree('Organization', '(n)-[:OWNS]->()', 'holdingsPerOrganization')}
      ${maxDegree('Plan', '(n)-[:CONCERNS]->()', 'concernsPerPlan')}
      ${maxDegree(['Organization', 'Post'], '(n)<-[:CONCERNS]-()', 'plansPerConcern')}
      ${maxDegree(citedLabels, '(n)-[:CITED_BY]->()', 'citationsPerFact')}
      ${maxDegree('Source', '(n)<-[:QUOTES]-()', 'citationsPerSource')}
      CALL () { MATCH (n:Role) RETURN count(n) AS roles }
      CALL () { MATCH (n:Organization) RETURN count(DISTINCT n.kind) AS organizationKinds }
      RETURN *`,
  },
} satisfies Record<string, Statement>;

/** Replaces the version inside the transaction that changed the facts. */
const bumpVersion: Statement = {
  name: 'graphVersion.bump',
  cypher: `
    MERGE (v:GraphVersion {id: $id})
    SET v.version = $version, v.changedAt = datetime()`,
};

/** Gives the graph a new version; call it inside the transaction that changed the facts. */
export async function recordGraphChange(tx: TransactionRunner): Promise<void> {
  await tx.run(bumpVersion, { id: versionNodeId, version: randomUUID() });
}

const boundNames: readonly (keyof ListBounds)[] = [
  'tenuresPerPerson',
  'activitiesPerPerson',
  'tenuresPerPost',
  'postsPerOrganization',
  'unitsPerOrganization',
  'ownersPerOrganization',
  'holdingsPerOrganization',
  'plansPerConcern',
  'concernsPerPlan',
  'citationsPerFact',
  'citationsPerSource',
  'roles',
  'organizationKinds',
];

/** Reads the graph's version and measures its lists. */
export class GraphVersionRepository {
  constructor(private readonly executor: Executor) {}

  /** The current version; null for a graph no seeder has versioned yet. */
  async getVersion(): Promise<string | null> {
    const [row] = await this.executor.read(graphVersionCypher.read, { id: versionNodeId });
    return row?.version == null ? null : String(row.version);
  }

  /** The longest list of each kind in the graph now. */
  async measureListBounds(): Promise<ListBounds> {
    const [row] = await this.executor.read(graphVersionCypher.listBounds);
    return Object.fromEntries(boundNames.map((name) => [name, Number(row?.[name] ?? 0)])) as unknown as ListBounds;
  }
}
