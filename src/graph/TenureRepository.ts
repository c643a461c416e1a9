import type { Capacity, Organization, Person, Post, Role, Tenure } from '../domain/entities.js';
import { organizationRecord, toOrganizationRecord } from './organizationRecord.js';
import { manyPer, pageParams, type PageRequest } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Row, Statement } from './Executor.js';
import { asColumns, asMap, projectionOf, readProjection } from './projections.js';
import { propsOf, toPerson, toPost, toRole, toTenure } from './readMappers.js';

/**
 * A tenure with its holder, the post it is of, that post's organisation and role: what
 * nearly every tenure field needs (the title is gendered for the holder), read in the
 * same statement, so listing tenures costs no further round trip per level.
 */
export interface TenureRecord {
  tenure: Tenure;
  person: Person;
  organization: Organization;
  post: Post;
  role: Role;
}

/** The structural conditions of a tenure list; date and status conditions are the domain's to decide. */
export interface TenureListFilter {
  roleKey: string | null;
  /** Posts of this organisation or of any of its units, at any depth. */
  organizationId: string | null;
  personId: string | null;
  capacity: Capacity | null;
}

/**
 * A tenure as reads return it, over the variables `person`, `t`, `post` and `role`;
 * its organisation comes beside it (see `tenureColumns`), once per post where the read
 * groups tenures by post.
 */
export const tenureRecordMap = `{
        tenure: ${projectionOf('Tenure', 't')}, person: ${projectionOf('Person', 'person')},
        post: ${projectionOf('Post', 'post')}, role: ${projectionOf('Role', 'role')}
      }`;

/** The pattern that binds a tenure's variables of `tenureRecordMap`, and `o`, its organisation. */
const tenurePattern = `(person:Person)-[:HOLDS]->(t)-[:OF_POST]->(post:Post)-[:OF_ROLE]->(role:Role),
        (post)-[:IN]->(o:Organization)`;

/** The values of a tenure read, over `tenurePattern`'s variables, by column; `toTenureRecord` maps them. */
const tenureValues = { record: tenureRecordMap, organization: organizationRecord('o') };
const tenureColumns = asColumns(tenureValues);

const organizationCondition = `($organizationId IS NULL OR EXISTS {
          MATCH (t)-[:OF_POST]->(:Post)-[:IN]->(:Organization)-[:PART_OF*0..]->(:Organization {id: $organizationId})
        })`;

/**
 * The tenures of the person bound to `person`, in id order, as a list of maps with the
 * columns `toTenureRecord` maps: read in the statement that reads the person.
 */
export const tenuresOfPersonCollected = `COLLECT {
        MATCH ${tenurePattern}
        WITH person, t, post, role, o ORDER BY t.id
        RETURN ${asMap(tenureValues)}
      }`;

/** A page statement that finds candidate tenures with `anchor` and checks the other conditions on each. */
function tenurePage(name: string, anchor: string, conditions: readonly string[]): Statement {
  const checks = [
    '($capacity IS NULL OR t.capacity = $capacity)',
    '($roleKey IS NULL OR EXISTS { MATCH (t)-[:OF_POST]->(:Post {roleKey: $roleKey}) })',
    ...conditions,
  ];
  return {
    name,
    cypher: `
      ${anchor}
        AND ${checks.join('\n        AND ')}
      WITH t ORDER BY t.id LIMIT $limit
      MATCH ${tenurePattern}
      RETURN ${tenureColumns}
      ORDER BY t.id`,
  };
}

export const tenureCypher = {
  byPersonIds: {
    name: 'tenure.byPersonIds',
    cypher: `
      UNWIND $ids AS key
      MATCH ${tenurePattern}
      WHERE person.id = key
      RETURN key, ${tenureColumns}
      ORDER BY t.id`,
  },
  byPostIds: {
    name: 'tenure.byPostIds',
    cypher: `
      UNWIND $ids AS key
      MATCH ${tenurePattern}
      WHERE post.id = key
      RETURN key, ${tenureColumns}
      ORDER BY t.id`,
  },
  bySourceIds: {
    name: 'tenure.bySourceIds',
    cypher: `
      ${citedBySource('t', 'Tenure')}
      MATCH ${tenurePattern}
      RETURN key, ${tenureColumns}
      ORDER BY t.id`,
  },
  // Pages are read in id order from the cursor (see PageRequest) and stop at $limit, so
  // page 10,000 of a million tenures costs what page 1 does. Each starts where its most
  // selective condition points: a person's tenures, the posts of an organisation and its
  // units, or else (neither asked) the tenure key index.
  page: tenurePage('tenure.page', 'MATCH (t:Tenure) WHERE t.id > $afterId', []),
  pageOfPerson: tenurePage('tenure.pageOfPerson', 'MATCH (:Person {id: $personId})-[:HOLDS]->(t:Tenure) WHERE t.id > $afterId', [organizationCondition]),
  pageOfOrganization: tenurePage(
    'tenure.pageOfOrganization',
    `MATCH (:Organization {id: $organizationId})<-[:PART_OF*0..]-(:Organization)<-[:IN]-(:Post)<-[:OF_POST]-(t:Tenure)
      WITH DISTINCT t WHERE t.id > $afterId`,
    [],
  ),
} satisfies Record<string, Statement>;

/** Maps the `record` and `organization` columns of a tenure read. */
export function toTenureRecord(row: Row): TenureRecord {
  const record = propsOf(row, 'record');
  const post = toPost(readProjection('Post', record, 'post'));
  const person = toPerson(readProjection('Person', record, 'person'));
  return {
    tenure: toTenure(readProjection('Tenure', record, 'tenure'), { personId: person.id, postId: post.id, postOrganizationId: post.organizationId }),
    person,
    organization: toOrganizationRecord(propsOf(row, 'organization')),
    post,
    role: toRole(readProjection('Role', record, 'role')),
  };
}

/** Reads tenures with their posts and roles. */
export class TenureRepository {
  constructor(private readonly executor: Executor) {}

  /** Every tenure of each person, by id. */
  async listByPersonIds(ids: readonly string[]): Promise<TenureRecord[][]> {
    return manyPer(ids, await this.executor.read(tenureCypher.byPersonIds, { ids }), toTenureRecord);
  }

  /** Every tenure of each post, by id. */
  async listByPostIds(ids: readonly string[]): Promise<TenureRecord[][]> {
    return manyPer(ids, await this.executor.read(tenureCypher.byPostIds, { ids }), toTenureRecord);
  }

  /** The tenures each source states or dates, by id. */
  async listBySourceIds(ids: readonly string[]): Promise<TenureRecord[][]> {
    return manyPer(ids, await this.executor.read(tenureCypher.bySourceIds, { ids }), toTenureRecord);
  }

  /** Tenures ordered by id, starting after `afterId`, meeting every condition of `filter`. */
  async listPage(page: PageRequest & TenureListFilter): Promise<TenureRecord[]> {
    const statement = page.personId !== null ? tenureCypher.pageOfPerson : page.organizationId !== null ? tenureCypher.pageOfOrganization : tenureCypher.page;
    const rows = await this.executor.read(statement, {
      ...pageParams(page),
      roleKey: page.roleKey,
      organizationId: page.organizationId,
      personId: page.personId,
      capacity: page.capacity,
    });
    return rows.map(toTenureRecord);
  }
}
