/**
 * npm run bench:start -- [--runs N] [--bolt-port P] [--http-port P]
 *
 * Times, in this checkout, what a returning user waits for, N times each (default 3):
 *
 * - `npm start` with the local Neo4j stopped and no fact file changed: from the command
 *   to the API's log line that it is ready (Neo4j's start, the seed, the API);
 * - `npm run seed` with nothing changed, against the running local Neo4j: the whole
 *   command, and the seed's own time as it reports it.
 *
 * The first `npm start` seeds whatever the graph lacks and is not counted. The local
 * Neo4j runs on the given ports (defaults 7787 and 7574, away from a developer's own).
 * Prints one JSON object; nothing is written.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import { projectRoot } from '../src/projectRoot.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'bolt-port': { type: 'string', default: '7787' }, 'http-port': { type: 'string', default: '7574' } },
});
const runs = Number(values.runs);
const apiPort = String(await getPort());
const env = {
  ...process.env,
  NEO4J_BOLT_PORT: values['bolt-port'],
  NEO4J_HTTP_PORT: values['http-port'],
  PORT: apiPort,
  LOG_FORMAT: 'json',
  LOG_LEVEL: 'info',
};

/** Runs `npm run <script>` to its end; resolves with its output and how long it took. */
function npmRun(script: string): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve({ ms: performance.now() - started, output }) : reject(new Error(`npm run ${script} exited with ${code}:\n${output}`)),
    );
  });
}

/** Starts `npm start`, resolves when the API logs that it is ready, then stops it; rejects if it exits first. */
function timeStart(): Promise<{ ms: number; seedLine: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('rolegraph API ready')) return;
      const ms = performance.now() - started;
      child.stdout.off('data', onData);
      child.once('exit', () => resolve({ ms, seedLine: /"msg":"(Seed:[^"]*)"/.exec(output)?.[1] ?? '' }));
      process.kill(-child.pid!, 'SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      if (!output.includes('rolegraph API ready')) reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`));
    });
  });
}

const round = (ms: number) => Math.round(ms);
await npmRun('db:stop');
const first = await timeStart();
const starts: { ms: number; seedLine: string }[] = [];
for (let i = 0; i < runs; i++) {
  await npmRun('db:stop');
  starts.push(await timeStart());
}
const seeds: { ms: number; reported: string }[] = [];
for (let i = 0; i < runs; i++) {
  const { ms, output } = await npmRun('seed');
  seeds.push({ ms, reported: /in ([\d.]+ s)/.exec(output)?.[1] ?? '' });
}
await npmRun('db:stop');
console.log(
  JSON.stringify(
    {
      firstStartMs: round(first.ms),
      startFromStoppedMs: starts.map((s) => round(s.ms)),
      startSeedLines: starts.map((s) => s.seedLine),
      seedNoChangeCommandMs: seeds.map((s) => round(s.ms)),
      seedNoChangeReported: seeds.map((s) => s.reported),
    },
    null,
    2,
  ),
);
