import type { Capacity } from '../domain/entities.js';
import type { PostState } from '../domain/series.js';
import type { FactStatus } from '../domain/temporal.js';
import { toCypherInt, type Executor, type Statement } from './Executor.js';
import { postAnchorOf, postAnchors, statementNames, type PostAnchor, type PostSelection } from './postSelection.js';
import type { TenureListFilter } from './TenureRepository.js';

/**
 * Counts computed in Neo4j, so that no list is read into the API to be counted. Where
 * a count depends on days, it reads the bounds the seeder stored on each tenure from the
 * domain's rules (docs/graph-model.md): `possibleFrom`… for all sources, and per
 * knowledge epoch `possibleFroms`…, `statuses`, so "as known on K" is the last epoch on
 * or before K. Cypher only compares those days; it never decides a rule itself.
 */

/** How many posts were in each state on one day. */
export interface PostStateCount {
  day: string;
  counts: Record<PostState, number>;
}

/** Tenures counted by role key, status, capacity and organisation kind together. */
export interface TenureGroupCount {
  roleKey: string;
  status: FactStatus;
  capacity: Capacity;
  organizationKind: string;
  count: number;
}

/** The conditions of a tenure count beyond the structural ones; see `TenureFilter` in the schema. */
export interface TenureCountFilter extends TenureListFilter {
  status: FactStatus | null;
  heldFrom: string | null;
  heldTo: string | null;
  maxSources: number | null;
  knownOn: string | null;
}

/**
 * Binds the stored bounds of the dated fact `fact` as known on `$knownOn` (its bounds
 * with all sources when null) as `possibleFrom`, `possibleTo`, `certainFrom`,
 * `certainTo` and `status`, keeping only facts some source known by then states.
 * `carry` are the other variables to keep. `[..known]` takes the epochs up to the last
 * one on or before `$knownOn`, and `last` that one.
 */
export function boundsAsKnown(fact: string, carry: readonly string[] = []): string {
  const keep = [fact, ...carry].join(', ');
  const atEpoch = (all: string, perEpoch: string) => `CASE WHEN $knownOn IS NULL THEN ${fact}.${all} ELSE last(${fact}.${perEpoch}[..known]) END AS ${all}`;
  return `
      WITH ${keep}, size([day IN ${fact}.epochs WHERE $knownOn IS NULL OR day <= date($knownOn)]) AS known
      WHERE any(day IN ${fact}.epochs WHERE $knownOn IS NULL OR day <= date($knownOn))
      WITH ${keep}, ${atEpoch('possibleFrom', 'possibleFroms')}, ${atEpoch('possibleTo', 'possibleTos')},
        ${atEpoch('certainFrom', 'certainFroms')}, ${atEpoch('certainTo', 'certainTos')}, last(${fact}.statuses[..known]) AS status`;
}

/** Each post with the bounds of its tenures as known on `$knownOn`, as `post` and `bounds`. */
const postsWithBounds = (anchor: PostAnchor) => `
      ${postAnchors[anchor]}
      WITH post, COLLECT {
        MATCH (t:Tenure)-[:OF_POST]->(post)
        ${boundsAsKnown('t')}
        RETURN {possibleFrom: possibleFrom, possibleTo: possibleTo, certainFrom: certainFrom, certainTo: certainTo} AS tenureBounds
      } AS bounds`;

const heldOn = (day: string) => ({
  certain: `any(b IN bounds WHERE b.certainFrom <= ${day} AND ${day} <= b.certainTo)`,
  possible: `any(b IN bounds WHERE b.possibleFrom <= ${day} AND ${day} <= b.possibleTo)`,
});

