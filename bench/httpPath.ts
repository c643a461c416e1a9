/**
 * npm run bench:http — what rolegraph's HTTP path costs: the same Apollo schema and
 * repositories behind (a) rolegraph's Express app (compression, CORS, the CSRF guard,
 * conditional GET, metrics, the JSON body limit; what `npm start` serves) and (b)
 * Apollo's own `node:http` integration (`startStandaloneServer`, none of those), both
 * in this process over one driver to a seeded article. Requests alternate between the
 * two, one at a time over loopback, after a warm-up; the ratios of their medians are
 * the figures. Writes bench/results/http-latest.json.
 *
 * Options: --requests N per question and way (default 400), --warmup N (default 100).
 */
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStandaloneServer } from '@apollo/server/standalone';
import getPort from 'get-port';
import { createApiServer } from '../src/api/createApiServer.js';
import { createApollo } from '../src/api/createApollo.js';
import { createContext } from '../src/api/context.js';
import { createLogger } from '../src/api/createLogger.js';
import { createDriver } from '../src/graph/createDriver.js';
import { createRepositories } from '../src/graph/createRepositories.js';
import { Executor } from '../src/graph/Executor.js';
import { projectRoot } from '../src/projectRoot.js';
import { quantile, runRecord, startBenchEnvironment, timeGraphql } from './benchEnvironment.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' }, warmup: { type: 'string', default: '100' } } });
const requests = Number(values.requests);
const warmup = Number(values.warmup);

const questions = {
  typename: '{ __typename }',
  holders: 'query Holders { holders(organization: "kl-digital", role: "managing-director", at: "2022-03-01") { certainty tenure { id person { name } } } }',
  person: 'query Person { person(id: "ilona-benz") { name tenures { id start { value } end { value } post { role { key } } } } }',
};
type Question = keyof typeof questions;
const ways = ['express', 'standalone'] as const;
type Way = (typeof ways)[number];

const ask = (url: string, question: Question) => timeGraphql(url, questions[question]);
const median = (times: number[]) => quantile(times, 0.5);

const bench = await startBenchEnvironment({ heapSize: '512m', pageCacheSize: '256m' });
const driver = createDriver({ uri: bench.neo4j.uri, user: bench.neo4j.user, password: bench.neo4j.password, maxRetryMs: 5_000 });
const repositories = createRepositories(new Executor(driver, { database: 'neo4j' }));
const logger = createLogger('warn', 'json');
const httpServer: Server = createServer();
const express = await createApiServer({ repositories, logger, isDatabaseReady: async () => true, production: true, httpServer });
httpServer.on('request', express.app);
const expressPort = await getPort();
await new Promise<void>((resolve) => httpServer.listen(expressPort, '127.0.0.1', resolve));
const standaloneApollo = createApollo({ production: true });
const standalone = await startStandaloneServer(standaloneApollo, {
  listen: { port: await getPort(), host: '127.0.0.1' },
  context: async () => createContext(repositories, logger),
});
const urls: Record<Way, string> = { express: `http://127.0.0.1:${expressPort}/graphql`, standalone: standalone.url };

try {
  for (let i = 0; i < warmup; i += 1) for (const question of Object.keys(questions) as Question[]) for (const way of ways) await ask(urls[way], question);
  const times = Object.fromEntries((Object.keys(questions) as Question[]).map((q) => [q, { express: [] as number[], standalone: [] as number[] }])) as Record<
    Question,
    Record<Way, number[]>
  >;
  const loadBefore = os.loadavg()[0] ?? 0;
  for (let i = 0; i < requests; i += 1) {
    for (const question of Object.keys(questions) as Question[]) {
      // Alternating which way goes first keeps any drift of the machine out of the ratio.
      for (const way of i % 2 === 0 ? ways : [...ways].reverse()) times[question][way].push(await ask(urls[way], question));
    }
  }
  const figures = Object.fromEntries(
    (Object.keys(questions) as Question[]).map((q) => {
      const expressMs = median(times[q].express);
      const standaloneMs = median(times[q].standalone);
      return [
        q,
        { expressP50Ms: +expressMs.toFixed(3), standaloneP50Ms: +standaloneMs.toFixed(3), expressOverStandalone: +(expressMs / standaloneMs).toFixed(2) },
      ];
    }),
  );
  const result = {
    ...runRecord(`npm run bench:http -- --requests ${requests} --warmup ${warmup}`, loadBefore),
    requestsPerQuestionAndWay: requests,
    questions: figures,
  };
  writeFileSync(path.join(projectRoot, 'bench', 'results', 'http-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await standaloneApollo.stop();
  await express.apollo.stop();
  httpServer.close();
  await driver.close();
  await bench.stop();
}
