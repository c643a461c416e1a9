import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { bodyErrorHandler } from './bodyErrors.js';
import { createContext, type ApiContext } from './context.js';
import { createApollo } from './createApollo.js';
import type { Logger } from './createLogger.js';
import { ApiMetrics, type DatabaseGauges } from './metrics.js';
import { observeOperationsPlugin } from './observeOperations.js';
import type { Repositories } from './Repositories.js';
import { lookupEntities, serveExplorer } from './serveExplorer.js';

export interface ApiServerOptions {
  repositories: Repositories;
  logger: Logger;
  /** Answers /readyz: whether Neo4j can be reached right now. */
  isDatabaseReady: () => Promise<boolean>;
  production: boolean;
  /** The HTTP server the app will be mounted on, so shutdown drains its connections. */
  httpServer: Server;
  /** The executor's statements and pool, for /metrics; absent over fake repositories. */
  database?: DatabaseGauges;
}

export interface ApiServer {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  metrics: ApiMetrics;
  /**
   * The first step of a shutdown: from now on every response asks its client to close
   * the connection, and /readyz answers 503, while requests are still served. Call
   * `apollo.stop()` a moment later to stop taking connections and drain the rest.
   */
  startDraining: () => void;
}

/** Largest request body accepted; bigger ones get 413 before any parsing work. */
export const maxBodyBytes = 100 * 1024;

/**
 * Builds the Express app: GraphQL at /graphql, liveness at /healthz, readiness
 * (Neo4j reachable) at /readyz, Prometheus metrics at /metrics. Call `apollo.stop()`
 * to shut down cleanly.
 */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const metrics = new ApiMetrics(options.database);
  const apollo = createApollo({
    production: options.production,
    // Apollo's own landing page loads from a CDN; the bundled IDE at /graphiql replaces it.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      observeOperationsPlugin(metrics),
      { serverWillStart: async () => ({ serverWillStop: async () => metrics.detach() }) },
    ],
  });
  await apollo.start();

  let draining = false;
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    if (draining) res.setHeader('connection', 'close');
    next();
  });
  app.use(metrics.httpMiddleware());
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = !draining && (await options.isDatabaseReady().catch(() => false));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', neo4j: ready ? 'reachable' : 'unreachable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async () => createContext(options.repositories, options.logger),
    }),
  );
  app.use('/graphql', bodyErrorHandler(options.logger, maxBodyBytes));
  serveExplorer(app, { lookup: lookupEntities(options.repositories) });
  return {
    app,
    apollo,
    metrics,
    startDraining: () => {
      draining = true;
    },
  };
}