/** Per day of `$days`, how many posts were held certainly, only possibly, or not at all. */
const postStates = (anchor: PostAnchor): Statement => ({
  name: `count.${statementNames('postStates')[anchor]}`,
  cypher: `${postsWithBounds(anchor)}
      UNWIND $days AS dayText
      WITH date(dayText) AS day, post, bounds
      WITH day, post, ${heldOn('day').certain} AS certain, ${heldOn('day').possible} AS possible
      RETURN toString(day) AS day, count(CASE WHEN certain THEN post END) AS certain,
        count(CASE WHEN possible AND NOT certain THEN post END) AS possible, count(CASE WHEN NOT possible THEN post END) AS vacant`,
});

/** The ids of the posts someone held on `$day`, those held certainly first, at most `$limit`. */
const heldPosts = (anchor: PostAnchor): Statement => ({
  name: `count.${statementNames('heldPosts')[anchor]}`,
  cypher: `${postsWithBounds(anchor)}
      WITH post, ${heldOn('date($day)').certain} AS certain, ${heldOn('date($day)').possible} AS possible
      WHERE possible
      RETURN post.id AS postId
      ORDER BY certain DESC, postId
      LIMIT $limit`,
});

/** The tenures of the selection's posts as known on `$knownOn`, held on `$at` when given, grouped. */
const tenureGroups = (anchor: PostAnchor): Statement => ({
  name: `count.${statementNames('tenureGroups')[anchor]}`,
  cypher: `
      ${postAnchors[anchor]}
      MATCH (t:Tenure)-[:OF_POST]->(post)-[:IN]->(o:Organization)
      ${boundsAsKnown('t', ['post', 'o'])}
      WHERE $at IS NULL OR (possibleFrom <= date($at) AND date($at) <= possibleTo)
      RETURN post.roleKey AS roleKey, status, t.capacity AS capacity, o.kind AS organizationKind, count(t) AS count`,
});

const postCount = (anchor: PostAnchor): Statement => ({
  name: `count.${statementNames('posts')[anchor]}`,
  cypher: `
      ${postAnchors[anchor]}
      RETURN count(post) AS count`,
});

/** Tenures meeting the conditions of `tenures(filter:, knownOn:)`, anchored as that list's pages are. */
const tenureCount = (name: string, anchor: string, conditions: readonly string[] = []): Statement => ({
  name,
  cypher: `
      ${anchor}
      WHERE ($capacity IS NULL OR t.capacity = $capacity)
        AND ($roleKey IS NULL OR EXISTS { MATCH (t)-[:OF_POST]->(:Post {roleKey: $roleKey}) })
        ${conditions.map((condition) => `AND ${condition}`).join('\n')}
      ${boundsAsKnown('t')}
      WHERE ($status IS NULL OR status = $status)
        AND ($heldFrom IS NULL OR date($heldFrom) <= possibleTo)
        AND ($heldTo IS NULL OR possibleFrom <= date($heldTo))
        AND ($maxSources IS NULL OR COUNT {
          MATCH (t)-[:CITED_BY]->(c:Citation)-[:QUOTES]->(s:Source)
          WHERE $knownOn IS NULL OR c.knownFrom <= date($knownOn)
          RETURN DISTINCT s
        } <= $maxSources)
      RETURN count(t) AS count`,
});

export const countCypher = {
  people: { name: 'count.people', cypher: 'MATCH (n:Person) RETURN count(n) AS count' },
  organizations: {
    name: 'count.organizations',
    cypher: `
      MATCH (n:Organization) WHERE $kind IS NULL OR n.kind = $kind
      RETURN count(n) AS count`,
  },
  postsAll: postCount('all'),
  postsOfRole: postCount('ofRole'),
  postsWithin: postCount('within'),
  postStatesAll: postStates('all'),
  postStatesOfRole: postStates('ofRole'),
  postStatesWithin: postStates('within'),
  heldPostsAll: heldPosts('all'),
  heldPostsOfRole: heldPosts('ofRole'),
  heldPostsWithin: heldPosts('within'),
  tenureGroupsAll: tenureGroups('all'),
  tenureGroupsOfRole: tenureGroups('ofRole'),
  tenureGroupsWithin: tenureGroups('within'),
  tenures: tenureCount('count.tenures', 'MATCH (t:Tenure)'),
  tenuresOfPerson: tenureCount('count.tenuresOfPerson', 'MATCH (:Person {id: $personId})-[:HOLDS]->(t:Tenure)', [
    `($organizationId IS NULL OR EXISTS {
          MATCH (t)-[:OF_POST]->(:Post)-[:IN]->(:Organization)-[:PART_OF*0..]->(:Organization {id: $organizationId})
        })`,
  ]),
  tenuresWithin: tenureCount(
    'count.tenuresWithin',
    `MATCH (:Organization {id: $organizationId})<-[:PART_OF*0..]-(:Organization)<-[:IN]-(:Post)<-[:OF_POST]-(t:Tenure)
      WITH DISTINCT t`,
  ),
} satisfies Record<string, Statement>;

