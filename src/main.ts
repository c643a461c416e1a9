/**
 * The composition root of `npm start`: config -> Neo4j (local or external) -> seed ->
 * repositories -> API. Ctrl-C or SIGTERM drains the API and closes the driver; the
 * local Neo4j keeps running with its data (npm run db:stop stops it).
 */
import { createServer } from 'node:http';
import { createApiServer } from './api/createApiServer.js';
import { createLogger, type Logger } from './api/createLogger.js';
import { resolveNeo4j } from './cli/resolveNeo4j.js';
import { loadConfig } from './config.js';
import { BulkLoadedGraphError, DatabaseUnavailableError, RolegraphError } from './domain/errors.js';
import { connectExecutor, maxConnectionPoolSize } from './graph/createDriver.js';
import { createRepositories } from './graph/createRepositories.js';
import { assertGraphSchema, checkGraphSchema } from './graph/graphSchema.js';
import { reconciledFacts } from './graph/reconciledFacts.js';
import { defaultSeedPaths } from './seed/defaultSeedPaths.js';
import { summarizeSeedResult } from './seed/formatSeedResult.js';
import { seedGraph } from './seed/seedGraph.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat === 'auto' ? (process.stdout.isTTY ? 'pretty' : 'json') : config.logFormat);
  const neo4j = await resolveNeo4j(config, (line) => logger.info(line));
  const { driver, executor } = connectExecutor({ ...neo4j, maxRetryMs: config.readRetryMs });
  reconciledFacts.resize(config.factCacheBytes);
  // Seed (or check the schema) before the API listens: invalid fact files stop start-up
  // with their located problems. An unreachable Neo4j does not: the API serves anyway,
  // /readyz answers 503 and queries fail fast with DATABASE_UNAVAILABLE, while the
  // preparation is retried until Neo4j answers, so a database that starts after the API,
  // or restarts under it, never needs the API restarted.
  const prepareGraph = async () => {
    // A graph the seeder prepared is only checked, in reads, so the API can run as a
    // read-only database user; a graph without the schema gets it created.
    const checkSchema = () => checkGraphSchema(executor).catch(() => assertGraphSchema(executor));
    if (!config.seedOnStart) return checkSchema();
    const defaults = defaultSeedPaths();
    try {
      logger.info(summarizeSeedResult(await seedGraph(executor, [defaults.seeds], { defaultVocabulary: defaults.vocabulary })));
    } catch (error) {
      // A graph loaded in bulk is served as it is: seeding seeds/ over it would delete it.
      if (!(error instanceof BulkLoadedGraphError)) throw error;
      logger.warn(`Not seeding seeds/ on start: ${error.message}`);
      await checkSchema();
    }
  };
  const preparation = await prepareUntilReachable(prepareGraph, logger);
  const httpServer = createServer();
  const { app, apollo, startDraining } = await createApiServer({
    repositories: createRepositories(executor),
    logger,
    isDatabaseReady: async () => {
      if (!preparation.done) return false;
      await driver.verifyConnectivity({ database: neo4j.database });
      return true;
    },
    database: { statements: executor, maxPoolSize: maxConnectionPoolSize, reconciledFacts },
    production: config.env === 'production',
    corsOrigins: config.corsOrigins,
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    httpServer,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
  const base = `http://${config.http.host}:${config.http.port}`;
  const url = `${base}/graphql`;
  logger.info(
    { url, explorer: `${base}/`, ide: `${base}/graphiql`, neo4j: neo4j.uri, database: neo4j.database },
    `rolegraph API ready at ${url}; explorer at ${base}/, GraphQL IDE at ${base}/graphiql`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A stuck connection must not keep the process alive forever.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    preparation.stop();
    // Serve a moment longer, telling every client to close its connection: closing idle
    // keep-alive connections at once would cut off a request a client sent on one just
    // before the signal, which the server had not read yet. /readyz answers 503 meanwhile.
    startDraining();
    await new Promise((resolve) => setTimeout(resolve, shutdownGraceMs));
    await apollo.stop();
    await driver.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** How long a stopping API keeps serving, with `Connection: close`, before it stops taking connections. */
const shutdownGraceMs = 1_000;

/** Pause between two attempts to prepare the graph while Neo4j is unreachable. */
const preparationRetryMs = 2_000;

/**
 * Runs `prepare` now; if Neo4j is unreachable, keeps retrying it in the background and
 * returns at once. Any other failure (invalid fact files) is thrown, and stops start-up.
 */
async function prepareUntilReachable(prepare: () => Promise<void>, logger: Logger): Promise<{ readonly done: boolean; stop(): void }> {
  const state = { done: false, stopped: false, timer: undefined as NodeJS.Timeout | undefined };
  const attempt = async (): Promise<void> => {
    try {
      await prepare();
      state.done = true;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      logger.warn(`Neo4j is unreachable (${error.message}); serving anyway with /readyz at 503, retrying in ${preparationRetryMs / 1000} s.`);
      if (!state.stopped)
        state.timer = setTimeout(() => void attempt().catch((e: unknown) => logger.error({ err: e }, 'preparing the graph failed')), preparationRetryMs);
    }
  };
  await attempt();
  return {
    get done() {
      return state.done;
    },
    stop() {
      state.stopped = true;
      clearTimeout(state.timer);
    },
  };
}

main().catch((error: unknown) => {
  if (error instanceof RolegraphError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`The API port is already in use (${error.message}). Choose another with PORT=<port>, e.g. PORT=4001 npm start.`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
