import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SeedValidationError } from '../../src/domain/errors.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { countGraph, snapshotGraph } from '../fixtures/graphSnapshot.js';
import { articleSeedPaths, testSourcePaths } from '../fixtures/article.js';
import { withLine, writeSeedFolder } from '../fixtures/seedFiles.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
const article = articleSeedPaths;
const withTestSource = [...articleSeedPaths, ...testSourcePaths];

beforeAll(() => assertGraphSchema(graph.executor));
beforeEach(() => graph.wipe());
afterAll(() => graph.close());

describe('seeding the article', () => {
  it('loads it, and a second run reports no change and leaves node, relationship and property counts identical', async () => {
    const first = await seedGraph(graph.executor, article);
    expect(first.report.changed).toBe(true);
    expect(first.report.nodes.Tenure.created).toBe(8);
    const counts = await countGraph(graph.executor);
    const snapshot = await snapshotGraph(graph.executor);

    const second = await seedGraph(graph.executor, article);

    expect(second.report.changed).toBe(false);
    expect(await countGraph(graph.executor)).toEqual(counts);
    expect(await snapshotGraph(graph.executor)).toEqual(snapshot);
  });

  it('stores only quotes that are verbatim substrings of their stored source text, at their offsets', async () => {
    await seedGraph(graph.executor, withTestSource);
    const rows = await graph.executor.read({
      name: 'test.quotes',
      cypher: `MATCH (c:Citation)-[:QUOTES]->(s:Source)
               RETURN c.id AS id, c.quote AS quote, c.startOffset AS start, c.endOffset AS end, s.text AS text,
                      substring(s.text, c.startOffset, c.endOffset - c.startOffset) = c.quote AS matchesInNeo4j`,
    });
    expect(rows.length).toBeGreaterThan(60);
    for (const row of rows) {
      expect(String(row.text).slice(Number(row.start), Number(row.end)), String(row.id)).toBe(row.quote);
      expect(row.matchesInNeo4j, String(row.id)).toBe(true);
    }
  });

  it('adds a second source for an existing tenure as a citation, not as a duplicate tenure', async () => {
    await seedGraph(graph.executor, article);
    const before = await countGraph(graph.executor);
    const report = (await seedGraph(graph.executor, withTestSource)).report;
    expect(report.nodes.Tenure).toMatchObject({ created: 0, updated: 1 });
    expect(report.nodes.Source.created).toBe(1);
    const [row] = await graph.executor.read(
      {
        name: 'test.benz',
        cypher: `MATCH (t:Tenure {id: $id})
                 RETURN COUNT { (:Person)-[:HOLDS]->(t) } AS holders, t.citedOn AS citedOn,
                        [(t)-[:CITED_BY]->(c)-[:QUOTES]->(s) | s.id] AS sources,
                        COUNT { MATCH (x:Tenure) WHERE x.id = $id } AS tenures`,
      },
      { id: 'ilona-benz/kl-digital/managing-director' },
    );
    expect(row).toMatchObject({ holders: 1, tenures: 1, citedOn: ['2021-12-13', '2022-03-01'] });
    expect(new Set(row?.sources as string[])).toEqual(new Set(['kommune21-2021-12-13-kl-digital', 'test-made-up-2022-03-01']));
    // Beside the facts, the seed manifest records the new fact file and its source text.
    expect((await countGraph(graph.executor)).nodes - before.nodes).toBe(report.nodes.Source.created + report.nodes.Citation.created + 2);
  });

  it('with reset, deletes everything first and loads the files', async () => {
    await graph.executor.write({ name: 'test.stray', cypher: 'CREATE (:Scratch {id: "stray"})' });
    await seedGraph(graph.executor, article);
    const plain = await countGraph(graph.executor);
    const result = await seedGraph(graph.executor, article, { reset: true });
    expect(result.report.reset?.nodes).toBe(plain.nodes);
    expect((await countGraph(graph.executor)).nodes).toBe(plain.nodes - 1);
  });

  it('with dry run, reports what would change and writes nothing', async () => {
    const result = await seedGraph(graph.executor, article, { dryRun: true });
    expect(result.report.nodes.Citation.created).toBe(result.citations);
    expect(await countGraph(graph.executor)).toEqual({ nodes: 0, relationships: 0, properties: 0 });

    await seedGraph(graph.executor, article);
    const snapshot = await snapshotGraph(graph.executor);
    const again = await seedGraph(graph.executor, withTestSource, { dryRun: true, reset: true });
    expect(again.report.reset?.nodes).toBeGreaterThan(0);
    expect(await snapshotGraph(graph.executor)).toEqual(snapshot);
  });
});

/** Fact folders that fail validation, each with one kind of problem. */
const invalid: [string, Record<string, string | Uint8Array>][] = [
  ['a quote is not verbatim', { 'facts.yaml': withLine(8, '  anna: Anna Muster leitet seit 2018 die Beispiel GmbH') }],
  ['a quote is ambiguous', { 'facts.yaml': withLine(9, '  follows: Beispiel GmbH') }],
  ['a date does not exist', { 'facts.yaml': withLine(32, '    start: 2019-02-30') }],
  ['an end comes before the start', { 'facts.yaml': withLine(32, ['    start: 2019', '    end: 2018-06-30']) }],
  ['a role key is unknown', { 'facts.yaml': withLine(26, '    role: manager') }],
  ['an id is unknown', { 'facts.yaml': withLine(29, '    person: anna-musterr') }],
  [
    'an id is declared twice',
    { 'facts.yaml': withLine(16, ['    cite: { follows: [existence] }', '  - id: anna-muster', '    name: A', '    cite: { anna: [existence] }']) },
  ],
  ['a fact cites nothing', { 'facts.yaml': withLine(16, null) }],
  ['a field is unknown', { 'facts.yaml': withLine(12, '    nmae: Anna Muster') }],
  ['the YAML does not parse', { 'facts.yaml': withLine(12, '    name: Anna: Muster') }],
  ['a key is duplicated', { 'facts.yaml': withLine(12, ['    name: Anna Muster', '    name: Anna M.']) }],
  ['a file is not UTF-8', { 'facts.yaml': Buffer.concat([Buffer.from('source:\n  id: '), Buffer.from([0xff])]) }],
];

describe('a seed that fails validation', () => {
  it.each(invalid)('leaves the graph unchanged when %s', async (_case, files) => {
    await seedGraph(graph.executor, article);
    const snapshot = await snapshotGraph(graph.executor);
    const folder = await writeSeedFolder(files);
    const error = await seedGraph(graph.executor, [folder]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems[0]).toMatchObject({
      file: expect.stringContaining(folder),
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(await snapshotGraph(graph.executor)).toEqual(snapshot);
  });
});
