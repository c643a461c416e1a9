import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import getPort from 'get-port';
import { loadDevelopmentConfig } from '../src/config.js';
import { isNeo4jReady } from '../src/graph/createDriver.js';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jConnection } from '../src/localNeo4j/LocalNeo4j.js';
import { projectRoot } from '../src/projectRoot.js';

/**
 * A Neo4j and an API of the benchmarks' own, beside any `npm start` or test run:
 * the `bench` instance on a free port, and the API as a separate process (as in
 * production), so its memory and CPU are measured apart from the load generator.
 */
export interface BenchEnvironment {
  neo4j: LocalNeo4jConnection;
  apiUrl: string;
  api: ChildProcess;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Runs a project command with the bench Neo4j's credentials; rejects on a non-zero exit. */
export async function runCommand(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', args, { cwd: projectRoot, env, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npx ${args.join(' ')} exited with ${code}`))));
  });
}

export async function startBenchEnvironment(options: { heapSize?: string; pageCacheSize?: string; seedArgs?: string[] } = {}): Promise<BenchEnvironment> {
  const neo4j = await startLocalNeo4j({
    instance: 'bench',
    boltPort: await getPort(),
    heapSize: options.heapSize ?? '1g',
    pageCacheSize: options.pageCacheSize ?? '1g',
    javaHome: loadDevelopmentConfig().javaHome,
    isReady: isNeo4jReady,
    log: (line) => console.log(`[bench neo4j] ${line}`),
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    SEED_ON_START: 'false',
  };
  await runCommand(['tsx', 'src/cli/seed.ts', ...(options.seedArgs ?? [])], env);

  const port = await getPort();
  const apiEnv = { ...env, HOST: '127.0.0.1', PORT: String(port) };
  const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env: apiEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  const apiUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${apiUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline || api.exitCode !== null) throw new Error('The API did not become ready within 60 s.');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    neo4j,
    apiUrl,
    api,
    env,
    async stop() {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
      if (neo4j.started) await stopLocalNeo4j('bench');
    },
  };
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/**
 * Asks one GraphQL query by POST, as a client without a cache would, and returns the
 * milliseconds until the answer was read. Throws when the answer has errors, no data,
 * or fails `check`: a benchmark must never time failures.
 */
export async function timeGraphql(url: string, query: string, check: (data: Record<string, unknown>) => boolean = () => true): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const ms = performance.now() - started;
  if (body.errors || !body.data || !check(body.data)) throw new Error(`${query.slice(0, 60)}… failed at ${url}: ${JSON.stringify(body)}`);
  return ms;
}

/** The `q` quantile of `times` (ms), e.g. 0.5 for the median. */
export function quantile(times: readonly number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** What every result file of the alternating benchmarks starts with: when, how, on what machine and load. */
export function runRecord(command: string, loadBefore: number) {
  return {
    date: new Date().toISOString(),
    command,
    graph: 'the seeded article (seeds/)',
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      loadAverageBefore: +loadBefore.toFixed(2),
      loadAverageAfter: +(os.loadavg()[0] ?? 0).toFixed(2),
    },
  };
}
