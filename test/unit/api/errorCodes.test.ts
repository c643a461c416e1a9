import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { afterAll, describe, expect, it } from 'vitest';
import { httpStatusOf } from '../../../src/api/errorStatus.js';
import { DatabaseUnavailableError, ErrorCode } from '../../../src/domain/errors.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { startHttpApi, type HttpAnswer } from '../hardening/httpApi.js';
import { fakeRepositories } from './fakeRepositories.js';
import { miniArticle } from './facts.js';

const repositories = fakeRepositories(miniArticle());
repositories.roles.listAll = async () => {
  throw new Error('a failure nobody planned for');
};
repositories.search.searchEntities = async () => {
  throw new DatabaseUnavailableError('Neo4j is unavailable (ServiceUnavailable).');
};
// A citation whose source has gone: the graph changed under the request.
repositories.sources.getByIds = async (ids) => ids.map(() => null);
const api = await startHttpApi({ production: false, repositories });
afterAll(() => api.stop());

const post = (body: unknown, headers: Record<string, string> = {}) => api.post(body, headers);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One request per public code that a client can cause, as real clients send them. */
const requests: Record<ErrorCode, () => Promise<HttpAnswer>> = {
  [ErrorCode.InternalServerError]: () => post({ query: '{ roles { key } }' }),
  [ErrorCode.GraphqlParseFailed]: () => post({ query: '{ stats { people }' }),
  [ErrorCode.GraphqlValidationFailed]: () => post({ query: '{ stats { nope } }' }),
  [ErrorCode.BadUserInput]: () => post({ query: '{ people(first: 0) { edges { cursor } } }' }),
  [ErrorCode.OperationResolutionFailure]: () => post({ query: 'query A { stats { people } }', operationName: 'B' }),
  [ErrorCode.PersistedQueryNotFound]: () => post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ never sent }') } } }),
  [ErrorCode.BadRequest]: () =>
    post({ query: '{ stats { people } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ something else }') } } }),
  [ErrorCode.MethodNotAllowed]: () =>
    api.send({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { people } }' }) }),
  [ErrorCode.NotAcceptable]: () => post({ query: '{ stats { people } }' }, { accept: 'text/html' }),
  [ErrorCode.UnsupportedMediaType]: () =>
    api.send({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ stats { people } }')}`, headers: { 'content-type': 'text/html' } }),
  [ErrorCode.PayloadTooLarge]: () => post({ query: `{ stats { people } }${' '.repeat(200 * 1024)}` }),
  [ErrorCode.QueryTooComplex]: () =>
    post({
      query: `{ ${Array.from({ length: 90 }, (_, i) => `p${i}: people(first: 100) { edges { node { tenures { sources { quote source { id } } } } } }`).join(' ')} }`,
    }),
  [ErrorCode.NotFound]: () => post({ query: '{ person(id: "ilona-benz") { tenures { sources { source { title } } } } }' }),
  [ErrorCode.DatabaseUnavailable]: () => post({ query: '{ search(query: "Benz") { id } }' }),
};

const codesOf = (answer: HttpAnswer) => [...new Set((answer.json?.errors ?? []).map((error) => error.extensions?.code))];

describe('the public error codes', () => {
  it.each(Object.values(ErrorCode))('%s always arrives with its one HTTP status', async (code) => {
    const answer = await requests[code]();
    expect(codesOf(answer), answer.text.slice(0, 300)).toEqual([code]);
    expect(answer.status).toBe(httpStatusOf[code]);
  });

  it('keeps the value of every code Apollo Server defines that a client can meet', () => {
    // With automatic persisted queries on (Apollo's default), PERSISTED_QUERY_NOT_SUPPORTED cannot occur.
    const reachable = Object.values(ApolloServerErrorCode).filter((code) => code !== ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED);
    expect(Object.values(ErrorCode)).toEqual(expect.arrayContaining(reachable));
  });

  it('are the rows of the README table, each with its status', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((match) => [match[1], Number(match[2])]);
    expect(Object.fromEntries(rows)).toEqual(httpStatusOf);
  });
});

describe('requests that used to be answered misleadingly', () => {
  it.each(['mutation { stats { people } }', 'subscription { stats { people } }'])('refuses %j as invalid, not as an internal error', async (query) => {
    const answer = await post({ query });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringContaining('only answers queries'),
    });
  });

  it('refuses an inverted heldDuring span', async () => {
    const answer = await post({ query: '{ tenures(filter: { heldDuring: { from: "2022-02-01", to: "2021-01-01" } }) { edges { cursor } } }' });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "filter.heldDuring" must be a span whose "from" is not after its "to"'),
    });
  });

  it('answers BAD_USER_INPUT with 400 whether variable coercion or a resolver found it', async () => {
    const byVariable = await post({ query: 'query ($n: Int!) { people(first: $n) { edges { cursor } } }', variables: { n: 'ten' } });
    const byResolver = await post({ query: 'query ($n: Int!) { people(first: $n) { edges { cursor } } }', variables: { n: -1 } });
    expect([byVariable.status, codesOf(byVariable)]).toEqual([400, ['BAD_USER_INPUT']]);
    expect([byResolver.status, codesOf(byResolver)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('keeps the Date scalar described in introspection', async () => {
    const answer = await post({ query: '{ __type(name: "Date") { description } }' });
    expect(answer.json?.data).toEqual({ __type: { description: expect.stringContaining('A calendar date, exactly `YYYY-MM-DD`') } });
  });
});
