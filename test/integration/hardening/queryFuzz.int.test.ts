import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleQueries } from '../../../bench/articleQueries.js';
import { explorerQueries } from '../../fixtures/explorerQueries.js';
import { leakPattern } from '../../fixtures/leakPattern.js';
import { postGraphql, useSeededApi } from './seededApi.js';

/**
 * Random and mutated GraphQL requests against the real app over the seeded graph: each
 * must be answered (no hang) with JSON and a status below 500, and nothing may leak.
 */

const realQueries = [...articleQueries.map((q) => q.query), ...explorerQueries.map((q) => q.query)];
const punctuation = fc.constantFrom(
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '...',
  '"',
  '"""',
  '#',
  '=',
  ',',
  '|',
  '&',
  '\\u0000',
  'fragment F on Query { stats { people } }',
  '...F',
  '@skip(if: true)',
  '__typename',
  '__schema',
  'first: 100000',
  'first: -1',
  'mutation',
  'subscription',
);

const mutatedQuery = fc
  .tuple(
    fc.constantFrom(...realQueries),
    fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.oneof(punctuation, fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 5 }),
  )
  .map(([query, edits]) =>
    edits.reduce((text, [at, cut, insert]) => {
      const position = at % (text.length + 1);
      return text.slice(0, position) + insert + text.slice(position + (cut % 4));
    }, query),
  );

const randomValue = fc.jsonValue({ maxDepth: 3 });
const request = fc.record(
  {
    query: fc.oneof(fc.constantFrom(...realQueries), mutatedQuery, fc.string({ maxLength: 200 }), randomValue),
    variables: fc.oneof(fc.dictionary(fc.constantFrom('org', 'role', 'at', 'id', 'q', 'first', 'after'), randomValue), randomValue),
    operationName: fc.oneof(fc.constantFrom(...articleQueries.map((q) => q.name)), fc.string({ maxLength: 20 }), randomValue),
  },
  { requiredKeys: [] },
);

const { url } = useSeededApi();

async function expectAnsweredCleanly(body: unknown): Promise<void> {
  const sent = typeof body === 'string' ? body : JSON.stringify(body);
  const answer = await postGraphql(url(), body);
  expect(answer.status, `${sent.slice(0, 300)} -> ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  expect(answer.json, `not JSON: ${answer.text.slice(0, 200)}`).toBeDefined();
  const codes = (answer.json?.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, `${sent.slice(0, 300)} -> ${answer.text.slice(0, 300)}`).not.toContain('INTERNAL_SERVER_ERROR');
  // A client's own words may come back in an error message; anything else must not.
  if (!leakPattern.test(sent)) expect(answer.text).not.toMatch(leakPattern);
}

describe('the API under fuzzed requests', () => {
  it('answers mutated and random operations with JSON below 500, never an internal error', async () => {
    await fc.assert(fc.asyncProperty(request, expectAnsweredCleanly), { numRuns: 400 });
  });

  it('answers random bodies that are not GraphQL requests at all with JSON below 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        ),
        expectAnsweredCleanly,
      ),
      { numRuns: 200 },
    );
  });

  it('still answers the real queries afterwards', async () => {
    for (const query of articleQueries) {
      const answer = await postGraphql(url(), { query: query.query, variables: query.variables ?? {} });
      expect(answer.json?.errors, query.name).toBeUndefined();
    }
  });
});
