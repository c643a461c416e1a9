import type { Post, Role } from '../domain/entities.js';
import { manyPer, onePer, pageParams, type PageRequest } from './batchResults.js';
import type { Executor, Row, Statement } from './Executor.js';
import { postAnchorOf, postAnchors, statementNames, type PostAnchor, type PostSelection } from './postSelection.js';
import { projectionOf, readProjection } from './projections.js';
import { organizationRecord } from './organizationRecord.js';
import { toPost, toRole } from './readMappers.js';
import type { Plain } from './toPlain.js';
import { tenureRecordMap, toTenureRecord, type TenureRecord } from './TenureRepository.js';

/** A post with its role, which every post field needs. */
export interface PostRecord {
  post: Post;
  role: Role;
}

/** A post with every tenure of it: what the temporal questions over one post decide on. */
export interface PostWithTenures extends PostRecord {
  tenures: TenureRecord[];
}

const postColumns = `${projectionOf('Post', 'post')} AS post, ${projectionOf('Role', 'role')} AS role`;

// One row per post, its tenures collected in id order (a post without any gets an empty
// list: collect skips the null of the OPTIONAL MATCH) and its organisation once.
// Ordered before RETURN, where the column `post` (a projection) hides the node `post`.
const withTenures = `
      MATCH (post)-[:IN]->(o:Organization)
      OPTIONAL MATCH (person:Person)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post)
      WITH post, role, o, person, t ORDER BY t.id
      WITH post, role, o, collect(CASE WHEN t IS NULL THEN null ELSE ${tenureRecordMap} END) AS tenures
      WITH post, role, o, tenures ORDER BY post.id
      RETURN ${postColumns}, ${organizationRecord('o')} AS organization, tenures`;

/**
 * The tenures of `post` that may have held it on `$at`, as known on `$knownOn` (with all
 * sources when null), compared on the bounds the seeder stores (docs/graph-model.md):
 * the last knowledge epoch on or before `$knownOn` decides. Tenures that cannot reach
 * the day are filtered on two properties and never projected or decoded.
 */
const reaching = {
  allSources: 't.possibleFrom <= date($at) AND date($at) <= t.possibleTo',
  // `known` epochs are on or before $knownOn (epochs ascend); none known leaves the bounds null, and the tenure out.
  knownOn: `any(known IN [size([day IN t.epochs WHERE day <= date($knownOn)])]
          WHERE last(t.possibleFroms[..known]) <= date($at) AND date($at) <= last(t.possibleTos[..known]))`,
};

function withTenuresReaching(name: string, condition: string): Statement {
  return {
    name,
    cypher: `
      MATCH (post:Post {organizationId: $organizationId, roleKey: $roleKey})-[:OF_ROLE]->(role:Role)
      MATCH (post)-[:IN]->(o:Organization)
      WITH post, role, o, COLLECT {
        MATCH (t:Tenure)-[:OF_POST]->(post)
        WHERE ${condition}
        MATCH (person:Person)-[:HOLDS]->(t)
        WITH person, t, post, role ORDER BY t.id
        RETURN ${tenureRecordMap}
      } AS tenures
      WITH post, role, o, tenures ORDER BY post.id
      RETURN ${postColumns}, ${organizationRecord('o')} AS organization, tenures`,
  };
}

/** A page of the posts of a selection (see postSelection.ts) in id order from the cursor. */
function pageOf(anchor: PostAnchor): Statement {
  return {
    name: `post.${pageStatements[anchor]}`,
    cypher: `
      ${postAnchors[anchor]}
      WITH post WHERE post.id > $afterId
      WITH post ORDER BY post.id LIMIT $limit
      MATCH (post)-[:OF_ROLE]->(role:Role)
      WITH post, role ORDER BY post.id
      RETURN ${postColumns}`,
  };
}

const pageStatements = statementNames('page');

