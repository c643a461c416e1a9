import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, inject, vi } from 'vitest';
import getPort from 'get-port';
import { connectExecutor, isNeo4jReady } from '../../../src/graph/createDriver.js';
import { startLocalNeo4j, statusLocalNeo4j } from '../../../src/localNeo4j/LocalNeo4j.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { faultNeo4jSettings } from './faultSetup.js';

/**
 * How long a read may take to fail while Neo4j is down, with NEO4J_READ_RETRY_SECONDS
 * at its default of 5 s. The executor retries a read with doubling pauses (from 250 to
 * 500 ms) and never pauses past the window, so its last attempt starts within 5 s of the
 * first and ends within the driver's 3 s connection timeout: 8 s, with room for a loaded
 * machine.
 */
export const failureBoundMs = 10_000;

/** The fault tests' Neo4j (from faultSetup.ts), with ways to kill it and bring it back. */
export function faultNeo4j() {
  const neo4j = inject('faultNeo4j');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
  return {
    ...neo4j,
    /** The environment of an API or seeder process that uses this Neo4j. */
    env,
    /** An executor of the test's own, for checksums and counts. */
    connect() {
      return connectExecutor({ ...neo4j, database: 'neo4j', maxRetryMs: 5_000 });
    },
    /** SIGKILL, as the kernel's OOM killer or a pulled plug would; resolves once the process is gone. */
    async kill(): Promise<void> {
      const status = await statusLocalNeo4j(neo4j.instance);
      if (!status.pid) throw new Error('The fault Neo4j is not running.');
      process.kill(status.pid, 'SIGKILL');
      await vi.waitFor(() => expect(isAlive(status.pid ?? 0), 'the killed Neo4j to exit').toBe(false), 30_000);
    },
    /** Starts it again on the same port and waits until it answers. */
    async start(): Promise<void> {
      await startLocalNeo4j({ instance: neo4j.instance, boltPort: neo4j.boltPort, ...faultNeo4jSettings, isReady: isNeo4jReady });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A rolegraph entry point run as its own process, as `npm start` or `npm run seed` would. */
export interface RunningProcess {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr interleaved. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runEntryPoint(file: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, file), ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => chunks.join(''), exited };
}

/** The API (src/main.ts) on a free port; resolves once it listens (not necessarily ready). */
export async function startApiProcess(env: NodeJS.ProcessEnv) {
  const port = await getPort();
  const base = `http://127.0.0.1:${port}`;
  const api = runEntryPoint('src/main.ts', [], { ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' });
  let exitedEarly = false;
  void api.exited.then(() => (exitedEarly = true));
  await vi
    .waitFor(async () => expect(exitedEarly || (await fetch(`${base}/healthz`)).ok, 'the API to listen').toBe(true), 90_000)
    .catch((error: unknown) => {
      api.child.kill('SIGKILL');
      throw new Error(`${String(error)}\n${api.output().slice(-3000)}`);
    });
  if (exitedEarly) throw new Error(`The API exited instead of listening:\n${api.output().slice(-3000)}`);
  return {
    ...api,
    base,
    url: `${base}/graphql`,
    ready: async () => (await fetch(`${base}/readyz`)).status === 200,
    /** Stops it with `signal` and resolves with how it exited and how long that took. */
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      const started = performance.now();
      if (api.child.exitCode === null) api.child.kill(signal);
      const exit = await api.exited;
      return { ...exit, ms: performance.now() - started };
    },
  };
}
export type ApiProcess = Awaited<ReturnType<typeof startApiProcess>>;
