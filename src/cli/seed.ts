/**
 * npm run seed -- [files or folders…] [--dry-run] [--reset]
 *
 * Validates the fact files (default: seeds/) and loads them into the Neo4j that
 * `npm start` uses, in one transaction. Exit code 0 when seeded (or, for a dry run,
 * valid), 1 when validation or the write failed (nothing written), 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectExecutor } from '../graph/createDriver.js';
import { defaultSeedPaths } from '../seed/defaultSeedPaths.js';
import { formatSeedResult } from '../seed/formatSeedResult.js';
import { seedGraph } from '../seed/seedGraph.js';
import { resolveNeo4j } from './resolveNeo4j.js';
import { runCommand } from './runCommand.js';

const usage = `Usage: npm run seed -- [files or folders…] [--dry-run] [--reset]

  files or folders  fact files (*.yaml) or folders holding them; default: seeds/
  --dry-run         validate and report what would change; write nothing
  --reset           delete everything in the graph first (in the same transaction)

The graph mirrors the files seeded: facts, citations and sources they no longer hold are
deleted (npm run seed:bulk, by contrast, never deletes).`;

/** Fact files at most this many rows seed in a blink; above it, progress is shown. */
const progressThreshold = 5_000;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, reset: { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals: paths } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }

  const config = loadConfig();
  const neo4j = await resolveNeo4j(config, (line) => console.error(line));
  const { executor, close } = connectExecutor({ ...neo4j, maxRetryMs: config.readRetryMs });
  try {
    const defaults = defaultSeedPaths();
    let lastShown = 0;
    const result = await seedGraph(executor, paths.length > 0 ? paths : [defaults.seeds], {
      defaultVocabulary: defaults.vocabulary,
      dryRun: values['dry-run'] ?? false,
      reset: values.reset ?? false,
      onProgress: ({ done, total }) => {
        if (total < progressThreshold || (done - lastShown < total / 20 && done < total)) return;
        lastShown = done;
        process.stderr.write(`  ${Math.round((done / total) * 100)} % (${done} of ${total} rows)\n`);
      },
    });
    console.log(formatSeedResult(result));
    return 0;
  } finally {
    await close();
  }
}

runCommand(main);
