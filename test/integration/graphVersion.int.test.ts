import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { previewFactSet, writeFactSet } from '../../src/graph/FactWriter.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { GraphVersionRepository } from '../../src/graph/GraphVersionRepository.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { buildSmallFactSet } from '../fixtures/smallFactSet.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
const versions = new GraphVersionRepository(graph.executor);

beforeAll(() => assertGraphSchema(graph.executor));
beforeEach(() => graph.wipe());
afterAll(() => graph.close());

describe('the graph version', () => {
  it('is null on a graph no seeder has written', async () => {
    expect(await versions.getVersion()).toBeNull();
  });

  it('changes with every write that changes the facts, and only then', async () => {
    const facts = buildSmallFactSet();
    await writeFactSet(graph.executor, facts);
    const first = await versions.getVersion();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);

    await writeFactSet(graph.executor, facts);
    expect(await versions.getVersion()).toBe(first);
    const renamed = { ...facts, people: facts.people.map((p) => (p.id === 'anna-muster' ? { ...p, name: 'Anna Muster-Probe' } : p)) };
    expect((await previewFactSet(graph.executor, renamed)).changed).toBe(true);
    expect(await versions.getVersion()).toBe(first);

    await writeFactSet(graph.executor, renamed);
    const second = await versions.getVersion();
    expect(second).not.toBe(first);

    // A reset rewrites the same facts: the version is new, never a repeat of an earlier one.
    await writeFactSet(graph.executor, renamed, { reset: true });
    expect([first, second]).not.toContain(await versions.getVersion());
  });

  it('is one node, whatever the number of seeds', async () => {
    await seedGraph(graph.executor, ['seeds']);
    await seedGraph(graph.executor, ['seeds', 'test/fixtures/seeds']);
    const [row] = await graph.executor.read({ name: 'test.versions', cypher: 'MATCH (v:GraphVersion) RETURN count(v) AS count' });
    expect(Number(row?.count)).toBe(1);
  });
});

describe('the list bounds', () => {
  it('are the longest list of each kind in the seeded article', async () => {
    await seedGraph(graph.executor, ['seeds']);
    const bounds = await versions.measureListBounds();
    const [expected] = await graph.executor.read({
      name: 'test.bounds',
      cypher: `
        CALL () { MATCH (p:Person)-[:HOLDS]->(t) WITH p, count(t) AS n RETURN max(n) AS tenuresPerPerson }
        CALL () { MATCH (post:Post)<-[:OF_POST]-(t) WITH post, count(t) AS n RETURN max(n) AS tenuresPerPost }
        CALL () { MATCH (o:Organization)<-[:IN]-(post) WITH o, count(post) AS n RETURN max(n) AS postsPerOrganization }
        CALL () { MATCH (f)-[:CITED_BY]->(c) WITH f, count(c) AS n RETURN max(n) AS citationsPerFact }
        RETURN tenuresPerPerson, tenuresPerPost, postsPerOrganization, citationsPerFact`,
    });
    expect(bounds).toMatchObject({
      tenuresPerPerson: Number(expected?.tenuresPerPerson),
      tenuresPerPost: Number(expected?.tenuresPerPost),
      postsPerOrganization: Number(expected?.postsPerOrganization),
      citationsPerFact: Number(expected?.citationsPerFact),
    });
    expect(bounds.tenuresPerPerson).toBeGreaterThanOrEqual(2);
    expect(bounds.roles).toBeGreaterThan(0);
  });

  it('are all 0 on an empty graph', async () => {
    const bounds = await versions.measureListBounds();
    expect(Object.values(bounds).every((bound) => bound === 0)).toBe(true);
  });
});
