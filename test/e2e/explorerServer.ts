import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import getPort from 'get-port';
import { projectRoot } from '../../src/projectRoot.js';

export interface RunningApi {
  baseUrl: string;
  /** Stops the API process and waits until it has exited. */
  stop: () => Promise<void>;
}

interface StartApiOptions {
  neo4j: { uri: string; user: string; password: string };
  /** How long the API may take to seed and answer, in milliseconds. */
  timeoutMs: number;
  /** More of the API's environment, e.g. CORS_ORIGINS. */
  env?: NodeJS.ProcessEnv;
}

/** Runs one of rolegraph's entry points with tsx, as `npm run …` would. */
function runEntryPoint(file: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, file), ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Seeds the test Neo4j from scratch with `e2eSeedPaths` (the seeder's CLI with --reset), then
 * starts rolegraph's composition root as `npm start` does, on a free port, and waits
 * until it is ready and the seeded graph answers. Failures carry the processes' output.
 */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    NEO4J_URI: options.neo4j.uri,
    NEO4J_USER: options.neo4j.user,
    NEO4J_PASSWORD: options.neo4j.password,
    SEED_ON_START: 'false',
    ...options.env,
  };
  await seed(env);
  const port = await getPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = runEntryPoint('src/main.ts', [], { ...env, HOST: '127.0.0.1', PORT: String(port) });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilSeeded(baseUrl, child, options.timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- output of the API ---\n${output.join('')}`, { cause: error });
  }
  return { baseUrl, stop };
}

/**
 * What the browser tests read: the article in seeds/, made-up TEST sources that give
 * the graph a second source on the article's facts and what the article lacks (acting
 * and interim capacities, a span from a year to a month, a vacancy after the last holder),
 * and the made-up multi-source corpus (sources that disagree, rank, misname, and carry
 * partial publication dates).
 */
export const e2eSeedPaths = [
  'seeds',
  path.join('test', 'fixtures', 'seeds'),
  path.join('test', 'fixtures', 'e2e-seeds'),
  path.join('examples', 'multi-source'),
];

async function seed(env: NodeJS.ProcessEnv): Promise<void> {
  const child = runEntryPoint('src/cli/seed.ts', [...e2eSeedPaths, '--reset'], env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`Seeding the e2e graph failed (npm run seed -- ${e2eSeedPaths.join(' ')} --reset exited with ${code}):\n${output}`);
}

/** Polls until /readyz says Neo4j is reachable and the graph holds people, so seeding is done. */
async function waitUntilSeeded(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was ready.`);
    try {
      const ready = await fetch(`${baseUrl}/readyz`);
      if (ready.ok) {
        const response = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { people } }' }),
        });
        const body = (await response.json()) as { data?: { stats?: { people?: number } } };
        if ((body.data?.stats?.people ?? 0) > 0) return;
        last = `graph not seeded yet: ${JSON.stringify(body)}`;
      } else {
        last = `/readyz answered ${ready.status}`;
      }
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API at ${baseUrl} was not ready with a seeded graph within ${timeoutMs / 1000} s (${last}).`);
}
