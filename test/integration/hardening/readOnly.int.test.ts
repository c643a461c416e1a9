import { describe, expect, it } from 'vitest';
import { articleQueries } from '../../../bench/articleQueries.js';
import { DatabaseQueryError } from '../../../src/domain/errors.js';
import type { StatementEvent } from '../../../src/graph/Executor.js';
import { checkGraphSchema } from '../../../src/graph/graphSchema.js';
import { explorerQueries } from '../../fixtures/explorerQueries.js';
import { checksumGraph, postGraphql, useSeededApi } from './seededApi.js';

/**
 * The API reads and never writes: its repositories run READ transactions only, and
 * Neo4j itself refuses a write sent through the executor's `read`, the path every
 * resolver takes. A bug or an injection in a read statement therefore cannot change
 * the graph, even before a read-only database user is configured.
 */

const { graph, url } = useSeededApi();

describe('the API can only read', () => {
  it('runs every statement of the explorer and the dashboards in READ transactions', async () => {
    const events: StatementEvent[] = [];
    const stop = graph.executor.observe((event) => events.push(event));
    try {
      const requests = [
        ...articleQueries.map((q) => ({ query: q.query, variables: q.variables ?? {} })),
        ...explorerQueries.map(({ query, variables }) => ({ query, variables })),
      ];
      for (const body of requests) {
        const answer = await postGraphql(url(), body);
        expect(answer.json?.errors, answer.text).toBeUndefined();
      }
    } finally {
      stop();
    }
    expect(events.length).toBeGreaterThan(10);
    expect([...new Set(events.map((e) => e.mode))]).toEqual(['READ']);
  });

  it('checks the schema of a seeded graph at start-up in READ transactions only', async () => {
    const events: StatementEvent[] = [];
    const stop = graph.executor.observe((event) => events.push(event));
    try {
      await checkGraphSchema(graph.executor);
    } finally {
      stop();
    }
    expect(events.map((e) => e.mode)).toEqual(['READ', 'READ']);
  });

  it('names what is missing when the graph has no schema yet, so start-up creates it', async () => {
    await expect(checkGraphSchema({ read: async () => [] })).rejects.toThrow(/constraint \w+ is missing or not online/);
  });

  it.each([
    ['CREATE', "CREATE (:Intruder {id: 'x'})"],
    ['MERGE', "MERGE (:Intruder {id: 'x'})"],
    ['SET', "MATCH (p:Person {id: 'ilona-benz'}) SET p.name = 'Intruder'"],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
    ['a write inside a subquery', 'CALL () { CREATE (:Intruder) } RETURN 1 AS one'],
    ['a schema change', 'CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.id)'],
  ])('is refused by Neo4j when a %s is sent through the read path', async (_kind, cypher) => {
    const before = await checksumGraph(graph.executor);
    await expect(graph.executor.read({ name: 'test.writeThroughRead', cypher })).rejects.toBeInstanceOf(DatabaseQueryError);
    expect(await checksumGraph(graph.executor)).toBe(before);
  });
});
