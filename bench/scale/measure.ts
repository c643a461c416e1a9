import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { AskedWay } from './keyQueries.js';

/** How long to ask, and how long to ask before measuring (JIT, plan caches, pools); 5 s unless given. */
export interface MeasureOptions {
  connections: number;
  seconds: number;
  warmUpSeconds?: number;
  /** Ask this many times instead of for `seconds` (the warm-up pass: every parameter set once). */
  answers?: number;
  /** Called between the warm-up and the measurement, e.g. to read the API's counters. */
  beforeMeasuring?: () => Promise<void>;
}

/** Latency percentiles (ms) and throughput (requests per second) of one way of asking. */
export interface Measurement {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/**
 * Asks over HTTP on loopback with autocannon at a fixed concurrency, rotating through
 * the sampled parameters; a reply with GraphQL errors counts as an error.
 */
export async function measureHttp(url: string, way: AskedWay, options: MeasureOptions): Promise<Measurement> {
  let next = 0;
  let errors = 0;
  const request = {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify({ query: way.query, variables: way.variables(next++) }) }),
    onResponse: (status: number, body: string) => {
      if (status !== 200 || body.includes('"errors"')) errors += 1;
    },
  };
  const warmUp = options.warmUpSeconds ?? 5;
  if (warmUp > 0) await autocannon({ url, connections: options.connections, duration: warmUp, requests: [request] });
  await options.beforeMeasuring?.();
  errors = 0;
  const length = options.answers === undefined ? { duration: options.seconds } : { amount: options.answers };
  const result = await autocannon({ url, connections: options.connections, ...length, requests: [request] });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    errors: errors + result.errors + result.non2xx,
  };
}

/**
 * The floor: the hand-written Cypher through neo4j-driver in this process, with the
 * same concurrency as the HTTP runs (that many loops, each one query at a time), each
 * query an auto-commit READ (`session.run`: one round trip, the driver's cheapest path,
 * which rolegraph's reads take too; `executeQuery` adds BEGIN and COMMIT).
 */
export async function measureFloor(driver: Driver, way: AskedWay, options: MeasureOptions): Promise<Measurement> {
  let next = 0;
  let errors = 0;
  let remaining = Number.POSITIVE_INFINITY;
  const run = async (until: number, latencies: number[] | null) => {
    while (performance.now() < until && remaining-- > 0) {
      const started = performance.now();
      try {
        const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
        try {
          await session.run(way.query, way.variables(next++));
        } finally {
          await session.close();
        }
      } catch {
        errors += 1;
      }
      latencies?.push(performance.now() - started);
    }
  };
  const loops = (seconds: number, latencies: number[] | null) => {
    const until = performance.now() + seconds * 1000;
    return Promise.all(Array.from({ length: options.connections }, () => run(until, latencies)));
  };
  await loops(options.warmUpSeconds ?? 5, null);
  await options.beforeMeasuring?.();
  errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  if (options.answers !== undefined) remaining = options.answers;
  await loops(options.answers === undefined ? options.seconds : Number.POSITIVE_INFINITY, latencies);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return { p50: round(percentile(50)), p99: round(percentile(99)), rps: round(latencies.length / elapsed), requests: latencies.length, errors };
}

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** The CPU time a process has used so far (user and system, from /proc), in ms. */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond) * 1000;
}

/** This process's CPU time so far, in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The CPU of some processes (each read by a function giving its ms so far) between
 * `start()` and `perAnswer(answers)`, in ms per answer.
 */
export function cpuMeter<K extends string>(readers: Record<K, () => number>) {
  const keys = Object.keys(readers) as K[];
  let started = {} as Record<K, number>;
  return {
    start: () => {
      started = Object.fromEntries(keys.map((key) => [key, readers[key]()])) as Record<K, number>;
    },
    perAnswer: (answers: number) => Object.fromEntries(keys.map((key) => [key, round((readers[key]() - started[key]) / answers)])) as Record<K, number>,
  };
}

/** What an API's cache of reconciled facts counted, read from its /metrics. */
export interface FactCacheCounts {
  hits: number;
  misses: number;
}

export async function readFactCacheCounts(metricsUrl: string): Promise<FactCacheCounts> {
  const text = await (await fetch(metricsUrl)).text();
  const count = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { hits: count('rolegraph_fact_cache_hits_total'), misses: count('rolegraph_fact_cache_misses_total') };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Waits until Neo4j runs no query but this one, terminating what is left: a load run
 * stops asking when its time is up, but Neo4j finishes what was already asked, and the
 * peer's deep pages take seconds each, so without this the next way measured would share
 * Neo4j with them.
 */
export async function settleNeo4j(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery
       WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT currentQuery STARTS WITH 'TERMINATE TRANSACTIONS'
       RETURN collect(transactionId) AS running`,
      {},
      { database: 'neo4j' },
    );
    const running = (records[0]?.get('running') as string[] | undefined) ?? [];
    if (running.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Neo4j still runs ${running.length} transactions after ${timeoutMs / 1000} s.`);
    await driver.executeQuery('TERMINATE TRANSACTIONS $running', { running }, { database: 'neo4j' }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
