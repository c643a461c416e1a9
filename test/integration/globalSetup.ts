import getPort from 'get-port';
import type { TestProject } from 'vitest/node';
import { loadDevelopmentConfig } from '../../src/config.js';
import { isNeo4jReady } from '../../src/graph/createDriver.js';
import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from '../../src/localNeo4j/LocalNeo4j.js';

/**
 * The tests' own instance: its own folder and port, never the data of `npm start`.
 * ROLEGRAPH_TEST_INSTANCE names another folder, so two test runs can go side by side.
 */
const development = loadDevelopmentConfig();
const testInstance = development.testInstance;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

/**
 * Starts (or reuses) the test Neo4j before any integration test file runs, and stops
 * it afterwards if it started it. Fails fast with the local Neo4j's own explanation
 * (no Java, no Maven, port taken) instead of letting every test time out.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const status = await statusLocalNeo4j(testInstance);
  const boltPort = status.running ? Number(new URL(status.uri ?? '').port) : (development.testBoltPort ?? (await getPort()));
  const neo4j = await startLocalNeo4j({
    instance: testInstance,
    boltPort,
    heapSize: '512m',
    pageCacheSize: '256m',
    javaHome: development.javaHome,
    isReady: isNeo4jReady,
    log: (line) => console.log(`[test neo4j] ${line}`),
  });
  console.log(`[test neo4j] integration tests use ${neo4j.uri} (pid ${neo4j.pid}, ${neo4j.started ? 'started' : 'reused'})`);
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j' });
  return async () => {
    if (neo4j.started && !development.keepTestNeo4j) await stopLocalNeo4j(testInstance);
  };
}
