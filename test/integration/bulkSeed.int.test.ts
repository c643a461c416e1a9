import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BulkLoadedGraphError } from '../../src/domain/errors.js';
import { projectRoot } from '../../src/projectRoot.js';
import { defaultSeedPaths } from '../../src/seed/defaultSeedPaths.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { writeFactSet } from '../../src/graph/FactWriter.js';
import { loadFactSet } from '../../src/seed/loadFactSet.js';
import { findShards, seedShards } from '../../src/seed/seedShards.js';
import { generateDataset } from '../../src/synthetic/generateDataset.js';
import { snapshotGraph } from '../fixtures/graphSnapshot.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
let root: string;
const small = () => path.join(root, 'small');
const bigger = () => path.join(root, 'bigger');

const countTenures = async () => Number((await graph.executor.read({ name: 'test.countTenures', cypher: 'MATCH (t:Tenure) RETURN count(t) AS n' }))[0]?.n);
const openSeeds = async () =>
  Number(
    (
      await graph.executor.read({
        name: 'test.openSeeds',
        cypher: "SHOW TRANSACTIONS YIELD metaData WHERE metaData.statement = 'seed.bulk' RETURN count(*) AS n",
      })
    )[0]?.n,
  );

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-bulk-'));
  // One town per shard, so the bigger set has several groups of shards to write.
  await generateDataset({ tenures: 300, seed: 1, out: small(), clustersPerShard: 1 });
  await generateDataset({ tenures: 1_500, seed: 2, out: bigger(), clustersPerShard: 1 });
}, 120_000);

beforeEach(() => graph.wipe());

afterAll(async () => {
  await graph.close();
  await rm(root, { recursive: true, force: true });
});

describe('bulk seeding', () => {
  it('writes every shard in one transaction, and a second run finds nothing to change', async () => {
    const first = await seedShards(graph.executor, small());
    expect(first.tenures).toBe(300);
    expect(await countTenures()).toBe(300);
    const before = await snapshotGraph(graph.executor);

    const second = await seedShards(graph.executor, small());
    expect(second.report.changed).toBe(false);
    expect(second.report.nodes.Tenure).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  }, 120_000);

  it('leaves the old graph exactly as it was when the seeder is killed midway, and writes it all when run again', async () => {
    await seedShards(graph.executor, small());
    const before = await snapshotGraph(graph.executor);

    const { uri, user, password } = graph.neo4j;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seedBulk.ts', bigger(), '--reset'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed right after the first group of shards was written: the reset and that group are in the open transaction.
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (/shards, \d+ tenures/.test(chunk.toString())) resolve();
      });
      child.once('exit', (code) => reject(new Error(`The seeder exited (${code}) before writing a group.`)));
    });
    child.kill('SIGKILL');
    await exited;
    // Neo4j rolls the transaction back once it notices the dropped connection.
    await expect.poll(openSeeds, { timeout: 30_000, interval: 100, message: 'the killed seed to be rolled back' }).toBe(0);
    expect(await snapshotGraph(graph.executor)).toEqual(before);

    const result = await seedShards(graph.executor, bigger(), { reset: true });
    expect(result.tenures).toBe(1_500);
    expect(await countTenures()).toBe(1_500);
  }, 180_000);

  it('creates into an empty graph exactly the graph the merging writer writes', async () => {
    await seedShards(graph.executor, bigger(), { commit: 'per-group' });
    const created = await snapshotGraph(graph.executor);
    await graph.wipe();
    const shards = await findShards(bigger());
    const { facts } = await loadFactSet(shards, { defaultVocabulary: path.join(bigger(), 'roles.yaml') });
    await writeFactSet(graph.executor, facts);
    // The bulk seeder also marks the graph as loaded in bulk; the facts are the same.
    expect(await snapshotGraph(graph.executor)).toEqual(created.filter((line) => !line.includes('"BulkLoad"')));
  }, 180_000);

  it('keeps a seed of files from mirroring them over a bulk-loaded graph, until --reset replaces it', async () => {
    await seedShards(graph.executor, small());
    const loaded = await snapshotGraph(graph.executor);
    const article = defaultSeedPaths();

    await expect(seedGraph(graph.executor, [article.seeds], { defaultVocabulary: article.vocabulary })).rejects.toBeInstanceOf(BulkLoadedGraphError);
    expect(await snapshotGraph(graph.executor)).toEqual(loaded);

    const dryRun = await seedGraph(graph.executor, [article.seeds], { defaultVocabulary: article.vocabulary, dryRun: true });
    expect(dryRun.report.nodes.Tenure.deleted).toBe(300);
    const replaced = await seedGraph(graph.executor, [article.seeds], { defaultVocabulary: article.vocabulary, reset: true });
    expect(await countTenures()).toBe(replaced.report.nodes.Tenure.created);
    // Seeded from files, the graph is theirs again: a second seed is the usual no-change read.
    expect((await seedGraph(graph.executor, [article.seeds], { defaultVocabulary: article.vocabulary })).write).toBe('none');
  }, 120_000);

  it('refuses, and writes nothing of, a fresh load whose shards share a fact id', async () => {
    const twice = path.join(root, 'twice');
    await cp(small(), twice, { recursive: true });
    const [shard] = await findShards(small());
    await cp(shard!, path.join(twice, 'shard-99999'), { recursive: true });
    await expect(seedShards(graph.executor, twice)).rejects.toThrow(/Cannot create \w+ nodes: one of their ids is already in the graph/);
    expect(await countTenures()).toBe(0);
  }, 120_000);

  it('commits group by group when asked, and a rerun completes a stopped seed without changing what was written', async () => {
    const result = await seedShards(graph.executor, bigger(), { commit: 'per-group' });
    expect(await countTenures()).toBe(result.tenures);
    const before = await snapshotGraph(graph.executor);
    const again = await seedShards(graph.executor, bigger(), { commit: 'per-group' });
    expect(again.report.changed).toBe(false);
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  }, 180_000);
});
