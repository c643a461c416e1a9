import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFactSet } from '../../src/graph/FactWriter.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { miniArticleWithFollowUp } from '../unit/api/facts.js';
import { createTestApi } from '../unit/api/testApi.js';
import { sourceFactsQuery } from '../fixtures/sourceFactsQuery.js';
import { startApiOverHttp } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
const facts = miniArticleWithFollowUp();
let api: Awaited<ReturnType<typeof startApiOverHttp>>;

beforeAll(async () => {
  await graph.wipe();
  await assertGraphSchema(graph.executor);
  await writeFactSet(graph.executor, facts);
  api = await startApiOverHttp(graph.executor);
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

describe('the facts of a source, read from Neo4j', () => {
  it.each(['mini-article', 'follow-up'])('answer for %s what the same facts answer in memory, in the same order', async (id) => {
    const inMemory = await createTestApi(facts);
    try {
      const expected = await inMemory.ask(sourceFactsQuery, { id });
      expect(expected.errors).toBeUndefined();
      await expect(api.data(sourceFactsQuery, { id })).resolves.toEqual(expected.data);
    } finally {
      await inMemory.stop();
    }
  });

  it('answers null, without an error, for a source nobody knows', async () => {
    const data = await api.data('{ none: source(id: "no-such-source") { facts { people { id } } } }');
    expect(data.none).toBeNull();
  });
});
