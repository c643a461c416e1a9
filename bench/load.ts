/**
 * npm run bench:load — a bounded load run on loopback against the seeded article:
 * the explorer's and dashboards' queries in a mix, at a concurrency that saturates
 * two cores, for a fixed time. Records throughput, latency, errors and the API's
 * memory growth to bench/results/load-latest.json.
 *
 * Memory growth compares the medians of the first and last ten seconds of the run,
 * after a 15 s warm-up. Exits non-zero on any error or on growth of 10 % or more.
 *
 * Options: --seconds N (default 60), --connections N (default 16).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectRoot } from '../src/projectRoot.js';
import { articleQueries } from './articleQueries.js';
import { residentBytes, startBenchEnvironment } from './benchEnvironment.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmupSeconds = 15;

const mib = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Growth of resident memory over the measured run: the median of its last ten
 * one-second samples against the median of its first ten. A leak grows with every
 * request and shows; a single sample at either end would mostly show where the
 * garbage collector happened to be.
 */
function memoryGrowth(samples: number[]): { start: number; end: number; percent: number } {
  const start = median(samples.slice(0, 10));
  const end = median(samples.slice(-10));
  return { start, end, percent: +(((end - start) / start) * 100).toFixed(1) };
}

const bench = await startBenchEnvironment();
try {
  const apiPid = bench.api.pid ?? 0;
  const requests = articleQueries.map((q) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables ?? {}, operationName: q.name }),
  }));

  // Warm up (JIT, connection pool, Neo4j's page cache and query plans), then measure.
  await autocannon({ url: bench.apiUrl, connections, duration: warmupSeconds, requests });
  const rssBefore = residentBytes(apiPid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(residentBytes(apiPid)), 1000);
  const loadBefore = os.loadavg()[0] ?? 0;

  let bodyErrors = 0;
  const result = await autocannon({
    url: bench.apiUrl,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({
      ...r,
      onResponse: (status: number, body: string) => {
        if (status !== 200 || body.includes('"errors"')) bodyErrors += 1;
      },
    })),
  });
  clearInterval(sampler);
  const rssAfter = residentBytes(apiPid);
  const growth = memoryGrowth(samples);

  const figures = {
    kind: 'load',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
    seconds,
    warmupSeconds,
    connections,
    queries: articleQueries.map((q) => q.name),
    requests: result.requests.total,
    rps: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts + result.non2xx + bodyErrors,
    detail: { transportErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: bodyErrors },
    apiMemory: {
      rssBeforeMiB: mib(rssBefore),
      rssAfterMiB: mib(rssAfter),
      rssPeakMiB: mib(Math.max(...samples, rssAfter)),
      firstTenSecondsMedianMiB: mib(growth.start),
      lastTenSecondsMedianMiB: mib(growth.end),
      growthPercent: growth.percent,
    },
    // Other work on the machine competes for its two cores and shows in the latencies.
    machineLoadAverage: { before: +loadBefore.toFixed(2), after: +(os.loadavg()[0] ?? 0).toFixed(2) },
  };
  const file = path.join(projectRoot, 'bench', 'results', 'load-latest.json');
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify(figures, null, 2));
  console.log(`written to ${path.relative(projectRoot, file)}`);
  if (figures.errors > 0 || figures.apiMemory.growthPercent >= 10) process.exitCode = 1;
} finally {
  await bench.stop();
}
