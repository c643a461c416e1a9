import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedOffline, type OfflineSeedTarget } from '../../../src/cli/offlineSeed.js';
import { GraphNotEmptyError, LocalNeo4jError, SeedValidationError } from '../../../src/domain/errors.js';
import { graphVersionCypher } from '../../../src/graph/GraphVersionRepository.js';
import { statusLocalNeo4j } from '../../../src/localNeo4j/LocalNeo4j.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { findShards, seedShards } from '../../../src/seed/seedShards.js';
import { generateDataset } from '../../../src/synthetic/generateDataset.js';
import { snapshotGraph } from '../../fixtures/graphSnapshot.js';
import { faultNeo4j } from './faultProcesses.js';
import { faultNeo4jSettings } from './faultSetup.js';

/**
 * `npm run seed:bulk -- DIR --import`: the offline importer loads the graph the
 * transactional seeder writes, refuses to replace facts unless told to, and changes
 * nothing on an invalid shard or a failed import. It stops and starts the fault
 * tests' own Neo4j, so it lives with them.
 */

const neo4j = faultNeo4j();
const graph = neo4j.connect();
const multiSource = path.join(projectRoot, 'examples', 'multi-source');
const vocabulary = path.join(projectRoot, 'seeds', 'roles.yaml');
let generated: string;

const target = (importerHeap = '512m'): OfflineSeedTarget => ({
  instance: neo4j.instance,
  database: 'neo4j',
  importerHeap,
  javaHome: faultNeo4jSettings.javaHome,
  connect: async () => {
    await neo4j.start();
    return neo4j.connect();
  },
});

/** The snapshot with empty lists left out: the importer stores an empty list as no property, and rolegraph reads both alike. */
async function snapshot(): Promise<string[]> {
  return (await snapshotGraph(graph.executor)).map((line) => {
    const entry = JSON.parse(line) as { props: Record<string, unknown> };
    entry.props = Object.fromEntries(Object.entries(entry.props).filter(([, value]) => !(Array.isArray(value) && value.length === 0)));
    return JSON.stringify(entry);
  });
}

const wipe = () => graph.executor.write({ name: 'test.wipe', cypher: 'MATCH (n) DETACH DELETE n' });
const serverPid = async () => (await statusLocalNeo4j(neo4j.instance)).pid;

beforeAll(async () => {
  generated = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-offline-'));
  // One town per shard: every shard repeats the vocabulary, which the graph holds once.
  await generateDataset({ tenures: 300, seed: 3, out: path.join(generated, 'data'), clustersPerShard: 1 });
}, 120_000);

beforeEach(wipe);

afterAll(async () => {
  await graph.close();
  await rm(generated, { recursive: true, force: true });
});

describe('seeding through the offline importer', () => {
  // The multi-source corpus: disputes, misnamings, partial dates, ranks, bilingual reasons,
  // every kind of property. (Many shards in order: test/unit/seed/exportShards.test.ts.)
  it('loads the same graph the transactional seeder writes, and an executor that read the old store reads the new one', async () => {
    await seedShards(graph.executor, multiSource, { vocabulary });
    // This executor's bookmarks now name transactions of a store the import replaces.
    const written = await snapshot();
    await wipe();

    const result = await seedOffline(multiSource, target(), { vocabulary });

    expect(await snapshot()).toEqual(written);
    expect(result).toMatchObject({ shards: 1, tenures: expect.any(Number) as number });
    const [version] = await graph.executor.read(graphVersionCypher.read, { id: 'graph' });
    expect(version?.version).toEqual(expect.any(String));
  }, 240_000);

  it('refuses a graph that holds facts, leaving it as it was', async () => {
    await seedShards(graph.executor, multiSource, { vocabulary });
    const before = await snapshot();
    const pid = await serverPid();

    await expect(seedOffline(path.join(generated, 'data'), target())).rejects.toBeInstanceOf(GraphNotEmptyError);

    expect(await snapshot()).toEqual(before);
    expect(await serverPid()).toBe(pid);
  }, 120_000);

  it('stops at an invalid shard with its located problem, before it touches the server', async () => {
    await seedShards(graph.executor, multiSource, { vocabulary });
    const before = await snapshot();
    const pid = await serverPid();
    const broken = path.join(generated, 'broken');
    await rm(broken, { recursive: true, force: true });
    await cp(path.join(generated, 'data'), broken, { recursive: true });
    const [, second] = await findShards(broken);
    const file = path.join(
      second!,
      (await readdir(second!)).find((f) => f.endsWith('.yaml'))!,
    );
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^source:/m, 'source:\n  unexpectedField: 1'));

    const error = await seedOffline(broken, target(), { replace: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems[0]?.file).toBe(file);
    expect(await snapshot()).toEqual(before);
    expect(await serverPid()).toBe(pid);
  }, 120_000);

  it('keeps the old graph when the importer fails, and has the server running again', async () => {
    await seedShards(graph.executor, multiSource, { vocabulary });
    const before = await snapshot();

    // A Java heap too small to start the importer at all.
    const error = await seedOffline(path.join(generated, 'data'), target('1m'), { replace: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(/import failed; the database neo4j of .* is left as it was/);
    expect(await snapshot()).toEqual(before);
  }, 240_000);
});
