import { gzipSync } from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../../src/api/createApiServer.js';
import { queryLimits } from '../../../src/api/queryLimits.js';
import { leakPattern } from '../../fixtures/leakPattern.js';
import { fakeRepositories } from '../api/fakeRepositories.js';
import { miniArticle } from '../api/facts.js';
import { startHttpApi, type HttpAnswer } from './httpApi.js';

const repositories = fakeRepositories(miniArticle());
// A failure as a real driver would word it, with a host, a statement and a credential.
repositories.roles.listAll = async () => {
  throw new Error('Neo4jError: Failed to connect to server bolt://db.internal:7687 as neo4j/secret-password (MATCH (r:Role) RETURN r)');
};
const apis = { development: await startHttpApi({ production: false, repositories }), production: await startHttpApi({ production: true, repositories }) };
afterAll(() => Promise.all(Object.values(apis).map((api) => api.stop())));

const codes = (answer: HttpAnswer) => (answer.json?.errors ?? []).map((e) => e.extensions?.code);

/** A 4xx with a JSON GraphQL error, no data, and nothing that leaks. */
function expectRefused(answer: HttpAnswer, status: number, message: RegExp) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.json, `not JSON: ${answer.text.slice(0, 200)}`).toBeDefined();
  expect(answer.json?.errors?.[0]?.message).toMatch(message);
  expect(answer.json?.data ?? undefined).toBeUndefined();
  expect(answer.text).not.toMatch(leakPattern);
}

const nested = (depth: number) => `{ person(id: "p") { ${'tenures { person { '.repeat(depth)}id${' } }'.repeat(depth)} } }`;

