/**
 * npm run seed -- [files or folders…] [--dry-run] [--reset]
 *
 * Validates the fact files (default: seeds/) and loads them into the Neo4j that
 * `npm start` uses, in one transaction. Exit code 0 when seeded (or, for a dry run,
 * valid), 1 when validation or the write failed (nothing written), 2 on bad usage.
 */
import { loadConfig } from '../config.js';
import { RolegraphError } from '../domain/errors.js';
import { createDriver } from '../graph/createDriver.js';
import { Executor } from '../graph/Executor.js';
import { defaultSeedPaths } from '../seed/defaultSeedPaths.js';
import { formatSeedResult } from '../seed/formatSeedResult.js';
import { seedGraph } from '../seed/seedGraph.js';
import { resolveNeo4j } from './resolveNeo4j.js';

const usage = `Usage: npm run seed -- [files or folders…] [--dry-run] [--reset]

  files or folders  fact files (*.yaml) or folders holding them; default: seeds/
  --dry-run         validate and report what would change; write nothing
  --reset           delete everything in the graph first (in the same transaction)`;

/** Fact files at most this many rows seed in a blink; above it, progress is shown. */
const progressThreshold = 5_000;

async function main(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--dry-run', '--reset', '--help'].includes(f));
  if (flags.has('--help') || unknown.length > 0) {
    if (unknown.length > 0) console.error(`Unknown option ${unknown.join(', ')}.`);
    console.error(usage);
    return flags.has('--help') && unknown.length === 0 ? 0 : 2;
  }
  const paths = args.filter((a) => !a.startsWith('--'));

  const config = loadConfig();
  const neo4j = await resolveNeo4j(config, (line) => console.error(line));
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxRetryMs: config.readRetryMs });
  try {
    const executor = new Executor(driver, { database: neo4j.database });
    const defaults = defaultSeedPaths();
    let lastShown = 0;
    const result = await seedGraph(executor, paths.length > 0 ? paths : [defaults.seeds], {
      defaultVocabulary: defaults.vocabulary,
      dryRun: flags.has('--dry-run'),
      reset: flags.has('--reset'),
      onProgress: ({ done, total }) => {
        if (total < progressThreshold || (done - lastShown < total / 20 && done < total)) return;
        lastShown = done;
        process.stderr.write(`  ${Math.round((done / total) * 100)} % (${done} of ${total} rows)\n`);
      },
    });
    console.log(formatSeedResult(result));
    return 0;
  } finally {
    await driver.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof RolegraphError ? error.message : error);
    process.exit(1);
  },
);
