import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { LocalNeo4jError } from '../domain/errors.js';
import { generateInitialPassword, setInitialPassword } from './initialPassword.js';
import { neo4jJvmArguments, renderNeo4jConf, type LocalNeo4jSettings } from './neo4jConf.js';
import { instancePaths, type InstancePaths } from './paths.js';
import { ensureNeo4jJars, findJava, pinnedNeo4jVersion } from './runtime.js';

/** How to reach a running local instance. */
export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** True when this call started the server, false when it found one running. */
  started: boolean;
}

export interface StartOptions extends LocalNeo4jSettings {
  instance: string;
  /** The Java installation to run Neo4j with (JAVA_HOME, read by src/config.ts); undefined: `java` on the PATH. */
  javaHome: string | undefined;
  /**
   * Answers whether the server accepts authenticated queries. Supplied by the caller
   * (from src/graph) so that this module never needs the driver.
   */
  isReady: (uri: string, user: string, password: string) => Promise<boolean>;
  /** Gives up after this long; default 120 s. */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Root of the instance folders; default `.neo4j/` in the checkout. */
  root?: string;
}

interface InstanceState {
  pid: number;
  boltPort: number;
  httpPort?: number;
  version: string;
  startedAt: string;
}

const user = 'neo4j';

/**
 * Starts the instance or reuses it when it already runs, and resolves once it answers
 * authenticated queries on Bolt. Idempotent; a stale state file from a crashed run is
 * cleared. Fails with a one-paragraph LocalNeo4jError, never hangs past the timeout.
 */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4jConnection> {
  const log = options.log ?? (() => {});
  const paths = instancePaths(options.instance, options.root);
  const running = await readRunningState(paths);
  const password = await readPassword(paths);
  if (running && password !== undefined) {
    const uri = boltUri(running.boltPort);
    if (running.boltPort !== options.boltPort) {
      log(`Neo4j (${paths.name}) already runs on port ${running.boltPort}; reusing it (stop it to change the port).`);
    }
    await waitUntilReady(paths, running.pid, uri, password, options, logSizes(paths));
    return { uri, user, password, pid: running.pid, started: false };
  }

  const java = await findJava(options.javaHome);
  const libDir = await ensureNeo4jJars(log);
  await assertPortFree(options.boltPort, 'NEO4J_BOLT_PORT');
  if (options.httpPort !== undefined) await assertPortFree(options.httpPort, 'NEO4J_HTTP_PORT');

  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.plugins, paths.importDir]) {
    await mkdir(dir, { recursive: true });
  }
  await writeFile(path.join(paths.conf, 'neo4j.conf'), renderNeo4jConf(paths, libDir, options));
  const pw = password ?? (await setInitialPassword(paths, java, libDir, generateInitialPassword()));

  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  const logsBefore = logSizes(paths);
  const out = openSync(paths.consoleLog, 'a');
  const child = spawn(
    java,
    [
      ...neo4jJvmArguments(options),
      '-cp',
      // Plugins go on the class path too, as Neo4j's own launcher puts them: APOC registers its extensions there.
      `${paths.conf}:${path.join(libDir, '*')}:${path.join(paths.plugins, '*')}`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    { detached: true, stdio: ['ignore', out, out], env },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError(`Java could not be started (${java}).`);
  child.unref();
  const state: InstanceState = {
    pid,
    boltPort: options.boltPort,
    version: pinnedNeo4jVersion(),
    startedAt: new Date().toISOString(),
    ...(options.httpPort === undefined ? {} : { httpPort: options.httpPort }),
  };
  await writeFile(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  log(`Starting Neo4j ${state.version} (${paths.name}) on 127.0.0.1:${options.boltPort}, pid ${pid}...`);

  const uri = boltUri(options.boltPort);
  await waitUntilReady(paths, pid, uri, pw, options, logsBefore);
  return { uri, user, password: pw, pid, started: true };
}

/** Stops the instance if it runs (SIGTERM, then SIGKILL after the grace period); idempotent. */
export async function stopLocalNeo4j(instance: string, options: { root?: string; graceMs?: number } = {}): Promise<boolean> {
  const paths = instancePaths(instance, options.root);
  const running = await readRunningState(paths);
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM');
  const deadline = Date.now() + (options.graceMs ?? 60_000);
  while (isNeo4jProcess(running.pid) && Date.now() < deadline) await delay(200);
  if (isNeo4jProcess(running.pid)) {
    process.kill(running.pid, 'SIGKILL');
    while (isNeo4jProcess(running.pid)) await delay(100);
  }
  await rm(paths.stateFile, { force: true });
  return true;
}

export interface LocalNeo4jStatus {
  running: boolean;
  uri?: string;
  pid?: number;
  version?: string;
  startedAt?: string;
  home: string;
  logFile: string;
}

/** Reports whether the instance runs, and where. */
export async function statusLocalNeo4j(instance: string, options: { root?: string } = {}): Promise<LocalNeo4jStatus> {
  const paths = instancePaths(instance, options.root);
  const running = await readRunningState(paths);
  const base = { home: paths.home, logFile: path.join(paths.logs, 'neo4j.log') };
  if (!running) return { running: false, ...base };
  return { running: true, uri: boltUri(running.boltPort), pid: running.pid, version: running.version, startedAt: running.startedAt, ...base };
}

/** The password of an instance, for commands that connect to it; undefined before first start. */
export async function readPassword(paths: InstancePaths): Promise<string | undefined> {
  if (!existsSync(paths.passwordFile)) return undefined;
  return (await readFile(paths.passwordFile, 'utf8')).trim();
}

function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** The state file names a pid; it only counts if that pid is still a Neo4j of ours. */
async function readRunningState(paths: InstancePaths): Promise<InstanceState | undefined> {
  if (!existsSync(paths.stateFile)) return undefined;
  let state: InstanceState;
  try {
    state = JSON.parse(await readFile(paths.stateFile, 'utf8')) as InstanceState;
  } catch {
    state = { pid: -1, boltPort: 0, version: '', startedAt: '' };
  }
  if (state.pid > 0 && isNeo4jProcess(state.pid, paths.home)) return state;
  // Stale: the server crashed or the machine restarted. Neo4j recovers its store at next start.
  await rm(paths.stateFile, { force: true });
  return undefined;
}

/** True when pid is alive and is a Neo4j server (guards against a reused pid). */
function isNeo4jProcess(pid: number, home?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && (home === undefined || cmdline.includes(home));
  } catch {
    // No /proc (macOS): trust the signal check.
    return true;
  }
}

async function assertPortFree(port: number, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new LocalNeo4jError(
      `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. Another Neo4j (perhaps from ` +
        `another checkout) or another program holds it: stop it, or choose a free port with ${variable}=<port> ` +
        `(\`ss -ltnp 'sport = :${port}'\` shows who holds it).`,
    );
  }
}

