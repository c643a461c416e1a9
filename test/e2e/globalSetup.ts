import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../../web/tools/ensureWebBuilt.js';
import { loadDevelopmentConfig } from '../../src/config.js';
import { isNeo4jReady } from '../../src/graph/createDriver.js';
import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from '../../src/localNeo4j/LocalNeo4j.js';
import getPort from 'get-port';
import { startApi } from './explorerServer.js';
import { findChromium } from './findChromium.js';

/**
 * The browser tests' own Neo4j, beside the integration tests' one: integration tests
 * wipe their graph file by file, while the explorer needs the seeded article throughout.
 */
const development = loadDevelopmentConfig();
const e2eInstance = `${development.testInstance}-e2e`;

declare module 'vitest' {
  export interface ProvidedContext {
    explorer: { baseUrl: string; chromium: string };
    /** Where the example dashboard is to be served: an origin the API allows (CORS_ORIGINS), not its own. */
    dashboard: { port: number; origin: string };
  }
}

/**
 * Builds the web bundle if stale, starts a Neo4j of its own, seeds it from scratch and
 * starts the API as `npm start` does. Stops both afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium(development.chromiumPath);
  await ensureWebBuilt((line) => console.log(`[e2e] ${line}`));

  const status = await statusLocalNeo4j(e2eInstance);
  const neo4j = await startLocalNeo4j({
    instance: e2eInstance,
    boltPort: status.running ? Number(new URL(status.uri ?? '').port) : await getPort(),
    heapSize: '512m',
    pageCacheSize: '256m',
    javaHome: development.javaHome,
    isReady: isNeo4jReady,
    log: (line) => console.log(`[e2e neo4j] ${line}`),
  });
  const stopNeo4j = async () => {
    if (neo4j.started && !development.keepTestNeo4j) await stopLocalNeo4j(e2eInstance);
  };
  try {
    const dashboardPort = await getPort();
    const dashboardOrigin = `http://127.0.0.1:${dashboardPort}`;
    const api = await startApi({ neo4j, timeoutMs: 180_000, env: { CORS_ORIGINS: dashboardOrigin } });
    console.log(`[e2e] explorer at ${api.baseUrl}, Neo4j ${neo4j.uri} (${neo4j.started ? 'started' : 'reused'}), Chromium ${chromium}`);
    project.provide('explorer', { baseUrl: api.baseUrl, chromium });
    project.provide('dashboard', { port: dashboardPort, origin: dashboardOrigin });
    return async () => {
      await api.stop();
      await stopNeo4j();
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}
