import { afterAll, describe, expect, it } from 'vitest';
import { maskedMessage } from '../../../src/api/apiErrors.js';
import { DatabaseQueryError, DatabaseUnavailableError } from '../../../src/domain/errors.js';
import { fakeRepositories } from './fakeRepositories.js';
import { miniArticle } from './facts.js';
import { createTestApi } from './testApi.js';

const facts = miniArticle();
const repositories = fakeRepositories(facts);
// Failures a real graph can produce, each behind one root field.
repositories.roles.listAll = async () => {
  throw new Error('Neo4jError: Failed to connect to server bolt://db.internal:7687 (MATCH (r:Role) RETURN r)');
};
repositories.stats.get = async () => {
  throw new DatabaseQueryError('Neo4j refused stats.countAll (Neo.ClientError.Statement.SyntaxError).');
};
repositories.search.searchEntities = async () => {
  throw new DatabaseUnavailableError('Neo4j is unavailable (ServiceUnavailable) while running search.entities.');
};
const api = await createTestApi(facts, repositories);
afterAll(() => api.stop());

const firstError = async (query: string, variables: Record<string, unknown> = {}) => {
  const answer = await api.ask(query, variables);
  expect(answer.errors).toHaveLength(1);
  return answer.errors?.[0] as { message: string; extensions: Record<string, unknown> };
};

describe('the Date scalar', () => {
  it.each(['2022-02-30', '2022-2-1', '01.02.2022', '2022-02-01T00:00:00Z', '2022', ''])('rejects the literal %j naming the argument', async (value) => {
    const error = await firstError(`{ holders(organization: "kl-digital", role: "managing-director", at: ${JSON.stringify(value)}) { certainty } }`);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`Argument "at" must be a calendar date in the form YYYY-MM-DD that exists, such as 2022-02-01; got ${JSON.stringify(value)}.`);
  });

  it('rejects a number where a date belongs', async () => {
    const error = await firstError(`{ person(id: "ilona-benz") { tenures(knownOn: 20211213) { id } } }`);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('Argument "knownOn" must be a calendar date') });
  });

  it('names the input field path of a date inside a filter', async () => {
    const error = await firstError(`{ tenures(filter: { heldDuring: { from: "2022-13-01" } }) { edges { cursor } } }`);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('Argument "filter.heldDuring.from" must be') });
  });

  it('rejects a variable naming the variable and the expected form', async () => {
    const error = await firstError(`query ($day: Date!) { holders(organization: "kl-digital", role: "managing-director", at: $day) { certainty } }`, {
      day: '2021-02-29',
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('Variable "$day" got invalid value "2021-02-29"');
    expect(error.message).toContain('a calendar date in the form YYYY-MM-DD that exists');
  });

  it('accepts the last day of February in a leap year', async () => {
    const answer = await api.ask(`{ holders(organization: "kl-digital", role: "managing-director", at: "2024-02-29") { certainty } }`);
    expect(answer.errors).toBeUndefined();
  });
});

describe('argument checks', () => {
  it('rejects a role that is not a role key', async () => {
    const error = await firstError(`{ succession(organization: "kl-digital", role: "Geschäftsführer") { steps { vacancyBefore { from } } } }`);
    expect(error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Argument "role" must be a role key in kebab-case, such as "managing-director"; got "Geschäftsführer".',
    });
  });

  it('rejects a language rolegraph does not speak', async () => {
    const error = await firstError(`{ person(id: "ilona-benz") { tenures { title(lang: "fr") } } }`);
    expect(error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "lang" must be a language rolegraph speaks'),
    });
  });

  it('rejects a negative page size', async () => {
    const error = await firstError(`{ people(first: -1) { edges { cursor } } }`);
    expect(error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "first" must be a page size from 1 to 100'),
    });
  });

  it('rejects a cursor that no list returned', async () => {
    const error = await firstError(`{ people(after: "not-a-cursor") { edges { cursor } } }`);
    expect(error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "after" must be an endCursor returned by people'),
    });
  });

  it('rejects a search without a letter or digit', async () => {
    const error = await firstError(`{ search(query: "  ?! ") { id } }`);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('unexpected failures', () => {
  it('are masked as INTERNAL_SERVER_ERROR without driver, Cypher or host text, and logged with the request id', async () => {
    const answer = await api.ask(`{ roles { key } }`);
    const error = answer.errors?.[0];
    expect(error).toEqual({
      message: maskedMessage,
      locations: [{ line: 1, column: 3 }],
      path: ['roles'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: answer.requestId },
    });
    expect(JSON.stringify(answer.errors)).not.toMatch(/Neo4j|MATCH|bolt|db\.internal|stacktrace/);
    const logged = api.logs.find((line) => line.requestId === answer.requestId);
    expect(logged).toMatchObject({ level: 50, msg: 'request failed: internal', err: { message: expect.stringContaining('db.internal') } });
    expect(answer.headers.get('x-request-id')).toBe(answer.requestId);
  });

  it('mask a refused statement too, naming nothing of it', async () => {
    const error = await firstError(`{ stats { people } }`);
    expect(error).toMatchObject({ message: maskedMessage, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('report an unreachable database as such, without its address', async () => {
    const error = await firstError(`{ search(query: "Benz") { id } }`);
    expect(error).toMatchObject({ message: 'The graph database is unavailable right now; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } });
  });

  it('leave syntax errors as graphql-js words them', async () => {
    const error = await firstError(`{ person(id: "x") { name `);
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
