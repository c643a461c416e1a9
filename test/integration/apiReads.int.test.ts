import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFactSet } from '../../src/graph/FactWriter.js';
import { assertGraphSchema } from '../../src/graph/graphSchema.js';
import { miniArticle } from '../unit/api/facts.js';
import { startApiOverHttp } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
const facts = miniArticle();
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

describe('the API over facts written by the FactWriter', () => {
  it('reads a person with every field the schema offers', async () => {
    const data = await api.data(`{
      person(id: "ilona-benz") {
        id name aliases gender honorific
        birth { value precision earliest latest inferred inference }
        tenures { id title role { key label(lang: "de") } organization { name } start { value precision } status honorary capacity
                  certain { from to } possible { from to } firstConfirmedOn lastConfirmedOn predecessor { person { name } } }
        sources { quote startOffset endOffset supports source { title publishedOn } }
      }
    }`);
    expect(data.person).toMatchObject({
      id: 'ilona-benz',
      gender: 'FEMALE',
      birth: { value: '1989-12-14/1990-12-13', precision: 'DAY', earliest: '1989-12-14', latest: '1990-12-13', inferred: true },
    });
    expect(data.person.tenures.map((t: { id: string }) => t.id)).toEqual(['benz-stabsstelle', 'benz-kl-digital']);
    expect(data.person.tenures[1]).toMatchObject({
      title: 'Geschäftsführerin',
      role: { key: 'managing-director', label: 'Geschäftsführung' },
      organization: { name: 'KL.digital' },
      start: { value: '2022-02-01', precision: 'DAY' },
      status: 'ANNOUNCED',
      certain: null,
      possible: { from: '2022-02-01', to: null },
      predecessor: { person: { name: 'Martin Verlage' } },
    });
    const written = facts.citations.find((c) => c.factId === 'ilona-benz');
    expect(data.person.sources).toEqual([
      {
        quote: 'eine neue Geschäftsführerin',
        startOffset: written?.startOffset,
        endOffset: written?.endOffset,
        supports: ['ATTRIBUTE'],
        source: { title: 'KL.digital bekommt neue Geschäftsleitung', publishedOn: '2021-12-13' },
      },
    ]);
  });

  it('reads the succession chain with the vacancy between the two managing directors', async () => {
    const data = await api.data(`{
      succession(organization: "kl-digital", role: "managing-director") {
        organization { id } role { key }
        steps { tenure { person { id } } vacancyBefore { from to } }
      }
    }`);
    expect(data.succession).toEqual({
      organization: { id: 'kl-digital' },
      role: { key: 'managing-director' },
      steps: [
        { tenure: { person: { id: 'martin-verlage' } }, vacancyBefore: null },
        { tenure: { person: { id: 'ilona-benz' } }, vacancyBefore: { from: '2022-01-01', to: '2022-01-31' } },
      ],
    });
  });

  it('reads owners, units, posts and vacancies of organisations', async () => {
    const data = await api.data(`{
      klDigital: organization(id: "kl-digital") { owners { owner { id } percentage sourceCount sources { quote } } posts { id } description(lang: "de") }
      gemeindetag: organization(id: "gemeindetag-baden-wuerttemberg") { kind units { id partOf { id } } }
      vacancies(at: "2022-01-15") { edges { node { post { id } previous { person { id } } next { person { id } } } } }
    }`);
    expect(data.klDigital).toEqual({
      owners: [
        {
          owner: { id: 'stadt-kaiserslautern' },
          percentage: 100,
          sourceCount: 1,
          sources: [{ quote: 'Die Stadt ist alleinige Gesellschafterin der KL.digital.' }],
        },
      ],
      posts: [{ id: 'kl-digital/managing-director' }],
      description: 'Städtische Gesellschaft',
    });
    expect(data.gemeindetag.units).toEqual([
      { id: 'gemeindetag-baden-wuerttemberg/stabsstelle-digitalisierung', partOf: { id: 'gemeindetag-baden-wuerttemberg' } },
    ]);
    expect(data.vacancies.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { post: { id: 'kl-digital/managing-director' }, previous: { person: { id: 'martin-verlage' } }, next: { person: { id: 'ilona-benz' } } },
    ]);
  });

  it('pages through tenures with filters, the cursor carrying on where the page ended', async () => {
    const page = `query ($after: String) { tenures(first: 1, after: $after, filter: { organization: "gemeindetag-baden-wuerttemberg" }) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = await api.data(page);
    expect(first.tenures.edges).toEqual([{ node: { id: 'benz-stabsstelle' } }]);
    expect(first.tenures.pageInfo.hasNextPage).toBe(false);
    const honorary = await api.data(`{ tenures(filter: { capacity: HONORARY }) { edges { node { id person { name } } } } }`);
    expect(honorary.tenures.edges).toEqual([{ node: { id: 'rombach-cdo', person: { name: 'Dieter Rombach' } } }]);
  });

  it('finds people and organisations by name, alias, prefix and umlaut spelling', async () => {
    const search = async (query: string) => (await api.data(`query ($q: String!) { search(query: $q) { id kind } }`, { q: query })).search;
    expect(await search('Benz')).toEqual([{ id: 'ilona-benz', kind: 'Person' }]);
    expect(await search('Ben')).toEqual([{ id: 'ilona-benz', kind: 'Person' }]);
    expect((await search('Kaiserslautern'))[0]).toEqual({ id: 'stadt-kaiserslautern', kind: 'Organization' });
    expect((await search('Württemberg')).map((h: { id: string }) => h.id)).toContain('gemeindetag-baden-wuerttemberg');
    expect((await search('Wuerttemberg')).map((h: { id: string }) => h.id)).toContain('gemeindetag-baden-wuerttemberg');
    expect((await search('württ')).map((h: { id: string }) => h.id)).toContain('gemeindetag-baden-wuerttemberg');
  });

  it('treats Lucene operators, stop words and syntax in a search as plain words', async () => {
    for (const query of ['AND', 'und', 'Stadt OR', 'NOT Benz', '"Benz', 'Benz~', 'KL.digital (GmbH)', 'a:b', 'Ben*']) {
      const answer = await api.ask(`query ($q: String!) { search(query: $q) { id } }`, { q: query });
      expect(answer.errors, query).toBeUndefined();
    }
  });
});