async function waitUntilReady(
  paths: InstancePaths,
  pid: number,
  uri: string,
  password: string,
  options: StartOptions,
  logsBefore: Map<string, number>,
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (!isNeo4jProcess(pid)) {
      await rm(paths.stateFile, { force: true });
      throw new LocalNeo4jError(
        `Neo4j stopped during start-up. Its log says:\n${await logTail(paths, logsBefore)}\n` +
          `Full logs: ${path.join(paths.logs, 'neo4j.log')} and ${paths.consoleLog}.`,
      );
    }
    if (await options.isReady(uri, user, password)) return;
    await delay(250);
  }
  throw new LocalNeo4jError(
    `Neo4j (pid ${pid}) did not answer on ${uri} within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s. ` +
      `It is left running for diagnosis: see ${path.join(paths.logs, 'neo4j.log')}, and stop it with npm run db:stop.`,
  );
}

/** The lines the logs gained since `since` was taken, so a failed start shows its own cause. */
async function logTail(paths: InstancePaths, since: Map<string, number>): Promise<string> {
  const chunks: string[] = [];
  for (const file of logFiles(paths)) {
    if (!existsSync(file)) continue;
    const fresh = (await readFile(file))
      .subarray(since.get(file) ?? 0)
      .toString('utf8')
      .trimEnd();
    if (fresh) chunks.push(...fresh.split('\n').slice(-12));
  }
  return chunks.map((l) => `  ${l}`).join('\n') || '  (nothing)';
}

function logFiles(paths: InstancePaths): string[] {
  return [path.join(paths.logs, 'neo4j.log'), paths.consoleLog];
}

function logSizes(paths: InstancePaths): Map<string, number> {
  return new Map(logFiles(paths).map((file) => [file, existsSync(file) ? statSync(file).size : 0]));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
