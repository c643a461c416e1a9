import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { GraphNotEmptyError } from '../domain/errors.js';
import type { Executor } from '../graph/Executor.js';
import { assertGraphSchema } from '../graph/graphSchema.js';
import { recordGraphChange } from '../graph/GraphVersionRepository.js';
import { readerOf, recordBulkLoad } from '../graph/SeedManifestStore.js';
import { importArrayDelimiter, ImportCsvFiles } from '../graph/importCsv.js';
import { countFactNodes } from '../graph/FactWriter.js';
import { stopLocalNeo4j } from '../localNeo4j/LocalNeo4j.js';
import { importIntoStoppedInstance } from '../localNeo4j/offlineImport.js';
import { instancePaths } from '../localNeo4j/paths.js';
import { exportShards, type ShardExportResult } from '../seed/exportShards.js';
import type { BulkSeedProgress } from '../seed/seedShards.js';

/** A local instance the offline seed may stop, load and start again. */
export interface OfflineSeedTarget {
  instance: string;
  database: string;
  /** The importer's Java heap, e.g. `1g`. */
  importerHeap: string;
  javaHome: string | undefined;
  /** Starts the instance (or finds it running) and connects to it. */
  connect(): Promise<{ executor: Executor; close(): Promise<void> }>;
}

export interface OfflineSeedResult extends ShardExportResult {
  /** Reading, validating and writing the CSV, the server untouched. */
  exportSeconds: number;
  /** neo4j-admin database import, the server stopped. */
  importSeconds: number;
  /** Starting the server again until every constraint and index is online. */
  indexSeconds: number;
  seconds: number;
}

/**
 * The bulk seed of a large fact base through Neo4j's offline importer, with the
 * seeder's full validation:
 *
 * 1. every shard is validated and written as CSV while the server runs on untouched;
 *    an invalid shard stops here, having changed nothing;
 * 2. the graph is checked for facts (an offline import replaces the database, so it
 *    loads an empty graph, or a full one only when `replace` says so);
 * 3. the server is stopped and `neo4j-admin database import full` builds the new store,
 *    the old one kept aside and switched back if the import fails;
 * 4. the server is started, rolegraph's constraints and indexes are created and
 *    awaited, the graph is marked as loaded in bulk (so that a seed of files never mirrors
 *    over it) and gets a new version (the API's ETags change).
 *
 * The server is always running again afterwards, whatever failed.
 */
export async function seedOffline(
  root: string,
  target: OfflineSeedTarget,
  options: { replace?: boolean; vocabulary?: string; onShard?: (progress: BulkSeedProgress) => void; log?: (line: string) => void } = {},
): Promise<OfflineSeedResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const staging = path.join(instancePaths(target.instance).importDir, 'rolegraph-offline-seed');
  const assertReplaceable = async () => {
    const graph = await target.connect();
    try {
      const facts = await countFactNodes(readerOf(graph.executor));
      if (facts > 0 && !options.replace) throw new GraphNotEmptyError(facts);
    } finally {
      await graph.close();
    }
  };

  await assertReplaceable();
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const exportStarted = performance.now();
    const csv = new ImportCsvFiles(staging);
    const exported = await exportShards(root, csv, { vocabulary: options.vocabulary, onShard: options.onShard });
    const files = await csv.finish();
    const exportSeconds = (performance.now() - exportStarted) / 1000;
    log(
      `validated ${exported.tenures} tenures in ${exported.shards} shards and wrote them as CSV in ${exportSeconds.toFixed(1)} s (${exported.threads} threads)`,
    );

    // Someone may have seeded while the CSV was written.
    await assertReplaceable();
    log('stopping Neo4j for the offline import');
    await stopLocalNeo4j(target.instance);
    let importSeconds: number | undefined;
    let indexSeconds = 0;
    try {
      importSeconds = await importIntoStoppedInstance({
        instance: target.instance,
        database: target.database,
        files,
        arrayDelimiter: importArrayDelimiter,
        heap: target.importerHeap,
        javaHome: target.javaHome,
      });
    } finally {
      // Whether or not the import succeeded, the server runs again afterwards.
      log('starting Neo4j again');
      const restarted = performance.now();
      const graph = await target.connect();
      try {
        await assertGraphSchema(graph.executor, { timeoutSeconds: 4 * 3600 });
        if (importSeconds !== undefined) {
          await graph.executor.writeTransaction('seed.offlineVersion', async (tx) => {
            await recordBulkLoad(tx);
            await recordGraphChange(tx);
          });
        }
      } finally {
        await graph.close();
      }
      indexSeconds = (performance.now() - restarted) / 1000;
    }
    log(`imported in ${importSeconds.toFixed(1)} s; constraints and indexes online ${indexSeconds.toFixed(1)} s later`);
    return { ...exported, exportSeconds, importSeconds, indexSeconds, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
