import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseQueryError, DatabaseUnavailableError } from '../../src/domain/errors.js';
import { createDriver } from '../../src/graph/createDriver.js';
import { Executor } from '../../src/graph/Executor.js';
import { StatsRepository } from '../../src/graph/StatsRepository.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();

beforeAll(() => graph.wipe());
afterAll(() => graph.close());

describe('the executor against the real Neo4j', () => {
  it('reports the server it talked to', async () => {
    const [row] = await graph.executor.read({
      name: 'test.components',
      cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    });
    expect(row).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
    expect(String(row?.version)).toMatch(/^5\.26\./);
  });

  it('returns integers as numbers and dates as ISO strings', async () => {
    const [row] = await graph.executor.read({
      name: 'test.types',
      cypher: 'RETURN 42 AS answer, date("2022-02-01") AS day, [1, 2] AS list, {nested: 3} AS map',
    });
    expect(row).toEqual({ answer: 42, day: '2022-02-01', list: [1, 2], map: { nested: 3 } });
  });

  it('commits every statement of a write transaction together', async () => {
    await graph.executor.writeTransaction('test.two', async (tx) => {
      await tx.run({ name: 'test.a', cypher: 'CREATE (:Person {id: "a"})' });
      await tx.run({ name: 'test.b', cypher: 'CREATE (:Person {id: "b"})' });
    });
    expect((await new StatsRepository(graph.executor).get()).people).toBe(2);
  });

  it('rolls back every statement when one of them fails', async () => {
    await graph.wipe();
    await expect(
      graph.executor.writeTransaction('test.partial', async (tx) => {
        await tx.run({ name: 'test.ok', cypher: 'CREATE (:Person {id: "c"})' });
        await tx.run({ name: 'test.broken', cypher: 'RETURN 1/0' });
      }),
    ).rejects.toBeInstanceOf(DatabaseQueryError);
    expect((await new StatsRepository(graph.executor).get()).people).toBe(0);
  });

  it('refuses a write sent through a read', async () => {
    await expect(graph.executor.read({ name: 'test.sneakyWrite', cypher: 'CREATE (:Person {id: "x"})' })).rejects.toBeInstanceOf(DatabaseQueryError);
    expect((await new StatsRepository(graph.executor).get()).people).toBe(0);
  });

  it('names the statement, not the Cypher, when Neo4j refuses it', async () => {
    const error = await graph.executor.read({ name: 'test.syntax', cypher: 'MATCH (n RETURN n' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseQueryError);
    expect((error as Error).message).toContain('test.syntax');
    expect((error as Error).message).not.toContain('MATCH');
  });

  it('reports an unreachable server as unavailable, quickly', async () => {
    const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'wrong', maxRetryMs: 1_000 });
    const started = Date.now();
    const error = await new Executor(driver, { database: 'neo4j', readRetryMs: 1_000 })
      .read({ name: 'test.nowhere', cypher: 'RETURN 1' })
      .catch((e: unknown) => e);
    await driver.close();
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports wrong credentials as unavailable, without the password', async () => {
    const driver = createDriver({ uri: graph.neo4j.uri, user: 'neo4j', password: 'not-the-password', maxRetryMs: 1_000 });
    const error = await new Executor(driver, { database: 'neo4j' }).read({ name: 'test.auth', cypher: 'RETURN 1' }).catch((e: unknown) => e);
    await driver.close();
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).not.toContain('not-the-password');
  });
});
