import type { Capacity, Person, Post, Role, Tenure } from '../domain/entities.js';
import { manyPer, type PageRequest } from './batchResults.js';
import { toCypherInt, type Executor, type Row, type Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { propsOf, toPerson, toPost, toRole, toTenure } from './readMappers.js';

/**
 * A tenure with its holder, the post it is of and that post's role: what nearly every
 * tenure field needs (the title is gendered for the holder), read in the same statement.
 */
export interface TenureRecord {
  tenure: Tenure;
  person: Person;
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
 * The map every tenure read returns as its `record` column, over the variables
 * `person`, `t`, `post` and `role`; `toTenureRecord` maps it.
 */
export const tenureRecordMap = `{
        tenure: ${projectionOf('Tenure', 't')}, person: ${projectionOf('Person', 'person')},
        post: ${projectionOf('Post', 'post')}, role: ${projectionOf('Role', 'role')},
        predecessorId: head([(t)-[:SUCCEEDED]->(previous:Tenure) | previous.id])
      }`;

export const tenureCypher = {
  byPersonIds: {
    name: 'tenure.byPersonIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (person:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)-[:OF_ROLE]->(role:Role)
      RETURN key, ${tenureRecordMap} AS record
      ORDER BY t.id`,
  },
  byPostIds: {
    name: 'tenure.byPostIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (person:Person)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post {id: key})-[:OF_ROLE]->(role:Role)
      RETURN key, ${tenureRecordMap} AS record
      ORDER BY t.id`,
  },
  // The page walks the tenure key index in id order from the cursor and stops after $limit
  // matches ($afterId is '' for the first page: every id sorts after it), so a dashboard page
  // costs the same on page 1 and page 10,000 of a million tenures; matching every tenure
  // first and sorting them took seconds.
  page: {
    name: 'tenure.page',
    cypher: `
      MATCH (t:Tenure)
      WHERE t.id > $afterId
        AND ($capacity IS NULL OR t.capacity = $capacity)
        AND ($personId IS NULL OR EXISTS { MATCH (:Person {id: $personId})-[:HOLDS]->(t) })
        AND ($roleKey IS NULL OR EXISTS { MATCH (t)-[:OF_POST]->(:Post)-[:OF_ROLE]->(:Role {key: $roleKey}) })
        AND ($organizationId IS NULL OR EXISTS {
          MATCH (t)-[:OF_POST]->(:Post)-[:IN]->(:Organization)-[:PART_OF*0..]->(:Organization {id: $organizationId})
        })
      WITH t ORDER BY t.id LIMIT $limit
      MATCH (person:Person)-[:HOLDS]->(t)-[:OF_POST]->(post:Post)-[:OF_ROLE]->(role:Role)
      RETURN ${tenureRecordMap} AS record
      ORDER BY t.id`,
  },
} satisfies Record<string, Statement>;

/** Maps the `record` column of a tenure read. */
export function toTenureRecord(row: Row): TenureRecord {
  const record = propsOf(row, 'record');
  const post = toPost(readProjection('Post', record, 'post'));
  const person = toPerson(readProjection('Person', record, 'person'));
  return {
    tenure: toTenure(readProjection('Tenure', record, 'tenure'), {
      personId: person.id,
      postId: post.id,
      predecessorId: record.predecessorId == null ? null : String(record.predecessorId),
    }),
    person,
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

  /** Tenures ordered by id, starting after `afterId`, meeting every condition of `filter`. */
  async listPage(page: PageRequest & TenureListFilter): Promise<TenureRecord[]> {
    const rows = await this.executor.read(tenureCypher.page, {
      afterId: page.afterId ?? '',
      roleKey: page.roleKey,
      organizationId: page.organizationId,
      personId: page.personId,
      capacity: page.capacity,
      limit: toCypherInt(page.limit),
    });
    return rows.map(toTenureRecord);
  }
}
