import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseQueryError } from '../../src/domain/errors.js';
import type { TransactionRunner } from '../../src/graph/Executor.js';
import { previewFactSet, writeFactSet, type FactWriterExecutor } from '../../src/graph/FactWriter.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { countGraph, snapshotGraph } from '../fixtures/graphSnapshot.js';
import { buildSmallFactSet } from '../fixtures/smallFactSet.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();

beforeAll(() => assertGraphSchema(graph.executor));
beforeEach(() => graph.wipe());
afterAll(() => graph.close());

/** An executor whose write transaction fails when it reaches the named statement. */
function failingAt(statementName: string): FactWriterExecutor {
  return {
    read: (statement, params) => graph.executor.read(statement, params),
    writeTransaction: (name, work) =>
      graph.executor.writeTransaction(name, (tx) => {
        const failing: TransactionRunner = {
          run: (statement, params) => (statement.name === statementName ? tx.run({ name: statement.name, cypher: 'RETURN 1/0' }) : tx.run(statement, params)),
        };
        return work(failing);
      }),
  };
}

describe('writeFactSet', () => {
  it('creates every node and relationship of a FactSet in an empty graph', async () => {
    const report = await writeFactSet(graph.executor, buildSmallFactSet());
    expect(report.changed).toBe(true);
    expect(report.nodes.Person).toEqual({ created: 2, updated: 0, unchanged: 0, deleted: 0 });
    expect(report.nodes.Citation.created).toBe(9);
    expect(report.relationships.HOLDS.created).toBe(2);
    expect(report.relationships.SUCCEEDED.created).toBe(1);
    expect(report.relationships.CITED_BY.created).toBe(9);
    // 19 facts and the node holding the graph's version.
    expect(await countGraph(graph.executor)).toMatchObject({ nodes: 20, relationships: 27 });
  });

  it('reports no change on a second write and leaves node, relationship and property counts identical', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const before = await countGraph(graph.executor);
    const snapshot = await snapshotGraph(graph.executor);

    const again = await writeFactSet(graph.executor, buildSmallFactSet());

    expect(again.changed).toBe(false);
    for (const counts of [...Object.values(again.nodes), ...Object.values(again.relationships)]) {
      expect(counts.created + counts.updated + counts.deleted).toBe(0);
    }
    expect(again.nodes.Tenure.unchanged).toBe(2);
    expect(await countGraph(graph.executor)).toEqual(before);
    expect(await snapshotGraph(graph.executor)).toEqual(snapshot);
  });

  it('stores dates as Neo4j dates, evidence as sorted date lists and offsets as integers', async () => {
    const facts = buildSmallFactSet();
    facts.tenures[1]!.citedOn = ['2020-05-04', '2019-01-01', '2020-05-04'];
    await writeFactSet(graph.executor, facts);
    const [row] = await graph.executor.read(
      {
        name: 'test.types',
        cypher: `MATCH (t:Tenure {id: $id}), (c:Citation) WITH t, c LIMIT 1
               RETURN valueType(t.startEarliest) AS start, valueType(t.citedOn) AS list, t.citedOn AS citedOn,
                      valueType(c.startOffset) AS offset, t.endEarliest IS NULL AS openEnd`,
      },
      { id: 'anna-muster/beispiel-gmbh/managing-director' },
    );
    expect(row).toEqual({
      start: 'DATE NOT NULL',
      list: 'LIST<DATE NOT NULL> NOT NULL',
      citedOn: ['2019-01-01', '2020-05-04'],
      offset: 'INTEGER NOT NULL',
      openEnd: true,
    });
  });

  it('counts a changed fact as updated and leaves the others unchanged', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const facts = buildSmallFactSet();
    facts.people[1]!.gender = 'male';
    const report = await writeFactSet(graph.executor, facts);
    expect(report.nodes.Person).toEqual({ created: 0, updated: 1, unchanged: 1, deleted: 0 });
    expect(report.nodes.Tenure).toEqual({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
  });

  it('moves a relationship when a fact names another target, deleting the old one', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const facts = buildSmallFactSet();
    facts.tenures[1]!.predecessorId = null;
    const report = await writeFactSet(graph.executor, facts);
    expect(report.relationships.SUCCEEDED).toEqual({ created: 0, updated: 0, unchanged: 0, deleted: 1 });
  });

  it('deletes the nodes the FactSet no longer contains, with their relationships, as the preview predicted', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const facts = buildSmallFactSet();
    facts.ownerships = [];
    facts.citations = facts.citations.filter((c) => c.factId !== 'stadt-musterhausen/beispiel-gmbh');
    const preview = await previewFactSet(graph.executor, facts);
    const report = await writeFactSet(graph.executor, facts);
    expect(report.nodes.Ownership.deleted).toBe(1);
    expect(report.nodes.Citation.deleted).toBe(1);
    expect(report.relationships.OWNS.deleted).toBe(1);
    expect(report.relationships.CITED_BY.deleted).toBe(1);
    expect(preview).toEqual(report);
  });

  it('counts a relationship to a pruned node once, in the preview as in the write', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const facts = buildSmallFactSet();
    facts.organizations[0]!.id = 'beispiel-ag';
    facts.posts[0]!.organizationId = 'beispiel-ag';
    facts.ownerships[0]!.ownedId = 'beispiel-ag';
    facts.citations = facts.citations.map((c) => (c.factId === 'beispiel-gmbh' ? { ...c, id: 'beispiel-ag@test', factId: 'beispiel-ag' } : c));
    const preview = await previewFactSet(graph.executor, facts);
    const report = await writeFactSet(graph.executor, facts);
    expect(report.relationships.STAKE_IN).toEqual({ created: 1, updated: 0, unchanged: 0, deleted: 1 });
    expect(preview).toEqual(report);
  });

  it('leaves nodes of labels it does not write alone', async () => {
    await graph.executor.write({ name: 'test.scratch', cypher: 'CREATE (:Scratch {id: "kept"})' });
    await writeFactSet(graph.executor, buildSmallFactSet());
    const [row] = await graph.executor.read({ name: 'test.scratch', cypher: 'MATCH (n:Scratch) RETURN count(n) AS n' });
    expect(row?.n).toBe(1);
  });

  it('leaves the previous graph whole when the write fails halfway', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const before = await snapshotGraph(graph.executor);
    const facts = buildSmallFactSet();
    facts.people[0]!.name = 'Anna Muster-Neu';
    facts.organizations.push({ ...facts.organizations[0]!, id: 'neu-gmbh', name: 'Neu GmbH' });
    facts.citations.push({ ...facts.citations[2]!, id: 'neu-gmbh@test', factId: 'neu-gmbh' });

    await expect(writeFactSet(failingAt('factWriter.mergeTenure'), facts)).rejects.toBeInstanceOf(DatabaseQueryError);

    expect(await snapshotGraph(graph.executor)).toEqual(before);
  });

  it('wipes everything first with reset, in the same transaction, other labels included', async () => {
    await graph.executor.write({ name: 'test.stray', cypher: 'CREATE (:Scratch {id: "stray"})-[:NOTE]->(:Scratch {id: "other"})' });
    const report = await writeFactSet(graph.executor, buildSmallFactSet(), { reset: true });
    expect(report.reset).toEqual({ nodes: 2, relationships: 1 });
    const [row] = await graph.executor.read({ name: 'test.stray', cypher: 'MATCH (n:Scratch) RETURN count(n) AS n' });
    expect(row?.n).toBe(0);
  });

  it('keeps the previous graph when a reset write fails', async () => {
    await writeFactSet(graph.executor, buildSmallFactSet());
    const before = await snapshotGraph(graph.executor);
    // After the reset the graph is empty, so the write creates without comparing.
    await expect(writeFactSet(failingAt('factWriter.createCitation'), buildSmallFactSet(), { reset: true })).rejects.toThrow();
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  });

  it('previews exactly what the write then reports, and writes nothing', async () => {
    const preview = await previewFactSet(graph.executor, buildSmallFactSet());
    expect(await countGraph(graph.executor)).toEqual({ nodes: 0, relationships: 0, properties: 0 });
    const report = await writeFactSet(graph.executor, buildSmallFactSet());
    expect(preview).toEqual(report);
  });

  it('reports progress up to the total number of rows', async () => {
    const seen: number[] = [];
    let total = 0;
    await writeFactSet(graph.executor, buildSmallFactSet(), {
      batchSize: 2,
      onProgress: (p) => {
        seen.push(p.done);
        total = p.total;
      },
    });
    expect(seen.at(-1)).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('assertGraphSchema', () => {
  it('is idempotent: asserting twice leaves the same constraints and indexes', async () => {
    const list = async () => (await graph.executor.read({ name: 'test.indexes', cypher: 'SHOW INDEXES YIELD name RETURN collect(name) AS names' }))[0]?.names;
    const first = await list();
    await assertGraphSchema(graph.executor);
    expect(await list()).toEqual(first);
  });

  it('finds German names by their transliteration and their genitive', async () => {
    await graph.executor.write({
      name: 'test.names',
      cypher: `CREATE (:Organization {id: "gt", searchText: "Gemeindetag Baden-Württemberg"}), (:Organization {id: "ks", searchText: "Stadt Kaiserslautern"})`,
    });
    const search = async (query: string) =>
      (
        await graph.executor.read(
          { name: 'test.search', cypher: 'CALL db.index.fulltext.queryNodes("entityNames", $query) YIELD node RETURN collect(node.id) AS ids' },
          { query },
        )
      )[0]?.ids;
    expect(await search('Wuerttemberg')).toEqual(['gt']);
    expect(await search('wurttemberg')).toEqual(['gt']);
    expect(await search('Gemeindetags')).toEqual(['gt']);
    expect(await search('Kaiserslautern')).toEqual(['ks']);
  });
});
