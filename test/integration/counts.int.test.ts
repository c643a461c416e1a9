import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdingsAmongReaching, holdingsAt, viewTenures } from '../../src/api/views.js';
import { certaintyAt } from '../../src/domain/temporal.js';
import { seriesDays } from '../../src/domain/series.js';
import { createRepositories } from '../../src/graph/createRepositories.js';
import type { PostWithTenures } from '../../src/graph/PostRepository.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { generateDataset } from '../../src/synthetic/generateDataset.js';
import { startApiOverHttp, type Json } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

/**
 * Counts, series and totalCount against the lists they summarise, on a graph of many
 * sources: a synthetic fact base (start, end and confirming articles per tenure,
 * unknown starts, vacancies, overlaps, announcements), on the real Neo4j. Each number
 * the database counts must be what paging through `tenures` and `vacancies`, or asking
 * `holders` per post, gives for the same day, filter and knownOn.
 */

const graph = connectTestGraph();
const repositories = createRepositories(graph.executor);
let api: Awaited<ReturnType<typeof startApiOverHttp>>;
let root: string;
const posts: PostWithTenures[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-counts-'));
  await generateDataset({ tenures: 300, seed: 7, out: root, clustersPerShard: 2 });
  // The article and a second source about it add an announcement (Benz from 1 February 2022) to the synthetic towns.
  await seedGraph(graph.executor, [root, 'seeds', 'test/fixtures/seeds'], { reset: true });
  api = await startApiOverHttp(graph.executor);
  for (let afterId: string | null = null; ;) {
    const page: PostWithTenures[] = await repositories.posts.listPageWithTenures({ organizationId: null, afterId, limit: 500 });
    posts.push(...page);
    if (page.length < 500) break;
    afterId = page.at(-1)!.post.id;
  }
}, 180_000);
afterAll(async () => {
  await api?.stop();
  await graph.close();
  await rm(root, { recursive: true, force: true });
});

const knownOns = [null, '2005-06-30', '2021-12-13', '2022-03-01'];

/** Every item of a connection, following endCursor to the end. */
async function pageAll(field: string, query: string, variables: Record<string, unknown>): Promise<{ items: Json[]; totalCount: number }> {
  const items: Json[] = [];
  for (let after: string | null = null; ;) {
    const page = (await api.data(query, { ...variables, after }))[field] as Json;
    items.push(...(page.edges as Json[]));
    if (!page.pageInfo.hasNextPage) return { items, totalCount: page.totalCount as number };
    after = page.pageInfo.endCursor as string;
  }
}

/** A post's state on a day as `holders` decides it: its holdings, through the domain's views. */
const stateOn = (post: PostWithTenures, day: string, knownOn: string | null) => {
  const holdings = holdingsAt(viewTenures(post.tenures, knownOn), day);
  return holdings.length === 0 ? 'vacant' : holdings[0]?.certainty === 'CERTAIN' ? 'certain' : 'possible';
};

describe('the graph the counts are checked on', () => {
  it('has many sources, unknown starts, announcements and vacancies', async () => {
    const { counts } = await api.data(`{ counts(knownOn: "2021-12-13") { tenuresByStatus { key count } } }`);
    expect(counts.tenuresByStatus.map((g: Json) => g.key)).toContain('ANNOUNCED');
    expect(posts.some((post) => post.tenures.some((t) => t.tenure.start === null))).toBe(true);
    expect(posts.some((post) => post.tenures.some((t) => new Set(t.tenure.statements.map((s) => s.sourceId)).size > 1))).toBe(true);
    const { series } = await api.data(`{ series(from: "2000-01-01", to: "2020-01-01", step: YEAR) { vacant } }`);
    expect(series.some((point: Json) => point.vacant > 0)).toBe(true);
  });
});

