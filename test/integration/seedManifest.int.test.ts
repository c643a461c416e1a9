import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor, StatementEvent, TransactionRunner } from '../../src/graph/Executor.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { readerOf, readSeedManifest } from '../../src/graph/SeedManifestStore.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { articleId } from '../fixtures/article.js';
import { snapshotGraph } from '../fixtures/graphSnapshot.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
const testSourceId = 'test-made-up-2022-03-01';

/** A seed folder of its own: the article, the made-up follow-up source (which restates Benz's tenure) and the vocabulary. */
async function seedFolder(): Promise<{ root: string; followUp: string; article: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'rolegraph-manifest-'));
  await cp('seeds', root, { recursive: true });
  await cp('test/fixtures/seeds', root, { recursive: true });
  return { root, followUp: path.join(root, 'facts', `${testSourceId}.yaml`), article: path.join(root, 'facts', `${articleId}.yaml`) };
}

/** The graph a full seed of `root` into an empty graph gives, to compare an incremental one with. */
async function fullSeedOf(root: string): Promise<string[]> {
  await graph.wipe();
  const result = await seedGraph(graph.executor, [root]);
  expect(result.write).toBe('full');
  return snapshotGraph(graph.executor);
}

async function recording<T>(work: () => Promise<T>): Promise<{ result: T; events: StatementEvent[] }> {
  const events: StatementEvent[] = [];
  const stop = graph.executor.observe((event) => events.push(event));
  try {
    return { result: await work(), events };
  } finally {
    stop();
  }
}

/** Marks a node's stored content hash as stale: a seed that looks at the node rewrites the mark away. */
async function markStale(label: 'Person' | 'Citation', id: string): Promise<void> {
  await graph.executor.write({ name: 'test.markStale', cypher: `MATCH (n:${label} {id: $id}) SET n.contentHash = 'stale'` }, { id });
}

async function contentHashOf(label: 'Person' | 'Citation', id: string): Promise<string> {
  const [row] = await graph.executor.read({ name: 'test.contentHash', cypher: `MATCH (n:${label} {id: $id}) RETURN n.contentHash AS hash` }, { id });
  return String(row?.hash);
}

let folder: Awaited<ReturnType<typeof seedFolder>>;

beforeAll(() => assertGraphSchema(graph.executor));
beforeEach(async () => {
  await graph.wipe();
  folder = await seedFolder();
});
afterAll(() => graph.close());

describe('a seed whose files are all as the manifest records them', () => {
  it('is one read statement, writes nothing, and leaves every answer as it was', async () => {
    await seedGraph(graph.executor, [folder.root]);
    const before = await snapshotGraph(graph.executor);
    const { result, events } = await recording(() => seedGraph(graph.executor, [folder.root]));
    expect(events.map((e) => `${e.mode} ${e.name}`)).toEqual(['READ seedManifest.read']);
    expect(result).toMatchObject({ write: 'none', sources: 2, report: { changed: false } });
    expect(result.report.nodes.Tenure.unchanged).toBe(8);
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  });

  it('is a full compare again after another writer cleared the manifest (with reset, everything is rewritten)', async () => {
    await seedGraph(graph.executor, [folder.root]);
    const again = await seedGraph(graph.executor, [folder.root], { reset: true });
    expect(again.write).toBe('full');
    expect(await readSeedManifest(readerOf(graph.executor))).not.toBeNull();
  });
});

