import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  isGraphEmpty,
  mergeFactSetInTransaction,
  wipeGraphInTransaction,
  type ChangeCounts,
  type FactWriteReport,
  type FactWriterExecutor,
} from '../graph/FactWriter.js';
import { assertGraphSchema, type SchemaExecutor } from '../graph/graphSchema.js';
import { recordBulkLoad } from '../graph/SeedManifestStore.js';
import { chunks } from '../domain/chunks.js';
import type { FactSet } from '../domain/FactSet.js';
import { loadFactSet } from './loadFactSet.js';

/**
 * Bulk seeding of a fact base too large to hold in memory: a folder of shard folders
 * (`shard-00000/`, …), each a closed set of fact files whose facts cite and reference
 * only each other and the role vocabulary. Each shard is read and validated on its
 * own, exactly as `npm run seed` validates, then merged into the graph; memory holds
 * one group of shards (and the next, read ahead) whatever the number of shards.
 *
 * `commit: 'once'` (the default) writes all shards in ONE write transaction, so the
 * guarantee is Neo4j's own: until it commits, readers see the graph as it was; if the
 * seeder stops anywhere (a validation error in shard 900, a kill, a lost connection),
 * the transaction rolls back and the graph is exactly the old one. The price is server
 * memory for the transaction state, which grows with the fact base: docs/fact-files.md
 * gives the measured figures and the size up to which this is practical.
 *
 * `commit: 'per-group'` commits each group of shards on its own: Neo4j's memory stays
 * flat, and each group is all-or-nothing, but a seed stopped midway leaves the groups
 * committed so far. Running the same command again completes it: groups already
 * written compare as unchanged and are left alone.
 *
 * Either way the bulk seed merges and never prunes: a fact absent from the input stays
 * in the graph unless `reset` wipes the graph first. Seeding the same input twice
 * changes nothing the second time. Into an empty graph the writer CREATEs without
 * comparing (everything is new), so shards must not share fact ids (the generator
 * guarantees it): a shared id breaks a uniqueness constraint and fails the transaction.
 */
export interface BulkSeedOptions {
  /** The role vocabulary every shard uses: `roles.yaml` in the root by default. */
  vocabulary?: string;
  /** Wipe the graph first, in the same transaction. Default false. */
  reset?: boolean;
  /** Rows per UNWIND statement. Default 1,000. */
  batchSize?: number;
  /** Shards validated together and written by one series of statements. Default 4. */
  shardsPerWrite?: number;
  /** One transaction for everything (default), or one per group of shards; see the module comment. */
  commit?: 'once' | 'per-group';
  onShard?: (progress: BulkSeedProgress) => void;
}

export interface BulkSeedProgress {
  shard: string;
  done: number;
  total: number;
  tenures: number;
}

export interface BulkSeedResult {
  shards: number;
  tenures: number;
  citations: number;
  report: FactWriteReport;
  durationMs: number;
}

/** The shard folders under `root`, sorted; `root` itself when it has none. */
export async function findShards(root: string): Promise<string[]> {
  const entries = await readdir(root);
  const shards: string[] = [];
  for (const entry of entries.sort()) {
    if (/^shard-/.test(entry) && (await stat(path.join(root, entry))).isDirectory()) shards.push(path.join(root, entry));
  }
  return shards.length > 0 ? shards : [root];
}

/**
 * Validates and writes every shard under `root`: in one transaction (`commit: 'once'`,
 * the default), or one transaction per group of shards (`'per-group'`); see the
 * module comment for what each guarantees.
 */
