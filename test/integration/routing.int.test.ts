import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/createDriver.js';
import { Executor } from '../../src/graph/Executor.js';
import { StatsRepository } from '../../src/graph/StatsRepository.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { articleSeedPaths } from '../fixtures/article.js';
import { connectTestGraph } from './testGraph.js';

/**
 * What docs/scaling.md claims for a cluster or Aura, checked on the local single server:
 * the API connects with the `neo4j://` routing scheme (reads may then go to secondaries),
 * and after the seed every transaction waits for the seed's bookmark.
 */

const graph = connectTestGraph();
const routed = createDriver({ uri: graph.neo4j.uri.replace(/^bolt:/, 'neo4j:'), user: graph.neo4j.user, password: graph.neo4j.password, maxRetryMs: 5_000 });
const executor = new Executor(routed, { database: graph.neo4j.database });

beforeAll(() => graph.wipe());
afterAll(async () => {
  await routed.close();
  await graph.close();
});

describe('the neo4j:// routing scheme on a single server', () => {
  it('gets a routing table naming the server as router, writer and reader', async () => {
    const [row] = await executor.read(
      {
        name: 'test.routingTable',
        cypher: 'CALL dbms.routing.getRoutingTable({}, $database) YIELD servers RETURN [s IN servers | s.role] AS roles',
      },
      { database: graph.neo4j.database },
    );
    expect([...(row?.roles as string[])].sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('seeds through the writer and answers reads through the reader', async () => {
    await seedGraph(executor, articleSeedPaths);
    expect((await new StatsRepository(executor).get()).tenures).toBe(8);
  });
});

describe('bookmarks after seeding', () => {
  it('makes the next transactions wait for the seed: the executor holds the bookmark of its last commit', async () => {
    await graph.wipe();
    const before = await executor.bookmarks();
    await seedGraph(executor, articleSeedPaths);
    const afterSeed = await executor.bookmarks();
    expect(afterSeed).toHaveLength(1);
    expect(afterSeed).not.toEqual(before);
    // A read commits nothing new: the bookmark it waits for stays the seed's.
    await new StatsRepository(executor).get();
    expect(await executor.bookmarks()).toEqual(afterSeed);
  });
});
