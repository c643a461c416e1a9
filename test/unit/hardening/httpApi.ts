import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createApiServer, type ApiServerOptions } from '../../../src/api/createApiServer.js';
import type { DatabaseGauges } from '../../../src/api/metrics.js';
import type { Repositories } from '../../../src/api/Repositories.js';
import { fakeRepositories } from '../api/fakeRepositories.js';
import { miniArticle } from '../api/facts.js';

/** A parsed HTTP answer: status, headers and the raw body (JSON or not). */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/**
 * The real Express app of createApiServer, over fake repositories, listening on an
 * ephemeral loopback port: the hostile-input tests talk to it as an attacker would,
 * byte for byte. `logs` collects every log line the API wrote.
 */
export async function startHttpApi(
  options: { production: boolean; repositories?: Repositories; database?: DatabaseGauges } & Pick<
    ApiServerOptions,
    'corsOrigins' | 'cacheMaxAgeSeconds' | 'graphStateMaxAgeMs'
  >,
) {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const httpServer = createServer();
  const { database, repositories, production, ...http } = options;
  const { app, apollo, startDraining, graphState } = await createApiServer({
    repositories: repositories ?? fakeRepositories(miniArticle()),
    logger: pino({ level: 'info' }, sink),
    isDatabaseReady: async () => true,
    production,
    httpServer,
    ...(database ? { database } : {}),
    ...http,
  });
  await graphState.refresh();
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const send = async (init: RequestInit & { path?: string }): Promise<HttpAnswer> => {
    const response = await fetch(`${base}${init.path ?? '/graphql'}`, init);
    const text = await response.text();
    let json: HttpAnswer['json'];
    try {
      json = JSON.parse(text) as HttpAnswer['json'];
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  return {
    base,
    logs,
    send,
    /** POSTs one operation as JSON, as the explorer and the dashboards do. */
    post: (body: unknown, headers: Record<string, string> = {}) =>
      send({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    startDraining,
    graphState,
    stop: () => apollo.stop(),
  };
}

export type HttpApi = Awaited<ReturnType<typeof startHttpApi>>;
