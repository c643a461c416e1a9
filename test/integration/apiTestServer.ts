import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApiServer, type ApiServerOptions } from '../../src/api/createApiServer.js';
import { createRepositories } from '../../src/graph/createRepositories.js';
import type { Executor } from '../../src/graph/Executor.js';

/** A JSON-shaped answer, for reading fields in assertions. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The real app from createApiServer over the real repositories, listening on an
 * ephemeral loopback port: integration tests talk to it over HTTP as clients do.
 */
export async function startApiOverHttp(executor: Executor, options: Partial<Pick<ApiServerOptions, 'corsOrigins' | 'production'>> = {}) {
  const httpServer = createServer();
  const { app, apollo, graphState } = await createApiServer({
    repositories: createRepositories(executor),
    logger: pino({ level: 'silent' }),
    isDatabaseReady: async () => true,
    production: options.production ?? false,
    httpServer,
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
  });
  // The graph's version and list bounds, as the server would have read them a moment after starting.
  await graphState.refresh();
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  return {
    url,
    graphState,
    /** POSTs one operation and returns the parsed body; fails the test on a non-JSON answer. */
    async ask(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Json | null; errors?: Json[] }> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Json | null; errors?: Json[] };
    },
    /** Like `ask`, but fails on any error and returns the data. */
    async data(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
      const body = await this.ask(query, variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as Json;
    },
    stop: () => apollo.stop(),
  };
}
