import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FactSet } from '../../src/domain/FactSet.js';
import { writeFactSet } from '../../src/graph/FactWriter.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { reconciledFacts } from '../../src/graph/reconciledFacts.js';
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

/** Runs `query` over the graph and returns the statements it cost, by name, with the rows each read. */
async function statementsOf(
  query: string,
  over: typeof api = api,
): Promise<{ byName: Record<string, number>; rows: Record<string, number>; data: Awaited<ReturnType<typeof api.data>> }> {
  const byName: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const stop = graph.executor.observe((event) => {
    // The graph's version is read in the background at most once a second, whatever the requests (GraphStateCache).
    if (event.name.startsWith('graphVersion.')) return;
    // Every statement of a query must run in a READ transaction; a write would show under its mode.
    const key = event.mode === 'READ' ? event.name : `${event.mode} ${event.name}`;
    byName[key] = (byName[key] ?? 0) + 1;
    rows[key] = (rows[key] ?? 0) + event.rows;
  });
  try {
    return { byName, rows, data: await over.data(query) };
  } finally {
    stop();
  }
}

/** Runs `nested` over a freshly written graph of `companies` companies. */
async function nestedOver(companies: number): Promise<{ total: number; byName: Record<string, number>; tenures: number }> {
  await writeFactSet(graph.executor, factsWith(companies), { reset: true });
  const { byName, data } = await statementsOf(nested);
  return { total: Object.values(byName).reduce((a, b) => a + b, 0), byName, tenures: data.tenures.edges.length };
}

beforeAll(async () => {
  await graph.wipe();
  await assertGraphSchema(graph.executor);
  api = await startApiOverHttp(graph.executor);
});
// The API shares this process's cache of reconciled facts: each test starts with it empty.
beforeEach(() => reconciledFacts.resize(64 * 1024 * 1024));
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

describe('round trips to Neo4j', () => {
  it('stay the same for a nested query whether it touches 5 tenures or 40 (no N+1)', async () => {
    const small = await nestedOver(1);
    const large = await nestedOver(36);
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

  it('are one for a person asked with their tenures, in a fragment too, and leave the tenures unread when @skip leaves them out', async () => {
    await writeFactSet(graph.executor, factsWith(3), { reset: true });
    const direct = await statementsOf(`{ person(id: "director-1") { name tenures { title organization { name } } } }`);
    expect(direct.byName).toEqual({ 'person.withTenuresByIds': 1 });
    expect(direct.data.person.tenures).toEqual([{ title: expect.any(String), organization: { name: 'Company 1' } }]);
    const inFragment = await statementsOf(`{ person(id: "director-1") { ... on Person { tenures { id } } } }`);
    expect(inFragment.byName).toEqual({ 'person.withTenuresByIds': 1 });
    const skipped = await statementsOf(`{ person(id: "director-1") { name tenures @skip(if: true) { id } } }`);
    expect(skipped.byName).toEqual({ 'person.byIds': 1 });
  });

  it('are one for an organisation asked with its owners', async () => {
    await writeFactSet(graph.executor, factsWith(3), { reset: true });
    const { byName, data } = await statementsOf(`{ organization(id: "company-2") { name owners { percentage owner { name } } } }`);
    expect(byName).toEqual({ 'organization.withStakesInByIds': 1 });
    expect(data.organization.owners).toEqual([{ percentage: 100, owner: { name: 'Holding' } }]);
  });

  it('add none when the query comes back to the organisation it read with its owners', async () => {
    await writeFactSet(graph.executor, factsWith(3), { reset: true });
    const { byName, data } = await statementsOf(`{ organization(id: "company-2") { owners { percentage } posts { organization { name } } } }`);
    expect(byName).toEqual({ 'organization.withStakesInByIds': 1, 'post.byOrganizationIds': 1 });
    expect(data.organization.posts).toEqual([{ organization: { name: 'Company 2' } }]);
  });

  it('read a page whole while its facts are new, name them once pages come back known, and read a changed fact whole again', async () => {
    // An API of its own, so that what other tests read does not move its share of known facts.
    const own = await startApiOverHttp(graph.executor);
    try {
      const facts = factsWith(3);
      await writeFactSet(graph.executor, facts, { reset: true });
      const page = `{ tenures(first: 10) { edges { node { id title person { id name } organization { name } } } } }`;
      const first = await statementsOf(page, own);
      expect(first.byName).toEqual({ 'tenure.page': 1 });
      const reads = [];
      for (let i = 0; i < 14; i += 1) reads.push(await statementsOf(page, own));
      const named = reads.findIndex((read) => 'tenure.pageNamed' in read.byName);
      // The share of known facts passes nine in ten after the eleventh read that found them all known.
      expect(named).toBe(11);
      expect(reads.slice(named).map((read) => read.byName)).toEqual(reads.slice(named).map(() => ({ 'tenure.pageNamed': 1 })));
      for (const read of reads) expect(read.data).toEqual(first.data);

      facts.people = facts.people.map((known) => (known.id === 'director-1' ? person('director-1', 'Direktorin Eins') : known));
      await writeFactSet(graph.executor, facts, { reset: true });
      const changed = await statementsOf(page, own);
      expect(changed.byName).toEqual({ 'tenure.pageNamed': 1, 'fact.byIds': 1 });
      expect(changed.data.tenures.edges.map((edge: { node: { person: { id: string; name: string } } }) => edge.node.person)).toContainEqual({
        id: 'director-1',
        name: 'Direktorin Eins',
      });
    } finally {
      await own.stop();
    }
  });

  it('read no more tenures than a page shows, plus one, when no condition can reject any', async () => {
    await writeFactSet(graph.executor, factsWith(36), { reset: true });
    const plain = await statementsOf(`{ tenures(first: 10) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(plain.data.tenures.pageInfo.hasNextPage).toBe(true);
    expect(plain.rows).toEqual({ 'tenure.page': 11 });
  });
});
