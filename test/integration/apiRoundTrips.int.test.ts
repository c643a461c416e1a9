import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactSet } from '../../src/domain/FactSet.js';
import { writeFactSet } from '../../src/graph/FactWriter.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { managingDirector, miniArticle, organization, ownership, person, published, tenure } from '../unit/api/facts.js';
import { startApiOverHttp } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
let api: Awaited<ReturnType<typeof startApiOverHttp>>;

// Two nested lists below a page: the shape that costs N+1 reads without loaders. Sized to stay
// within the query cost limit, as a real client's query must.
const nested = `{
  tenures(first: 40) { edges { node {
    person { tenures { organization { owners { owner { name } } } } }
  } } }
}`;

/** The mini article plus `companies` companies, each owned by a holding that holds no post, each with one managing director. */
function factsWith(companies: number): FactSet {
  const facts = miniArticle();
  facts.organizations.push(organization('holding', 'Holding'));
  for (let i = 0; i < companies; i += 1) {
    facts.organizations.push(organization(`company-${i}`, `Company ${i}`));
    facts.posts.push({ id: `company-${i}/managing-director`, organizationId: `company-${i}`, roleKey: managingDirector.key });
    facts.people.push(person(`director-${i}`, `Director ${i}`));
    facts.tenures.push(
      tenure({ id: `director-${i}`, personId: `director-${i}`, postId: `company-${i}/managing-director`, cited: [published], confirmed: [published] }),
    );
    facts.ownerships.push(ownership(`holding-owns-${i}`, 'holding', `company-${i}`, 100, { cited: [published] }));
  }
  return facts;
}

/** Runs `nested` over a freshly written graph and returns the statements it cost, by name. */
async function statementsFor(companies: number): Promise<{ total: number; byName: Record<string, number>; tenures: number }> {
  await writeFactSet(graph.executor, factsWith(companies), { reset: true });
  const byName: Record<string, number> = {};
  const stop = graph.executor.observe((event) => {
    // The graph's version is read in the background at most once a second, whatever the requests (GraphStateCache).
    if (event.name.startsWith('graphVersion.')) return;
    // Every statement of a query must run in a READ transaction; a write would show under its mode.
    const key = event.mode === 'READ' ? event.name : `${event.mode} ${event.name}`;
    byName[key] = (byName[key] ?? 0) + 1;
  });
  try {
    const data = await api.data(nested);
    return { total: Object.values(byName).reduce((a, b) => a + b, 0), byName, tenures: data.tenures.edges.length };
  } finally {
    stop();
  }
}

beforeAll(async () => {
  await graph.wipe();
  await assertGraphSchema(graph.executor);
  api = await startApiOverHttp(graph.executor);
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

describe('round trips to Neo4j', () => {
  it('stay the same for a nested query whether it touches 5 tenures or 40 (no N+1)', async () => {
    const small = await statementsFor(1);
    const large = await statementsFor(36);
    console.log(
      `nested query over ${small.tenures} tenures: ${small.total} statements; over ${large.tenures} tenures: ${large.total} statements`,
      large.byName,
    );
    expect(small.tenures).toBe(5);
    expect(large.tenures).toBe(40);
    expect(large.byName).toEqual(small.byName);
    // One statement per level: the page (which brings the holders), their tenures (which
    // bring their organisations), the stakes in those (which bring the owners).
    expect(large.byName).toEqual({
      'tenure.page': 1,
      'tenure.byPersonIds': 1,
      'ownership.byOwnedIds': 1,
    });
  });
});
