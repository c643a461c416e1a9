/**
 * npm run seed:bulk -- DIR [--reset] [--commit once|per-group | --import] [--json]
 *
 * Validates and loads a sharded fact base (as `npm run generate` writes it) into the
 * Neo4j that `npm start` uses, or NEO4J_URI; by default in one transaction, so the graph
 * afterwards is the old one or holds everything (see src/seed/seedShards.ts). With
 * --import, into the project's local Neo4j through neo4j-admin's offline importer
 * (src/cli/offlineSeed.ts). Exit code 0 when seeded, 1 when validation or the write
 * failed (nothing written), 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectExecutor } from '../graph/createDriver.js';
import { seedShards, type BulkSeedProgress } from '../seed/seedShards.js';
import type { Config } from '../config.js';
import { seedOffline } from './offlineSeed.js';
import { mainInstance, resolveNeo4j } from './resolveNeo4j.js';
import { runCommand } from './runCommand.js';

const usage = `Usage: npm run seed:bulk -- DIR [--reset] [--commit once|per-group | --import] [--json]

  DIR       a folder of shard folders (shard-00000/, …) and roles.yaml, e.g. from npm run generate
  --reset   delete everything in the graph first
  --commit  once (default): one transaction, the graph is the old one or holds everything;
            per-group: a transaction per 4 shards, flat server memory, a stopped seed is
            completed by running it again
  --import  the fastest initial load, into the project's local Neo4j only: validate every
            shard and write it as CSV, then stop Neo4j, load it with neo4j-admin database
            import, start Neo4j again. Refused when the graph holds facts, unless --reset
            (the old database is kept aside until the import completes)
  --json    print the result as one JSON line (for the benchmarks)

It merges and never deletes: facts DIR does not hold stay in the graph unless --reset
is given (npm run seed, by contrast, deletes what its files no longer hold).`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        reset: { type: 'boolean' },
        commit: { type: 'string' },
        import: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.import && values.commit !== undefined) {
    console.error(`--import loads everything at once; it takes no --commit.\n\n${usage}`);
    return 2;
  }
  values.commit ??= 'once';
  if (values.commit !== 'once' && values.commit !== 'per-group') {
    console.error(`--commit must be once or per-group, not ${JSON.stringify(values.commit)}.\n\n${usage}`);
    return 2;
  }
  if (values.help || positionals.length !== 1) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const onShard = ({ shard, done, total, tenures }: BulkSeedProgress) => process.stderr.write(`  ${shard}: ${done} of ${total} shards, ${tenures} tenures\n`);
  if (values.import) return importOffline(config, positionals[0]!, { replace: values.reset ?? false, json: values.json ?? false, onShard });
  const neo4j = await resolveNeo4j(config, (line) => console.error(line));
  const { executor, close } = connectExecutor({ ...neo4j, maxRetryMs: config.readRetryMs });
  try {
    const result = await seedShards(executor, positionals[0]!, {
      reset: values.reset ?? false,
      commit: values.commit,
      onShard,
    });
    const seconds = result.durationMs / 1000;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    const created = Object.values(result.report.nodes).reduce((n, c) => n + c.created, 0);
    const unchanged = Object.values(result.report.nodes).reduce((n, c) => n + c.unchanged, 0);
    const figures = {
      shards: result.shards,
      tenures: result.tenures,
      citations: result.citations,
      seconds,
      tenuresPerSecond: result.tenures / seconds,
      peakRssMiB,
      nodesCreated: created,
      nodesUnchanged: unchanged,
    };
    console.log(
      values.json
        ? JSON.stringify(figures)
        : `Seeded ${result.tenures} tenures (${result.citations} citations) from ${result.shards} shards (${values.commit === 'once' ? 'one transaction' : 'a transaction per group'}) in ${seconds.toFixed(1)} s: ` +
            `${Math.round(figures.tenuresPerSecond)} tenures/s, peak memory ${peakRssMiB.toFixed(0)} MiB; ${created} nodes created, ${unchanged} unchanged.`,
    );
    return 0;
  } finally {
    await close();
  }
}

async function importOffline(
  config: Config,
  root: string,
  options: { replace: boolean; json: boolean; onShard: (progress: BulkSeedProgress) => void },
): Promise<number> {
  const target = config.neo4j;
  if (target.kind === 'external') {
    console.error(
      `--import loads the project's local Neo4j, whose database it replaces while the server is stopped; NEO4J_URI names a server of its own. ` +
        `Seed it without --import, or run neo4j-admin database import on its machine.\n\n${usage}`,
    );
    return 2;
  }
  const log = (line: string) => console.error(line);
  const result = await seedOffline(
    root,
    {
      instance: mainInstance,
      database: target.database,
      importerHeap: target.heapSize,
      javaHome: target.javaHome,
      connect: async () => connectExecutor({ ...(await resolveNeo4j(config, log)), maxRetryMs: config.readRetryMs }),
    },
    { replace: options.replace, onShard: options.onShard, log },
  );
  const figures = { ...result, tenuresPerSecond: result.tenures / result.seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  console.log(
    options.json
      ? JSON.stringify(figures)
      : `Imported ${result.tenures} tenures (${result.citations} citations) from ${result.shards} shards in ${result.seconds.toFixed(1)} s: ` +
          `${Math.round(figures.tenuresPerSecond)} tenures/s (validation and CSV ${result.exportSeconds.toFixed(1)} s, neo4j-admin import ${result.importSeconds.toFixed(1)} s, ` +
          `constraints and indexes ${result.indexSeconds.toFixed(1)} s), peak memory ${figures.peakRssMiB.toFixed(0)} MiB.`,
  );
  return 0;
}

runCommand(main);
