import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedPaths } from '../../../src/seed/defaultSeedPaths.js';
import { countGraph, type GraphCounts } from '../../fixtures/graphSnapshot.js';
import { faultNeo4j, runEntryPoint } from './faultProcesses.js';
import { checksumGraph } from './seededApi.js';

/**
 * The seeder writes a whole fact base in one transaction. Killed (SIGKILL) at any
 * moment, from reading files to the commit, it leaves the graph as it was or complete;
 * run again, it gives the graph an uninterrupted run gives. Two seeders at once give
 * that same graph too, without duplicates.
 */

const neo4j = faultNeo4j();
const graph = neo4j.connect();
const seedEnv = { ...neo4j.env, LOG_LEVEL: 'warn' };
let generated: string;
const article = defaultSeedPaths().seeds;

interface GraphState {
  checksum: string;
  counts: GraphCounts;
}
const states: { old?: GraphState; complete?: GraphState } = {};

async function stateOfGraph(): Promise<GraphState> {
  return { checksum: await checksumGraph(graph.executor), counts: await countGraph(graph.executor) };
}

/** Runs `npm run seed -- <args>` to the end; fails the test with its output unless it exits 0. */
async function seed(...args: string[]): Promise<number> {
  const started = performance.now();
  const run = runEntryPoint('src/cli/seed.ts', args, seedEnv);
  const exit = await run.exited;
  if (exit.code !== 0) throw new Error(`seed ${args.join(' ')} exited ${exit.code}:\n${run.output().slice(-2000)}`);
  return performance.now() - started;
}

let uninterruptedMs = 0;

/** The furthest progress the seeder has printed, in per cent of rows written ("  35 % (…)"). */
function progressOf(output: string): number {
  return Math.max(0, ...[...output.matchAll(/^ {2}(\d+) % \(/gm)].map((m) => Number(m[1])));
}

beforeAll(async () => {
  generated = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-generated-'));
  // The scale work's synthetic fact base at 1,000 tenures: several seconds of seeding,
  // and enough rows (over 5,000) for the seeder to print its progress.
  const generate = runEntryPoint('src/cli/generate.ts', ['--tenures', '1000', '--out', generated], seedEnv);
  expect(await generate.exited, generate.output()).toMatchObject({ code: 0 });
  await seed('--reset', article);
  states.old = await stateOfGraph();
  uninterruptedMs = await seed(generated);
  states.complete = await stateOfGraph();
  await seed('--reset', article);
}, 240_000);
afterAll(async () => {
  await graph.close();
  await rm(generated, { recursive: true, force: true });
});

describe('the seeder killed at random points', () => {
  it('leaves the old graph or the complete new one, never a part', async () => {
    expect(states.complete?.counts.nodes).toBeGreaterThan((states.old?.counts.nodes ?? 0) + 2000);
    // While it starts and reads the files (by time), then at points of the write
    // transaction (by the progress it prints), up to its last batch before the commit.
    const killPoints = ['after 300 ms', 'after 1500 ms', ...[5, 30, 55, 80, 100].map((p) => `at ${p} %`)];
    const outcomes: string[] = [];
    for (const point of killPoints) {
      const run = runEntryPoint('src/cli/seed.ts', [generated], seedEnv);
      const ms = /^after (\d+) ms$/.exec(point)?.[1];
      if (ms) await new Promise((resolve) => setTimeout(resolve, Number(ms)));
      else
        await expect
          .poll(() => progressOf(run.output()), { timeout: 120_000, message: `the seeder to report ${point}` })
          .toBeGreaterThanOrEqual(Number(point.slice(3, -2)));
      run.child.kill('SIGKILL');
      await run.exited;
      const after = await checksumGraph(graph.executor);
      const outcome = after === states.old?.checksum ? 'old' : after === states.complete?.checksum ? 'complete' : 'PARTIAL';
      outcomes.push(`${point}: ${outcome}`);
      expect(outcome, `killed ${point}`).not.toBe('PARTIAL');
      if (outcome === 'complete') await seed('--reset', article);
    }
    console.log(`seeder killed ${outcomes.join(', ')} (an uninterrupted run takes ${Math.round(uninterruptedMs)} ms)`);
  });

  it('gives, run again to the end, the graph of an uninterrupted run: same counts, same checksum', async () => {
    await seed(generated);
    expect(await stateOfGraph()).toEqual(states.complete);
  });
});

describe('two seeders at once', () => {
  it('both finish, and the graph is the one a single run gives, without duplicates', async () => {
    await seed('--reset', article);
    await Promise.all([seed(generated), seed(generated)]);
    expect(await stateOfGraph()).toEqual(states.complete);
    const [duplicates] = await graph.executor.read({
      name: 'test.duplicateKeys',
      cypher: 'MATCH (n) WITH labels(n) AS labels, coalesce(n.id, n.key, n.path) AS key, count(*) AS copies WHERE copies > 1 RETURN count(*) AS duplicated',
    });
    expect(duplicates?.duplicated).toBe(0);
  });
});
