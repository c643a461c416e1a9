/**
 * npm run bench:load — a bounded load run on loopback against the seeded article:
 * the explorer's and dashboards' queries in a mix, at a concurrency that saturates
 * two cores, for a fixed time. Records throughput, latency, errors and the API's
 * memory growth to bench/results/load-latest.json.
 *
 * Memory growth compares the floor of the API's JavaScript heap in the first and last
 * 20 s of the run, after a 15 s warm-up (see heapGrowth). Exits non-zero on any error or on growth of 10 % or more.
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

/**
 * Growth of the live JavaScript heap over the measured run: the lowest heap use of
 * its last 20 one-second samples against the lowest of its first 20. Under load the
 * heap saws up and down with every collection, and resident memory more so (it swung
 * between 160 and 230 MiB without a trend in a 180 s run), so single samples or
 * resident memory mostly show where the collector happened to be; the floor after
 * collections is what a leak raises.
 */
function heapGrowth(samples: number[]): { start: number; end: number; percent: number } {
  const start = Math.min(...samples.slice(0, 20));
  const end = Math.min(...samples.slice(-20));
  return { start, end, percent: +(((end - start) / start) * 100).toFixed(1) };
}

/** The API's V8 heap in use, from its own /metrics (prom-client's default metrics). */
async function heapUsedBytes(apiUrl: string): Promise<number> {
  const text = await (await fetch(`${apiUrl}/metrics`)).text();
  return Number(/^rolegraph_nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
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
  const heapSamples: number[] = [];
  const sampler = setInterval(() => {
    samples.push(residentBytes(apiPid));
    void heapUsedBytes(bench.apiUrl).then((bytes) => heapSamples.push(bytes));
  }, 1000);
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
  const growth = heapGrowth(heapSamples);

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
      heapFloorFirst20sMiB: mib(growth.start),
      heapFloorLast20sMiB: mib(growth.end),
      growthPercent: growth.percent,
      rssBeforeMiB: mib(rssBefore),
      rssAfterMiB: mib(rssAfter),
      rssPeakMiB: mib(Math.max(...samples, rssAfter)),
      // One sample a second: a leak climbs to the end, a heap settling to its size levels off.
      heapUsedSamplesMiB: heapSamples.map(mib),
      rssSamplesMiB: samples.map(mib),
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
