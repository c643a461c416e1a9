/**
 * npm run seed:bulk -- DIR [--reset] [--commit once|per-group] [--json]
 *
 * Validates and loads a sharded fact base (as `npm run generate` writes it) into the
 * Neo4j that `npm start` uses, or NEO4J_URI; by default in one transaction, so the graph
 * afterwards is the old one or holds everything (see src/seed/seedShards.ts). Exit code 0 when seeded, 1 when validation or
 * the write failed (nothing written), 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createDriver } from '../graph/createDriver.js';
import { Executor } from '../graph/Executor.js';
import { seedShards } from '../seed/seedShards.js';
import { resolveNeo4j } from './resolveNeo4j.js';
import { runCommand } from './runCommand.js';

const usage = `Usage: npm run seed:bulk -- DIR [--reset] [--commit once|per-group] [--json]

  DIR       a folder of shard folders (shard-00000/, …) and roles.yaml, e.g. from npm run generate
  --reset   delete everything in the graph first
  --commit  once (default): one transaction, the graph is the old one or holds everything;
            per-group: a transaction per 4 shards, flat server memory, a stopped seed is
            completed by running it again
  --json    print the result as one JSON line (for the benchmarks)

It merges and never deletes: facts DIR does not hold stay in the graph unless --reset
is given (npm run seed, by contrast, deletes what its files no longer hold).`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { reset: { type: 'boolean' }, commit: { type: 'string', default: 'once' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.commit !== 'once' && values.commit !== 'per-group') {
    console.error(`--commit must be once or per-group, not ${JSON.stringify(values.commit)}.\n\n${usage}`);
    return 2;
  }
  if (values.help || positionals.length !== 1) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const neo4j = await resolveNeo4j(config, (line) => console.error(line));
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxRetryMs: config.readRetryMs });
  try {
    const executor = new Executor(driver, { database: neo4j.database });
    const result = await seedShards(executor, positionals[0]!, {
      reset: values.reset ?? false,
      commit: values.commit,
      onShard: ({ shard, done, total, tenures }) => process.stderr.write(`  ${shard}: ${done} of ${total} shards, ${tenures} tenures\n`),
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
    await driver.close();
  }
}

runCommand(main);