export async function seedShards(executor: FactWriterExecutor & SchemaExecutor, root: string, options: BulkSeedOptions = {}): Promise<BulkSeedResult> {
  const started = performance.now();
  const shards = await findShards(root);
  const groups = chunks(shards, options.shardsPerWrite ?? 4);
  const vocabulary = options.vocabulary ?? path.join(root, 'roles.yaml');
  const load = async (group: string[]) =>
    combineFactSets(await Promise.all(group.map(async (shard) => (await loadFactSet([shard], { defaultVocabulary: vocabulary })).facts)));
  await assertGraphSchema(executor);

  const totals = { tenures: 0, citations: 0, report: undefined as FactWriteReport | undefined };
  const writeAll = async (write: (facts: FactSet, fresh: boolean) => Promise<FactWriteReport>, fresh: boolean) => {
    let next: Promise<FactSet> | undefined = load(groups[0]!);
    let done = 0;
    for (const [index, group] of groups.entries()) {
      const facts: FactSet = await next!;
      // Read ahead: the next group is parsed and validated while Neo4j writes this one.
      next = index + 1 < groups.length ? load(groups[index + 1]!) : undefined;
      next?.catch(() => {});
      const report = await write(facts, fresh);
      totals.report = totals.report ? addReports(totals.report, report) : report;
      totals.tenures += facts.tenures.length;
      totals.citations += facts.citations.length;
      done += group.length;
      options.onShard?.({ shard: path.basename(group.at(-1)!), done, total: shards.length, tenures: totals.tenures });
    }
  };
  const batchSize = options.batchSize ?? 1_000;
  let reset: FactWriteReport['reset'] = null;
  if ((options.commit ?? 'once') === 'once') {
    // The driver may retry the work after a transient failure: everything is read and counted afresh inside it.
    await executor.writeTransaction('seed.bulk', async (tx) => {
      Object.assign(totals, { tenures: 0, citations: 0, report: undefined });
      reset = options.reset ? await wipeGraphInTransaction(tx) : null;
      // The graph no longer mirrors the files a seed manifest names, and npm run seed must not mirror over it.
      await recordBulkLoad(tx);
      const fresh = await isGraphEmpty(tx);
      await writeAll((facts) => mergeFactSetInTransaction(tx, facts, { batchSize, fresh }), fresh);
    });
  } else {
    if (options.reset) reset = await executor.writeTransaction('seed.bulkReset', wipeGraphInTransaction);
    await executor.writeTransaction('seed.bulkMark', recordBulkLoad);
    const fresh = await executor.writeTransaction('seed.bulkIsEmpty', isGraphEmpty);
    await writeAll((facts) => executor.writeTransaction('seed.bulkGroup', (tx) => mergeFactSetInTransaction(tx, facts, { batchSize, fresh })), fresh);
  }
  const report = { ...totals.report!, reset };
  report.changed = report.changed || (reset?.nodes ?? 0) > 0;
  return { shards: shards.length, tenures: totals.tenures, citations: totals.citations, report, durationMs: performance.now() - started };
}

/** Shards are disjoint apart from the shared role vocabulary, so their FactSets simply add up. */
function combineFactSets(sets: readonly FactSet[]): FactSet {
  const [first, ...rest] = sets;
  const combined: FactSet = { ...first! };
  for (const set of rest) {
    for (const key of Object.keys(combined) as (keyof FactSet)[]) {
      if (key !== 'roles') (combined[key] as unknown[]) = [...combined[key], ...set[key]];
    }
  }
  return combined;
}

function addReports(a: FactWriteReport, b: FactWriteReport): FactWriteReport {
  return { nodes: addCounts(a.nodes, b.nodes), relationships: addCounts(a.relationships, b.relationships), reset: a.reset, changed: a.changed || b.changed };
}

function addCounts<K extends string>(a: Record<K, ChangeCounts>, b: Record<K, ChangeCounts>): Record<K, ChangeCounts> {
  const sum = {} as Record<K, ChangeCounts>;
  for (const key of Object.keys(a) as K[]) {
    sum[key] = {
      created: a[key].created + b[key].created,
      updated: a[key].updated + b[key].updated,
      unchanged: a[key].unchanged + b[key].unchanged,
      deleted: a[key].deleted + b[key].deleted,
    };
  }
  return sum;
}
