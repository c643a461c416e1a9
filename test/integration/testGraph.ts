import { inject } from 'vitest';
import { createDriver } from '../../src/graph/createDriver.js';
import { Executor } from '../../src/graph/Executor.js';

/**
 * Connects a test file to the test Neo4j. `wipe()` empties the graph (data only;
 * constraints and indexes stay), so each file starts from a known state.
 */
export function connectTestGraph() {
  const neo4j = inject('neo4j');
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxRetryMs: 5_000 });
  const executor = new Executor(driver, { database: neo4j.database });
  return {
    neo4j,
    driver,
    executor,
    async wipe(): Promise<void> {
      await executor.write({ name: 'test.wipe', cypher: 'MATCH (n) DETACH DELETE n' });
    },
    close: () => driver.close(),
  };
}