describe.each(Object.entries(apis))('the API in %s mode', (_mode, api) => {
  it('answers a syntax error with 400 and a parse error, not 500', async () => {
    const answer = await api.post({ query: '{ stats { people } ' });
    expectRefused(answer, 400, /Syntax Error/);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers a body that is not JSON with 400 and a JSON error', async () => {
    expectRefused(await api.post('{"query": "{ stats { people } }"'), 400, /not valid JSON/);
  });

  it(`answers a body over ${maxBodyBytes / 1024} kB with 413 and a JSON error`, async () => {
    const answer = await api.post({ query: `{ stats { people } }${' '.repeat(maxBodyBytes)}` });
    expectRefused(answer, 413, /larger than 100 kB/);
    expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('answers a small gzip body that inflates past the limit with 413', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ query: `{ stats { people } }${' '.repeat(10 * maxBodyBytes)}` })));
    expect(bomb.length).toBeLessThan(maxBodyBytes / 10);
    const answer = await api.send({ method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expectRefused(answer, 413, /larger than/);
  });

  it('refuses a batch of operations in one request', async () => {
    const answer = await api.post([{ query: '{ stats { people } }' }, { query: '{ stats { tenures } }' }]);
    expectRefused(answer, 400, /batching/i);
  });

  it('refuses a simple cross-site POST (text/plain) as a possible CSRF', async () => {
    const answer = await api.send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ stats { people } }' }) });
    expectRefused(answer, 400, /Cross-Site Request Forgery/);
  });

  it('refuses a simple GET from a page of an origin it does not allow as a possible CSRF', async () => {
    const answer = await api.send({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ stats { people } }')}`,
      headers: { origin: 'https://evil.example' },
    });
    expectRefused(answer, 400, /Cross-Site Request Forgery/);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it(`refuses a query nested deeper than ${queryLimits.maxDepth}`, async () => {
    expectRefused(await api.post({ query: nested(queryLimits.maxDepth) }), 400, /depth/i);
  });

  it(`refuses more than ${queryLimits.maxAliases} aliases, __typename aliases included`, async () => {
    const aliases = Array.from({ length: queryLimits.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    expectRefused(await api.post({ query: `{ ${aliases} }` }), 400, /alias/i);
  });

  it(`refuses more than ${queryLimits.maxDirectives} directives`, async () => {
    const directives = '@include(if: true) '.repeat(queryLimits.maxDirectives + 1);
    expectRefused(await api.post({ query: `{ __typename ${directives}}` }), 400, /directive/i);
  });

  it(`refuses a document of more than ${queryLimits.maxTokens} tokens`, async () => {
    const fields = 'people '.repeat(queryLimits.maxTokens);
    expectRefused(await api.post({ query: `{ stats { ${fields} } }` }), 400, /token/i);
  });

  // The graph here is tiny, so its lists are short: it takes many full pages to be expensive.
  const page = 'fragment Page on PersonConnection { edges { node { tenures { sources { source { id } } } activities { sources { source { id } } } } } }';
  const pages = (first: string) => Array.from({ length: 90 }, (_, i) => `p${i}: people(first: ${first}) { ...Page }`).join(' ');

  it('refuses an expensive query whether its page sizes are literal or variables', async () => {
    const literal = await api.post({ query: `{ ${pages('100')} } ${page}` });
    expectRefused(literal, 400, /too expensive/);
    expect(codes(literal)).toEqual(['QUERY_TOO_COMPLEX']);
    const variable = await api.post({ query: `query Pages($n: Int!) { ${pages('$n')} } ${page}`, variables: { n: 100 } });
    expectRefused(variable, 400, /too expensive/);
    const small = await api.post({ query: `query Pages($n: Int!) { ${pages('$n')} } ${page}`, variables: { n: 2 } });
    expect(small.status, small.text).toBe(200);
  });

  it.each([
    ['a Date variable that is no date', 'query($v: Date!) { holders(organization: "kl-digital", role: "managing-director", at: $v) { certainty } }', 'x'],
    ['an Int variable given text', 'query($v: Int!) { people(first: $v) { edges { cursor } } }', 'x'],
    ['a required variable left out', 'query($v: ID!) { person(id: $v) { name } }', undefined],
  ])('answers %s with 400 and BAD_USER_INPUT naming the variable', async (_name, query, value) => {
    const answer = await api.post({ query, variables: value === undefined ? {} : { v: value } });
    expectRefused(answer, 400, /Variable "\$v"/);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('masks an unexpected failure: no driver text, host, statement, credential or stack', async () => {
    const answer = await api.post({ query: '{ roles { key } }' });
    expect(answer.status).toBe(500);
    expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(answer.text).not.toMatch(leakPattern);
  });
});

describe('development mode', () => {
  it("answers an IDE's standard introspection query, which the cost limit must not refuse", async () => {
    const answer = await apis.development.post({ query: getIntrospectionQuery() });
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
  });
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const answer = await apis.production.post({ query: '{ __schema { types { name } } }' });
    expectRefused(answer, 400, /introspection/i);
  });

  it('suggests no field names for a misspelt field, where development does', async () => {
    const production = await apis.production.post({ query: '{ stat { people } }' });
    expectRefused(production, 400, /Cannot query field/);
    expect(production.json?.errors?.[0]?.message).toBe('Cannot query field "stat" on type "Query".');
    const development = await apis.development.post({ query: '{ stat { people } }' });
    expect(development.json?.errors?.[0]?.message).toMatch(/Did you mean "stats"/);
  });
});

describe('page sizes', () => {
  it(`are clamped to ${queryLimits.maxPageSize} in the resolvers whatever the query asks`, async () => {
    const asked: number[] = [];
    const spied = fakeRepositories(miniArticle());
    const listPage = spied.people.listPage.bind(spied.people);
    spied.people.listPage = (options) => {
      asked.push(options.limit);
      return listPage(options);
    };
    const api = await startHttpApi({ production: true, repositories: spied });
    try {
      const answer = await api.post({ query: 'query($n: Int!) { people(first: $n) { edges { node { id } } } }', variables: { n: 1_000_000 } });
      expect(answer.status, answer.text).toBe(200);
      // One row past the page tells whether another page follows.
      expect(asked).toEqual([queryLimits.maxPageSize + 1]);
    } finally {
      await api.stop();
    }
  });
});
