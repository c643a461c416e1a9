import type { Config } from '../config.js';
import { isNeo4jReady } from '../graph/createDriver.js';
import { startLocalNeo4j } from '../localNeo4j/LocalNeo4j.js';

export interface Neo4jCredentials {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The instance that `npm start`, `npm run seed` and `npm run db:*` share. */
export const mainInstance = 'main';

/**
 * Returns how to reach Neo4j: the external server named by NEO4J_URI, or the project's
 * local one, started (or found running) on the configured port.
 */
export async function resolveNeo4j(config: Config, log: (line: string) => void): Promise<Neo4jCredentials> {
  const target = config.neo4j;
  if (target.kind === 'external') {
    return { uri: target.uri, user: target.user, password: target.password, database: target.database };
  }
  const local = await startLocalNeo4j({
    instance: mainInstance,
    boltPort: target.boltPort,
    httpPort: target.httpPort,
    heapSize: target.heapSize,
    pageCacheSize: target.pageCacheSize,
    javaHome: target.javaHome,
    isReady: isNeo4jReady,
    log,
  });
  return { uri: local.uri, user: local.user, password: local.password, database: target.database };
}
