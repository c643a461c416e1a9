import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { SeedValidationError } from '../domain/errors.js';
import type { ImportCsvPart } from '../graph/importCsv.js';
import { findShards, type BulkSeedProgress } from './seedShards.js';
import type { ShardOutcome, ShardTask } from './shardCsvWorker.js';

/** Where the rendered shards go, in shard order: the offline importer's CSV files. */
export interface CsvPartSink {
  add(part: ImportCsvPart): Promise<void>;
}

export interface ShardExportResult {
  shards: number;
  tenures: number;
  citations: number;
  /** Worker threads that validated and rendered the shards. */
  threads: number;
}

/**
 * The worker file next to this module: TypeScript when rolegraph runs from its sources
 * (the worker then loads tsx, as `npm run` does), JavaScript when it runs built.
 */
function workerOptions(): { filename: string; execArgv: string[] } {
  const fromSources = import.meta.url.endsWith('.ts');
  const filename = new URL(`./shardCsvWorker.${fromSources ? 'ts' : 'js'}`, import.meta.url).href;
  const hasTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  return { filename, execArgv: fromSources && !hasTsx ? [...process.execArgv, '--import', 'tsx'] : process.execArgv };
}

/**
 * Validates every shard under `root` exactly as the bulk seeder does, renders each as
 * CSV on a pool of worker threads (one per core by default), and hands the parts to
 * `sink` in shard order. A few shards are in flight at a time, so memory holds a few
 * shards whatever their number. The first invalid shard in order stops the export with
 * its located problems: a caller that touches the graph only after this resolves
 * changes nothing on bad input.
 */
export async function exportShards(
  root: string,
  sink: CsvPartSink,
  options: { vocabulary?: string; threads?: number; onShard?: (progress: BulkSeedProgress) => void } = {},
): Promise<ShardExportResult> {
  const shards = await findShards(root);
  const vocabulary = options.vocabulary ?? path.join(root, 'roles.yaml');
  const threads = options.threads ?? os.availableParallelism();
  const pool = new Piscina<ShardTask, ShardOutcome>({ ...workerOptions(), minThreads: threads, maxThreads: threads });
  const result: ShardExportResult = { shards: shards.length, tenures: 0, citations: 0, threads };
  const inFlight: Promise<ShardOutcome>[] = [];
  const submit = (index: number) => {
    const task = pool.run({ shard: shards[index]!, vocabulary });
    task.catch(() => {});
    inFlight.push(task);
  };
  try {
    let next = 0;
    for (; next < Math.min(shards.length, threads * 2); next++) submit(next);
    for (const [index, shard] of shards.entries()) {
      const outcome = await inFlight.shift()!;
      if (next < shards.length) submit(next++);
      if ('problems' in outcome) throw new SeedValidationError(outcome.problems);
      await sink.add(outcome.part);
      result.tenures += outcome.tenures;
      result.citations += outcome.citations;
      options.onShard?.({ shard: path.basename(shard), done: index + 1, total: shards.length, tenures: result.tenures });
    }
    return result;
  } finally {
    await pool.destroy();
  }
}