describe('a seed with one changed file', () => {
  it('writes the facts that file states, leaves the others unread, and ends as a full seed would', async () => {
    await seedGraph(graph.executor, [folder.root]);
    // Names only the article states; the follow-up restates Benz, so she is the shared fact.
    await markStale('Person', 'martin-verlage');
    await markStale('Person', 'ilona-benz');
    const text = await readFile(folder.followUp, 'utf8');
    await writeFile(
      folder.followUp,
      text.replace("title: 'TEST: made-up follow-up report (not a real publication)'", "title: 'TEST: made-up follow-up report, retitled'"),
    );

    const { result, events } = await recording(() => seedGraph(graph.executor, [folder.root]));

    expect(result.write).toBe('changes');
    expect(result.report.nodes.Source).toMatchObject({ updated: 1, created: 0, deleted: 0 });
    expect(events.filter((e) => e.mode === 'WRITE' && e.name.startsWith('schema.'))).toEqual([]);
    expect(await contentHashOf('Person', 'martin-verlage')).toBe('stale');
    expect(await contentHashOf('Person', 'ilona-benz')).not.toBe('stale');
    // Apart from the node left stale on purpose, the graph is the one a full seed gives.
    const isVerlage = (line: string) => line.includes('"labels":["Person"]') && line.includes('"id":"martin-verlage"');
    expect((await snapshotGraph(graph.executor)).filter((line) => !isVerlage(line))).toEqual(
      (await fullSeedOf(folder.root)).filter((line) => !isVerlage(line)),
    );
  });

  it('rewrites a fact reconciled from two files when the other file changes, from both of them', async () => {
    await seedGraph(graph.executor, [folder.root]);
    const text = await readFile(folder.followUp, 'utf8');
    // The follow-up no longer states Benz's tenure: the tenure, cited by the article too, loses one source.
    await writeFile(folder.followUp, text.replace(/\ntenures:[\s\S]*$/, '\n'));
    const result = await seedGraph(graph.executor, [folder.root]);
    expect(result.write).toBe('changes');
    expect(result.report.nodes.Tenure).toMatchObject({ updated: 1, deleted: 0 });
    expect(await snapshotGraph(graph.executor)).toEqual(await fullSeedOf(folder.root));
  });

  it('redoes the work of a seed that failed midway: the manifest stays as it was', async () => {
    await seedGraph(graph.executor, [folder.root]);
    const manifest = await readSeedManifest(readerOf(graph.executor));
    const text = await readFile(folder.article, 'utf8');
    await writeFile(folder.article, text.replace('name: Ilona Benz', 'name: Ilona Benz-Probe'));

    await expect(seedGraph(failingOn('factWriter.mergePerson'), [folder.root])).rejects.toThrow(/Neo4j refused/);
    expect(await readSeedManifest(readerOf(graph.executor))).toEqual(manifest);

    const retried = await seedGraph(graph.executor, [folder.root]);
    expect(retried.write).toBe('changes');
    expect(retried.report.changed).toBe(true);
    expect(await snapshotGraph(graph.executor)).toEqual(await fullSeedOf(folder.root));
  });
});

describe('a seed of other paths, or of a file whose source text lies outside them', () => {
  it('notices a changed source text that the seeded paths do not contain', async () => {
    const paths = [folder.article, path.join(folder.root, 'roles.yaml')];
    await seedGraph(graph.executor, paths);
    const textFile = path.join(folder.root, 'sources', `${articleId}.txt`);
    await writeFile(textFile, `${await readFile(textFile, 'utf8')}\nNachtrag der Redaktion.`);
    const result = await seedGraph(graph.executor, paths);
    expect(result.write).toBe('changes');
    expect(result.report.nodes.Source).toMatchObject({ updated: 1 });
  });

  it('treats a fact file left out of the paths as removed, as a full seed would', async () => {
    await seedGraph(graph.executor, [folder.root]);
    const result = await seedGraph(graph.executor, [folder.article, path.join(folder.root, 'roles.yaml')]);
    expect(result.write).toBe('changes');
    expect(result.report.nodes.Source).toMatchObject({ deleted: 1 });
  });
});

describe('a seed after a file was removed', () => {
  it('deletes what only that file stated and rewrites what it shared', async () => {
    await seedGraph(graph.executor, [folder.root]);
    await rm(folder.followUp);
    await rm(path.join(folder.root, 'sources', `${testSourceId}.txt`));

    const result = await seedGraph(graph.executor, [folder.root]);

    expect(result.write).toBe('changes');
    expect(result.report.nodes.Source).toMatchObject({ deleted: 1, unchanged: 1 });
    expect(result.report.nodes.Citation.deleted).toBeGreaterThan(0);
    expect(result.report.nodes.Tenure).toMatchObject({ updated: 1, deleted: 0 });
    const [row] = await graph.executor.read(
      {
        name: 'test.followUpLeft',
        cypher: 'RETURN COUNT { MATCH (s:Source {id: $id}) } AS sources, COUNT { MATCH (c:Citation) WHERE c.id CONTAINS $cited } AS citations',
      },
      { id: testSourceId, cited: `@${testSourceId}:` },
    );
    expect(row).toEqual({ sources: 0, citations: 0 });
    expect(await snapshotGraph(graph.executor)).toEqual(await fullSeedOf(folder.root));
  });
});

/** The test graph's executor, whose write transactions fail at the first run of `statementName`. */
function failingOn(statementName: string): Executor {
  const executor = graph.executor;
  return new Proxy(executor, {
    get(target, property, receiver) {
      if (property !== 'writeTransaction') return Reflect.get(target, property, receiver) as unknown;
      return <T>(name: string, work: (tx: TransactionRunner) => Promise<T>) =>
        target.writeTransaction(name, (tx) =>
          work({
            run: async (statement, params) => {
              if (statement.name === statementName) throw new Error(`injected failure before ${statementName}`);
              return tx.run(statement, params);
            },
          }),
        );
    },
  });
}
