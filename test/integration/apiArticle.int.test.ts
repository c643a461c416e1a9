import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedPaths } from '../../src/seed/defaultSeedPaths.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { startApiOverHttp, type Json } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

/**
 * The questions analysts and journalists ask, answered over HTTP by the real app on
 * the seeded kommune21 article of 2021-12-13 (seeds/).
 */

const graph = connectTestGraph();
let api: Awaited<ReturnType<typeof startApiOverHttp>>;

beforeAll(async () => {
  const paths = defaultSeedPaths();
  await seedGraph(graph.executor, [paths.seeds], { reset: true, defaultVocabulary: paths.vocabulary });
  api = await startApiOverHttp(graph.executor);
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

describe('who was managing director of KL.digital', () => {
  const managingDirectorOn = async (at: string, knownOn?: string) => {
    const data = await api.data(
      `query ($at: Date!, $knownOn: Date) {
        holders(organization: "kl-digital", role: "managing-director", at: $at, knownOn: $knownOn) {
          certainty tenure { person { name } title }
        }
      }`,
      { at, knownOn },
    );
    return data.holders as Json[];
  };

  it('on 2021-12-31: Martin Verlage, certainly, on the last day of his contract', async () => {
    expect(await managingDirectorOn('2021-12-31')).toEqual([
      { certainty: 'CERTAIN', tenure: { person: { name: 'Martin Verlage' }, title: 'Geschäftsführer' } },
    ]);
  });

  it('on 2022-01-15: nobody', async () => {
    expect(await managingDirectorOn('2022-01-15')).toEqual([]);
  });

  it('on 2022-02-01: Ilona Benz, possibly, since her start was announced and not yet confirmed', async () => {
    expect(await managingDirectorOn('2022-02-01')).toEqual([{ certainty: 'POSSIBLE', tenure: { person: { name: 'Ilona Benz' }, title: 'Geschäftsführerin' } }]);
  });

  it('as known on 2021-12-12, the day before the article: nobody', async () => {
    expect(await managingDirectorOn('2021-12-31', '2021-12-12')).toEqual([]);
  });
});

describe('Ilona Benz’s roles over the years', () => {
  it('come in order with the precision the article gives', async () => {
    const data = await api.data(`{
      person(id: "ilona-benz") {
        birth { earliest latest inferred }
        tenures { organization { name } title start { value precision } end { value precision inferred } status }
      }
    }`);
    expect(data.person.birth).toEqual({ earliest: '1989-12-14', latest: '1990-12-13', inferred: true });
    expect(data.person.tenures).toEqual([
      {
        organization: { name: 'Stabsstelle Digitalisierung' },
        title: 'Leiterin',
        start: { value: '2018', precision: 'YEAR' },
        end: { value: '2021-12-13/2022-01-31', precision: 'DAY', inferred: true },
        status: 'REPORTED',
      },
      { organization: { name: 'E-Government-Fachwettbewerb' }, title: 'Jurymitglied', start: null, end: null, status: 'REPORTED' },
      { organization: { name: 'Kommunal' }, title: 'Kolumnistin', start: null, end: null, status: 'REPORTED' },
      { organization: { name: 'KL.digital' }, title: 'Geschäftsführerin', start: { value: '2022-02-01', precision: 'DAY' }, end: null, status: 'ANNOUNCED' },
    ]);
  });
});

describe('the succession of KL.digital’s managing directors', () => {
  it('runs from Verlage through a vacancy in January 2022 to Benz', async () => {
    const data = await api.data(`{
      succession(organization: "kl-digital", role: "managing-director") {
        role { label(lang: "de") }
        steps { tenure { person { name } end { value } start { value } } vacancyBefore { from to } }
      }
    }`);
    expect(data.succession).toEqual({
      role: { label: 'Geschäftsführung' },
      steps: [
        { tenure: { person: { name: 'Martin Verlage' }, start: null, end: { value: '2021-12-31' } }, vacancyBefore: null },
        { tenure: { person: { name: 'Ilona Benz' }, start: { value: '2022-02-01' }, end: null }, vacancyBefore: { from: '2022-01-01', to: '2022-01-31' } },
      ],
    });
  });

  it('shows the vacancy as the only vacant post on 2022-01-15', async () => {
    const data = await api.data(`{ vacancies(at: "2022-01-15") { edges { node { post { id } previous { person { id } } next { person { id } } } } } }`);
    expect(data.vacancies.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { post: { id: 'kl-digital/managing-director' }, previous: { person: { id: 'martin-verlage' } }, next: { person: { id: 'ilona-benz' } } },
    ]);
  });
});

describe('ownership', () => {
  it('KL.digital is owned by the City of Kaiserslautern, 100 %', async () => {
    const data = await api.data(`{ organization(id: "kl-digital") { owners { owner { name } percentage sources { quote } } } }`);
    expect(data.organization.owners).toEqual([
      {
        owner: { name: 'Stadt Kaiserslautern' },
        percentage: 100,
        sources: expect.arrayContaining([{ quote: 'Wie die Stadt, alleinige Gesellschafterin der KL.digital, berichtet' }]),
      },
    ]);
  });
});

describe('honorary posts', () => {
  it('are the city’s CDO and CUO, held by Rombach and Steinebach', async () => {
    const data = await api.data(
      `{ tenures(filter: { capacity: HONORARY }) { edges { node { person { name } organization { name } title(lang: "en") inferred } } } }`,
    );
    // That the CUO post is the city's follows from context only, and says so.
    expect(data.tenures.edges.map((e: Json) => e.node)).toEqual([
      { person: { name: 'Dieter Rombach' }, organization: { name: 'Stadt Kaiserslautern' }, title: 'Chief Digital Officer', inferred: false },
      { person: { name: 'Gerhard Steinebach' }, organization: { name: 'Stadt Kaiserslautern' }, title: 'Chief Urban Officer', inferred: true },
    ]);
  });
});

describe('facts resting on one source', () => {
  it('come with the sentence that states them', async () => {
    const data = await api.data(
      `{ tenures(first: 100, filter: { maxSourceCount: 1 }) { edges { node { id sourceCount sources { quote supports source { id } } } } } }`,
    );
    const tenures = data.tenures.edges.map((e: Json) => e.node) as Json[];
    // The article is the only source so far: every tenure rests on it alone.
    expect(tenures).toHaveLength(8);
    expect(tenures.every((t) => t.sourceCount === 1 && t.sources.length > 0)).toBe(true);
    const verlage = tenures.find((t) => t.id === 'martin-verlage/kl-digital/managing-director');
    expect(verlage?.sources).toEqual([
      {
        quote: 'um dort die Nachfolge von Martin Verlage anzutreten, der seinen Vertrag über das Jahresende hinaus nicht verlängern wird.',
        supports: ['EXISTENCE', 'CURRENT', 'END'],
        source: { id: 'kommune21-2021-12-13-kl-digital' },
      },
    ]);
  });
});

describe('search', () => {
  const search = async (query: string) =>
    ((await api.data(`query ($q: String!) { search(query: $q) { id kind } }`, { q: query })).search as Json[]).map((h) => h.id);

  it('finds Benz by her surname', async () => {
    expect((await search('Benz'))[0]).toBe('ilona-benz');
  });

  it('finds the city by “Kaiserslautern”', async () => {
    expect((await search('Kaiserslautern'))[0]).toBe('stadt-kaiserslautern');
  });

  it('finds the Gemeindetag with the umlaut, its transliteration, or neither', async () => {
    for (const spelling of ['Württemberg', 'Wuerttemberg', 'Wurttemberg', 'württ']) {
      expect(await search(spelling), spelling).toContain('gemeindetag-baden-wuerttemberg');
    }
  });

  it('finds the Oberbürgermeister by his surname alone', async () => {
    expect(await search('Weichel')).toEqual(['klaus-weichel']);
  });
});