export const postCypher = {
  byIds: {
    name: 'post.byIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (post:Post {id: key})-[:OF_ROLE]->(role:Role)
      RETURN key, ${postColumns}`,
  },
  byOrganizationIds: {
    name: 'post.byOrganizationIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (post:Post {organizationId: key})-[:OF_ROLE]->(role:Role)
      WITH key, post, role ORDER BY post.id
      RETURN key, ${postColumns}`,
  },
  withTenuresOfRoleAt: withTenuresReaching('post.withTenuresOfRoleAt', reaching.allSources),
  withTenuresOfRoleAtKnownOn: withTenuresReaching('post.withTenuresOfRoleAtKnownOn', reaching.knownOn),
  withTenuresOfRole: {
    name: 'post.withTenuresOfRole',
    cypher: `
      MATCH (post:Post {organizationId: $organizationId, roleKey: $roleKey})-[:OF_ROLE]->(role:Role)${withTenures}`,
  },
  // A page of posts in id order from the cursor ('' for the first page), each with every tenure.
  pageWithTenures: {
    name: 'post.pageWithTenures',
    cypher: `
      MATCH (post:Post)-[:OF_ROLE]->(role:Role)
      WHERE post.id > $afterId
      WITH post, role ORDER BY post.id LIMIT $limit${withTenures}`,
  },
  pageWithTenuresWithin: {
    name: 'post.pageWithTenuresWithin',
    cypher: `
      MATCH (:Organization {id: $organizationId})<-[:PART_OF*0..]-(:Organization)<-[:IN]-(post:Post)-[:OF_ROLE]->(role:Role)
      WITH DISTINCT post, role WHERE post.id > $afterId
      WITH post, role ORDER BY post.id LIMIT $limit${withTenures}`,
  },
  pageAll: pageOf('all'),
  pageOfRole: pageOf('ofRole'),
  pageWithin: pageOf('within'),
} satisfies Record<string, Statement>;

const toPostRecord = (row: Row): PostRecord => ({ post: toPost(readProjection('Post', row, 'post')), role: toRole(readProjection('Role', row, 'role')) });

/** Maps rows of `withTenures`: a post, its organisation and its tenures. */
function toPostsWithTenures(rows: readonly Row[]): PostWithTenures[] {
  return rows.map((row) => ({
    ...toPostRecord(row),
    tenures: (row.tenures as Plain[]).map((record) => toTenureRecord({ record, organization: row.organization ?? null })),
  }));
}

/** Reads posts, alone or with their tenures. */
export class PostRepository {
  constructor(private readonly executor: Executor) {}

  /** One post or null per id, in the order of `ids`. */
  async getByIds(ids: readonly string[]): Promise<(PostRecord | null)[]> {
    return onePer(ids, await this.executor.read(postCypher.byIds, { ids }), toPostRecord);
  }

  /** The posts of each organisation (not of its units), by id. */
  async listByOrganizationIds(ids: readonly string[]): Promise<PostRecord[][]> {
    return manyPer(ids, await this.executor.read(postCypher.byOrganizationIds, { ids }), toPostRecord);
  }

  /** The posts of one role in one organisation (usually one), each with all its tenures. */
  async listWithTenuresOfRole(organizationId: string, roleKey: string): Promise<PostWithTenures[]> {
    return toPostsWithTenures(await this.executor.read(postCypher.withTenuresOfRole, { organizationId, roleKey }));
  }

  /**
   * The posts of one role in one organisation, each with only the tenures that may have
   * held it on `at` as known on `knownOn` (all sources when null): what `holders` decides on.
   */
  async listWithTenuresOfRoleAt(organizationId: string, roleKey: string, at: string, knownOn: string | null): Promise<PostWithTenures[]> {
    const statement = knownOn === null ? postCypher.withTenuresOfRoleAt : postCypher.withTenuresOfRoleAtKnownOn;
    return toPostsWithTenures(await this.executor.read(statement, { organizationId, roleKey, at, knownOn }));
  }

  /** A page of the selected posts in id order. */
  async listPage(page: PageRequest & PostSelection): Promise<PostRecord[]> {
    const statement = postCypher[pageStatements[postAnchorOf(page)]];
    return (await this.executor.read(statement, { organizationId: page.organizationId, roleKey: page.roleKey, ...pageParams(page) })).map(toPostRecord);
  }

  /**
   * A page of posts in id order, each with all its tenures: of the organisation and its
   * units, or of the whole graph when `organizationId` is null.
   */
  async listPageWithTenures(page: PageRequest & { organizationId: string | null }): Promise<PostWithTenures[]> {
    const statement = page.organizationId === null ? postCypher.pageWithTenures : postCypher.pageWithTenuresWithin;
    return toPostsWithTenures(await this.executor.read(statement, { organizationId: page.organizationId, ...pageParams(page) }));
  }
}