describe('holders', () => {
  const days = ['1975-06-30', '1999-12-31', '2005-06-30', '2010-07-01', '2016-03-01', '2021-12-31', '2024-01-01'];

  it.each(knownOns)('reads exactly the tenures that may hold each post on the day, and answers as over all of them (knownOn %s)', async (knownOn) => {
    let fromReaching = 0;
    for (const post of posts) {
      for (const day of days) {
        const [reaching] = await repositories.posts.listWithTenuresOfRoleAt(post.post.organizationId, post.role.key, day, knownOn);
        const all = viewTenures(post.tenures, knownOn);
        const label = `${post.post.id} on ${day}`;
        expect(reaching?.tenures.map((t) => t.tenure.id) ?? [], label).toEqual(
          all
            .filter((m) => certaintyAt(m.view, day) !== null)
            .map((m) => m.view.id)
            .sort(),
        );
        const holdings = holdingsAmongReaching(viewTenures(reaching?.tenures ?? [], knownOn), day);
        if (holdings === null) continue;
        fromReaching += 1;
        const ids = (list: ReturnType<typeof holdingsAt>) => list.map((h) => `${h.tenure.view.id} ${h.certainty}`);
        expect(ids(holdings), label).toEqual(ids(holdingsAt(all, day)));
      }
    }
    expect(fromReaching).toBeGreaterThan(posts.length);
  });
});

describe('series', () => {
  const days = seriesDays('1990-01-01', '2025-12-31', 'YEAR');
  const organization = () => posts.find((post) => post.tenures.length > 2)!.post.organizationId;

  it.each(knownOns)('counts per day exactly the posts holders finds held certainly, possibly or by nobody (knownOn %s)', async (knownOn) => {
    for (const filter of [null, { organization: organization() }, { role: posts[0]!.role.key }]) {
      const { series } = await api.data(
        `query ($filter: PostFilter, $knownOn: Date) { series(from: "1990-01-01", to: "2025-12-31", step: YEAR, filter: $filter, knownOn: $knownOn) { at heldCertainly heldPossibly vacant } }`,
        {
          filter,
          knownOn,
        },
      );
      const selected = posts.filter(
        (post) => (!filter?.role || post.role.key === filter.role) && (!filter?.organization || post.post.organizationId === filter.organization),
      );
      expect(series.map((point: Json) => point.at)).toEqual(days);
      for (const point of series) {
        const states = selected.map((post) => stateOn(post, point.at, knownOn));
        expect([point.heldCertainly, point.heldPossibly, point.vacant], `${point.at} ${JSON.stringify(filter)}`).toEqual([
          states.filter((s) => s === 'certain').length,
          states.filter((s) => s === 'possible').length,
          states.filter((s) => s === 'vacant').length,
        ]);
      }
    }
  });

  it('gives behind a point the holders of each post held that day, as holders answers them', async () => {
    const day = '2010-07-01';
    for (const knownOn of knownOns) {
      const { series } = await api.data(
        `query ($knownOn: Date) { series(from: "${day}", to: "${day}", knownOn: $knownOn) { heldCertainly heldPossibly holdings(first: 100) { certainty tenure { id post { id organization { id } role { key } } } } } }`,
        {
          knownOn,
        },
      );
      const [point] = series;
      const postIds = [...new Set(point.holdings.map((h: Json) => h.tenure.post.id))] as string[];
      expect(postIds.length).toBe(Math.min(100, point.heldCertainly + point.heldPossibly));
      for (const postId of postIds.slice(0, 5)) {
        const { tenure } = point.holdings.find((h: Json) => h.tenure.post.id === postId);
        const { holders } = await api.data(
          `query ($org: ID!, $role: String!, $knownOn: Date) { holders(organization: $org, role: $role, at: "${day}", knownOn: $knownOn) { certainty tenure { id } } }`,
          {
            org: tenure.post.organization.id,
            role: tenure.post.role.key,
            knownOn,
          },
        );
        expect(
          point.holdings.filter((h: Json) => h.tenure.post.id === postId).map((h: Json) => ({ certainty: h.certainty, tenure: { id: h.tenure.id } })),
        ).toEqual(holders);
      }
    }
  });
});

