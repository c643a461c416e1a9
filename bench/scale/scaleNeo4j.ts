import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadDevelopmentConfig } from '../../src/config.js';
import { isNeo4jReady } from '../../src/graph/createDriver.js';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jConnection } from '../../src/localNeo4j/LocalNeo4j.js';
import { instancePaths, localNeo4jRoot } from '../../src/localNeo4j/paths.js';
import { projectRoot } from '../../src/projectRoot.js';
import getPort from 'get-port';
import type { DatasetSize } from '../../src/synthetic/generateDataset.js';

const run = promisify(execFile);

/**
 * The memory each size's bench Neo4j gets. The bulk seed holds the whole fact base in
 * one transaction; its state lives off the heap (db.tx_state.memory_allocation=OFF_HEAP)
 * within server.memory.off_heap.transaction_max_size, and dbms.memory.transaction.total.max
 * caps what all transactions together may track. Sized for a 24 GiB machine shared
 * with others: large uses 3 GB heap, 3 GB page cache and at most 10 GB of transaction state.
 */
export const memoryBySize: Record<DatasetSize, { heap: string; pageCache: string; txOffHeap: string; txTotal: string }> = {
  small: { heap: '512m', pageCache: '256m', txOffHeap: '1g', txTotal: '1g' },
  medium: { heap: '1g', pageCache: '1g', txOffHeap: '3g', txTotal: '3500m' },
  large: { heap: '3g', pageCache: '3g', txOffHeap: '10g', txTotal: '12g' },
};

export function bulkSeedSettings(size: DatasetSize): string[] {
  const memory = memoryBySize[size];
  return [
    'db.tx_state.memory_allocation=OFF_HEAP',
    `server.memory.off_heap.transaction_max_size=${memory.txOffHeap}`,
    `dbms.memory.transaction.total.max=${memory.txTotal}`,
  ];
}

const apocPom = path.join(projectRoot, 'tools', 'neo4j-apoc', 'pom.xml');
const apocDir = path.join(localNeo4jRoot, 'plugins-apoc');

/** The APOC core jar (and its two libraries) from Maven Central, resolved once into .neo4j/plugins-apoc. */
export async function ensureApocJars(): Promise<string[]> {
  if (!existsSync(path.join(apocDir, '.complete'))) {
    await rm(apocDir, { recursive: true, force: true });
    await run('mvn', ['-q', '-B', '-f', apocPom, `-Dapoc.dir=${apocDir}`, 'package'], { timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 });
    await run('touch', [path.join(apocDir, '.complete')]);
  }
  return (await readdir(apocDir)).filter((f) => f.endsWith('.jar')).map((f) => path.join(apocDir, f));
}

/**
 * Starts (or reuses) the bench instance `instance` with the size's memory and APOC in
 * its plugins folder, so that rolegraph, the floor and the peer all ask the same server.
 */
export async function startScaleNeo4j(instance: string, size: DatasetSize, log: (line: string) => void = console.log): Promise<LocalNeo4jConnection> {
  if (instance === 'main' || instance === 'bench' || instance === 'test' || instance.startsWith('test-')) {
    throw new RangeError(`The scale benchmark never uses the instance "${instance}"; name one of its own, e.g. bench-${size}.`);
  }
  const paths = instancePaths(instance);
  await mkdir(paths.plugins, { recursive: true });
  for (const jar of await ensureApocJars()) await copyFile(jar, path.join(paths.plugins, path.basename(jar)));
  const memory = memoryBySize[size];
  return startLocalNeo4j({
    instance,
    boltPort: await getPort(),
    heapSize: memory.heap,
    pageCacheSize: memory.pageCache,
    javaHome: loadDevelopmentConfig().javaHome,
    extraSettings: bulkSeedSettings(size),
    isReady: isNeo4jReady,
    timeoutMs: 300_000,
    log: (line) => log(`[${instance}] ${line}`),
  });
}

export async function stopScaleNeo4j(instance: string): Promise<void> {
  await stopLocalNeo4j(instance);
}