const postCounts = statementNames('posts');
const postStateStatements = statementNames('postStates');
const heldPostStatements = statementNames('heldPosts');
const tenureGroupStatements = statementNames('tenureGroups');

const count = (rows: readonly { count?: unknown }[]) => Number(rows[0]?.count ?? 0);

/** Counts people, organisations, posts, tenures and post states in Neo4j. */
export class CountRepository {
  constructor(private readonly executor: Executor) {}

  async countPeople(): Promise<number> {
    return count(await this.executor.read(countCypher.people));
  }

  async countOrganizations(kind: string | null): Promise<number> {
    return count(await this.executor.read(countCypher.organizations, { kind }));
  }

  async countPosts(selection: PostSelection): Promise<number> {
    return count(await this.executor.read(countCypher[postCounts[postAnchorOf(selection)]], { ...selection }));
  }

  /** Tenures meeting every condition, as `tenures(filter:, knownOn:)` would list them. */
  async countTenures(filter: TenureCountFilter): Promise<number> {
    const statement = filter.personId !== null ? countCypher.tenuresOfPerson : filter.organizationId !== null ? countCypher.tenuresWithin : countCypher.tenures;
    return count(await this.executor.read(statement, { ...filter, maxSources: filter.maxSources === null ? null : toCypherInt(filter.maxSources) }));
  }

  /** For each day, how many of the selected posts were held certainly, only possibly, or not at all, as known on `knownOn`. */
  async countPostStates(selection: PostSelection, days: readonly string[], knownOn: string | null): Promise<PostStateCount[]> {
    const rows = await this.executor.read(countCypher[postStateStatements[postAnchorOf(selection)]], { ...selection, days, knownOn });
    const byDay = new Map(rows.map((row) => [String(row.day), row]));
    return days.map((day) => {
      const row = byDay.get(day);
      return { day, counts: { CERTAIN: Number(row?.certain ?? 0), POSSIBLE: Number(row?.possible ?? 0), VACANT: Number(row?.vacant ?? 0) } };
    });
  }

  /** The ids of at most `limit` selected posts someone held on `day`, those held certainly first, then by id. */
  async listHeldPostIds(selection: PostSelection, day: string, knownOn: string | null, limit: number): Promise<string[]> {
    const rows = await this.executor.read(countCypher[heldPostStatements[postAnchorOf(selection)]], { ...selection, day, knownOn, limit: toCypherInt(limit) });
    return rows.map((row) => String(row.postId));
  }

  /** The selected posts' tenures as known on `knownOn` (held on `at` when given), counted per role, status, capacity and organisation kind. */
  async countTenureGroups(selection: PostSelection, at: string | null, knownOn: string | null): Promise<TenureGroupCount[]> {
    const rows = await this.executor.read(countCypher[tenureGroupStatements[postAnchorOf(selection)]], { ...selection, at, knownOn });
    return rows.map((row) => ({
      roleKey: String(row.roleKey),
      status: String(row.status) as FactStatus,
      capacity: String(row.capacity) as Capacity,
      organizationKind: String(row.organizationKind),
      count: Number(row.count),
    }));
  }
}