describe('counts and totalCount', () => {
  const tenuresQuery = `query ($filter: TenureFilter, $knownOn: Date, $after: String) { tenures(first: 100, filter: $filter, knownOn: $knownOn, after: $after) { totalCount edges { node { id status capacity role { key } organization { kind } } } pageInfo { hasNextPage endCursor } } }`;

  it.each(knownOns)('counts on a day the tenures that tenures(heldDuring) lists, by role, status, capacity and kind (knownOn %s)', async (knownOn) => {
    for (const at of ['1999-03-01', '2012-12-31', '2022-02-01']) {
      const { counts } = await api.data(
        `query ($at: Date!, $knownOn: Date) { counts(at: $at, knownOn: $knownOn) { posts heldCertainly heldPossibly vacant tenures tenuresByRole { key count } tenuresByStatus { key count } tenuresByCapacity { key count } tenuresByOrganizationKind { key count } } }`,
        { at, knownOn },
      );
      const { items, totalCount } = await pageAll('tenures', tenuresQuery, { filter: { heldDuring: { from: at, to: at } }, knownOn });
      expect(counts.tenures).toBe(items.length);
      expect(totalCount).toBe(items.length);
      const tally = (key: (node: Json) => string) => {
        const counted = new Map<string, number>();
        for (const { node } of items) counted.set(key(node), (counted.get(key(node)) ?? 0) + 1);
        return counted;
      };
      const asMap = (groups: Json[]) => new Map(groups.map((g) => [g.key, g.count]));
      expect(asMap(counts.tenuresByStatus)).toEqual(tally((node) => node.status));
      expect(asMap(counts.tenuresByCapacity)).toEqual(tally((node) => node.capacity));
      expect(asMap(counts.tenuresByRole)).toEqual(tally((node) => node.role.key));
      expect(asMap(counts.tenuresByOrganizationKind)).toEqual(tally((node) => node.organization.kind));
      const vacancies = await pageAll(
        'vacancies',
        `query ($at: Date!, $knownOn: Date, $after: String) { vacancies(at: $at, knownOn: $knownOn, first: 100, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
        { at, knownOn },
      );
      expect([counts.vacant, vacancies.totalCount]).toEqual([vacancies.items.length, vacancies.items.length]);
      expect(counts.heldCertainly + counts.heldPossibly + counts.vacant).toBe(posts.length);
    }
  });

  it.each(knownOns)('counts as many tenures as paging through tenures lists, whatever the filter (knownOn %s)', async (knownOn) => {
    const someone = posts.flatMap((post) => post.tenures).find((t) => t.tenure.statements.length > 1)!;
    const filters = [
      null,
      { status: 'ANNOUNCED' },
      { status: 'REPORTED', capacity: 'ACTING' },
      { maxSourceCount: 1 },
      { person: someone.person.id },
      { organization: someone.post.organizationId, heldDuring: { from: '2000-01-01' } },
      { role: someone.role.key, heldDuring: { to: '2010-12-31' } },
    ];
    for (const filter of filters) {
      const { items, totalCount } = await pageAll('tenures', tenuresQuery, { filter, knownOn });
      expect(totalCount, JSON.stringify(filter)).toBe(items.length);
    }
  });

  it('counts posts, people and organisations as their connections list them', async () => {
    const {
      posts: all,
      people,
      organizations,
    } = await api.data(`{ posts { totalCount } people { totalCount } organizations(kind: "company") { totalCount } }`);
    expect(all.totalCount).toBe(posts.length);
    const companies = await pageAll(
      'organizations',
      `query ($after: String) { organizations(first: 100, kind: "company", after: $after) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
      {},
    );
    expect(organizations.totalCount).toBe(companies.items.length);
    const everyone = await pageAll(
      'people',
      `query ($after: String) { people(first: 100, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
      {},
    );
    expect(people.totalCount).toBe(everyone.items.length);
  });
});
