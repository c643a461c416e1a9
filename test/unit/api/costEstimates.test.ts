import { buildASTSchema, getNamedType, getNullableType, isLeafType, isListType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateCost, knownListSizes, listBoundOf, queryLimits } from '../../../src/api/queryLimits.js';
import { typeDefs } from '../../../src/api/typeDefs.js';
import type { ListBounds } from '../../../src/graph/GraphVersionRepository.js';
import { startHttpApi } from '../hardening/httpApi.js';
import { fakeRepositories } from './fakeRepositories.js';
import { miniArticle } from './facts.js';

const schema = buildASTSchema(typeDefs);
const cost = (query: string, bounds: ListBounds | null) => estimateCost(schema, parse(query), {}, undefined, bounds);
const bounds = await fakeRepositories(miniArticle()).graph.measureListBounds();
const uniform = (n: number) => Object.fromEntries(Object.keys(bounds).map((key) => [key, n])) as unknown as ListBounds;

/** Every organisation with its posts and their holders: what a dashboard asks first. */
const organizationsWithPosts = `{ organizations(first: 100) { edges { node { id name kind
  posts { id role { key label } tenures { id title status start { value } end { value } person { id name } } } } } } }`;

describe('the cost estimate', () => {
  it('counts an unpaginated list as long as the longest such list in the graph', () => {
    expect(cost('{ organization(id: "kl-digital") { posts { id } } }', uniform(7))).toBe(
      cost('{ organization(id: "kl-digital") { posts { id } } }', uniform(1)) + 6,
    );
  });

  it('counts 20 items per unpaginated list before the graph is measured', () => {
    expect(cost('{ organization(id: "kl-digital") { posts { id } } }', null)).toBe(1 + 1 + 20);
  });

  it('counts a list of scalars as one value', () => {
    expect(cost('{ person(id: "ilona-benz") { aliases } }', null)).toBe(cost('{ person(id: "ilona-benz") { name } }', null));
  });

  it('knows a bound for every unpaginated list of objects in the schema', () => {
    const unbounded = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !type.name.endsWith('Connection'))
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })))
      .filter(
        ({ field }) => isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)) && !field.args.some((arg) => arg.name === 'first'),
      )
      .map(({ name }) => name)
      .filter((name) => !(name in listBoundOf) && !(name in knownListSizes));
    expect(unbounded).toEqual([]);
  });

  it('counts one item per point of a series, from its arguments', () => {
    const series = (from: string, to: string) => cost(`{ series(from: "${from}", to: "${to}", step: MONTH) { at heldCertainly } }`, bounds);
    expect(series('2017-01-01', '2025-12-31')).toBe(1 + 108 * 2);
    expect(series('2017-01-01', '2017-01-31')).toBe(1 + 2);
  });

  it(`lets the dashboards' organisations-with-posts query through with room, where guessing 20 per list refused it`, () => {
    expect(cost(organizationsWithPosts, null)).toBeGreaterThan(queryLimits.maxCost);
    expect(cost(organizationsWithPosts, bounds)).toBeLessThan(queryLimits.maxCost / 10);
    // A graph whose busiest organisation has 10 posts of 4 holders each still lets it through.
    expect(cost(organizationsWithPosts, { ...bounds, postsPerOrganization: 10, tenuresPerPost: 4 })).toBeLessThan(queryLimits.maxCost);
  });
});

const api = await startHttpApi({ production: true });
afterAll(() => api.stop());

describe('the cost limit over HTTP, on the measured graph', () => {
  it('answers the organisations-with-posts query', async () => {
    const answer = await api.post({ query: organizationsWithPosts });
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    expect(answer.json?.data).toMatchObject({ organizations: { edges: expect.any(Array) } });
  });
});
