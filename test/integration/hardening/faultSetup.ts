import type { TestProject } from 'vitest/node';
import getPort from 'get-port';
import { loadDevelopmentConfig } from '../../../src/config.js';
import { isNeo4jReady } from '../../../src/graph/createDriver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../../src/localNeo4j/LocalNeo4j.js';

/**
 * The fault tests' own Neo4j: they kill and restart it, so it is never the one the
 * integration or browser tests use. Its folder is `<test instance>-fault`, its port a
 * free one fixed for the run, so a restarted server comes back where the API expects it.
 */
const development = loadDevelopmentConfig();
export const faultInstance = `${development.testInstance}-fault`;

/** Where the fault tests' Neo4j keeps its memory and which Java runs it, at every start. */
export const faultNeo4jSettings = { heapSize: '512m', pageCacheSize: '256m', javaHome: development.javaHome };

export interface FaultNeo4j {
  instance: string;
  boltPort: number;
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    faultNeo4j: FaultNeo4j;
  }
}

/** Starts the fault tests' Neo4j (fresh, always: tests may leave it killed) and stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await stopLocalNeo4j(faultInstance);
  const boltPort = await getPort();
  const neo4j = await startLocalNeo4j({
    instance: faultInstance,
    boltPort,
    ...faultNeo4jSettings,
    isReady: isNeo4jReady,
    log: (line) => console.log(`[fault neo4j] ${line}`),
  });
  project.provide('faultNeo4j', { instance: faultInstance, boltPort, uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return async () => {
    await stopLocalNeo4j(faultInstance);
  };
}
