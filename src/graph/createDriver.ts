import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from './Executor.js';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** How long a managed transaction is retried while the server is unreachable (ms). */
  maxRetryMs: number;
  /** Optional application name sent to the server with every connection. */
  userAgent?: string;
}

/** The most connections one process opens to Neo4j (reported by the API's /metrics). */
export const maxConnectionPoolSize = 50;

/**
 * Creates the driver with timeouts that fail fast: a request waits a few seconds for a
 * connection, not the driver's default minute, so an outage surfaces as a clear error.
 */
export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxTransactionRetryTime: options.maxRetryMs,
    connectionAcquisitionTimeout: Math.max(options.maxRetryMs, 2_000),
    connectionTimeout: 3_000,
    maxConnectionPoolSize,
    disableLosslessIntegers: false,
    userAgent: options.userAgent ?? 'rolegraph',
  });
}

/**
 * An executor on a driver of its own, both retrying for the same `maxRetryMs` (the driver
 * its managed writes, the executor its auto-commit reads); `close` ends the driver.
 */
export function connectExecutor(options: DriverOptions & { database: string }): { driver: Driver; executor: Executor; close: () => Promise<void> } {
  const driver = createDriver(options);
  return { driver, executor: new Executor(driver, { database: options.database, readRetryMs: options.maxRetryMs }), close: () => driver.close() };
}

/** True when the server answers an authenticated query; never throws. */
export async function isNeo4jReady(uri: string, user: string, password: string): Promise<boolean> {
  // One quick try: the caller polls, so the driver must not retry for its default 30 s.
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2_000, maxConnectionPoolSize: 1, maxTransactionRetryTime: 0 });
  try {
    // The home database answers only once the server has fully started.
    await driver.executeQuery('RETURN 1', {}, { routing: neo4j.routing.READ });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
