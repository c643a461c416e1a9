import { afterAll, describe, expect, it } from 'vitest';
import { miniArticle } from './facts.js';
import { createTestApi, type Json } from './testApi.js';

const api = await createTestApi(miniArticle());
afterAll(() => api.stop());

const data = async (query: string, variables: Record<string, unknown> = {}) => {
  const answer = await api.ask(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as Json;
};
const firstError = async (query: string) => (await api.ask(query)).errors?.[0];

describe('series', () => {
  it('gives one point per month from 2017 to 2025, each summing to the number of posts', async () => {
    const { series, counts } = await data(
      `{ series(from: "2017-01-01", to: "2025-12-31", step: MONTH) { at heldCertainly heldPossibly vacant } counts { posts } }`,
    );
    expect(series).toHaveLength(108);
    expect(series[0].at).toBe('2017-01-01');
    for (const point of series) expect(point.heldCertainly + point.heldPossibly + point.vacant).toBe(counts.posts);
  });

  it('counts on each day what holders and vacancies answer for it', async () => {
    const days = ['2021-12-31', '2022-01-15', '2022-02-01'];
    for (const knownOn of [null, '2021-12-12']) {
      const { series } = await data(
        `query ($knownOn: Date) { series(from: "2021-12-31", to: "2022-02-01", step: MONTH, knownOn: $knownOn) { at heldCertainly heldPossibly vacant holdings { certainty tenure { id } } } }`,
        { knownOn },
      );
      for (const point of series.filter((p: Json) => days.includes(p.at))) {
        const { holders, vacancies } = await data(
          `query ($at: Date!, $knownOn: Date) { holders(organization: "kl-digital", role: "managing-director", at: $at, knownOn: $knownOn) { certainty tenure { id } } vacancies(at: $at, knownOn: $knownOn, first: 100) { totalCount edges { node { post { id } } } } }`,
          { at: point.at, knownOn },
        );
        expect(point.vacant).toBe(vacancies.edges.length);
        expect(vacancies.totalCount).toBe(vacancies.edges.length);
        const managingDirector = point.holdings.filter((h: Json) => holders.some((g: Json) => g.tenure.id === h.tenure.id));
        expect(managingDirector).toEqual(holders);
      }
    }
  });

  it('refuses a series that ends before it starts, or of more than 1,200 points', async () => {
    expect(await firstError(`{ series(from: "2022-01-01", to: "2021-01-01") { at } }`)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "to" must be a day on or after "from"'),
    });
    expect(await firstError(`{ series(from: "1900-01-01", to: "2022-01-01") { at } }`)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('at most 1200 months'),
    });
  });
});

describe('counts', () => {
  it('counts the tenures held on a day as tenures(heldDuring) lists them, grouped four ways', async () => {
    const at = '2022-02-01';
    const { counts, tenures } = await data(
      `query ($at: Date!) {
        counts(at: $at) { at posts heldCertainly heldPossibly vacant tenures tenuresByRole { key count } tenuresByStatus { key count } tenuresByCapacity { key count } tenuresByOrganizationKind { key count } }
        tenures(first: 100, filter: { heldDuring: { from: $at, to: $at } }) { totalCount edges { node { status capacity role { key } } } }
      }`,
      { at },
    );
    expect(counts.tenures).toBe(tenures.edges.length);
    expect(tenures.totalCount).toBe(tenures.edges.length);
    for (const groups of [counts.tenuresByRole, counts.tenuresByStatus, counts.tenuresByCapacity, counts.tenuresByOrganizationKind]) {
      expect(groups.reduce((sum: number, g: Json) => sum + g.count, 0)).toBe(counts.tenures);
    }
    const byStatus = Object.fromEntries(counts.tenuresByStatus.map((g: Json) => [g.key, g.count]));
    for (const status of ['REPORTED', 'ANNOUNCED', 'PLANNED'])
      expect(byStatus[status] ?? 0).toBe(tenures.edges.filter((e: Json) => e.node.status === status).length);
    expect(counts.heldCertainly + counts.heldPossibly + counts.vacant).toBe(counts.posts);
  });

  it('leaves the post states null without a day', async () => {
    const { counts } = await data(`{ counts { at heldCertainly heldPossibly vacant tenures } tenures(first: 100) { totalCount } }`);
    expect(counts).toMatchObject({ at: null, heldCertainly: null, heldPossibly: null, vacant: null });
    expect(counts.tenures).toBe((await data(`{ tenures(first: 100) { edges { cursor } } }`)).tenures.edges.length);
  });
});

describe('posts and totalCount', () => {
  it('pages through posts, and every connection counts its whole list', async () => {
    const first = await data(
      `{ posts(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } people { totalCount } organizations { totalCount } }`,
    );
    const all = await data(
      `{ posts(first: 100) { edges { node { id } } } people(first: 100) { edges { cursor } } organizations(first: 100) { edges { cursor } } }`,
    );
    expect(first.posts.totalCount).toBe(all.posts.edges.length);
    expect(first.people.totalCount).toBe(all.people.edges.length);
    expect(first.organizations.totalCount).toBe(all.organizations.edges.length);
    const rest = await data(`query ($after: String) { posts(first: 100, after: $after) { edges { node { id } } } }`, { after: first.posts.pageInfo.endCursor });
    expect([...first.posts.edges, ...rest.posts.edges].map((e: Json) => e.node.id)).toEqual(all.posts.edges.map((e: Json) => e.node.id));
  });

  it('filters posts by role', async () => {
    const { posts } = await data(`{ posts(filter: { role: "managing-director" }) { totalCount edges { node { role { key } } } } }`);
    expect(posts.edges.every((e: Json) => e.node.role.key === 'managing-director')).toBe(true);
    expect(posts.totalCount).toBe(posts.edges.length);
  });
});
