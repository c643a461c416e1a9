import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { snapshotGraph } from '../fixtures/graphSnapshot.js';
import { startApiOverHttp, type Json } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

/**
 * The made-up multi-source corpus (examples/multi-source): six reports about the people
 * of the fictional town of Falkenried, which round dates, disagree, misname a person and
 * carry no exact publication day, answered over HTTP from a real Neo4j. Each block is a
 * rule of docs/graph-model.md ("Many sources, one answer").
 */

const corpus = ['examples/multi-source', 'seeds/roles.yaml'];
const graph = connectTestGraph();
let api: Awaited<ReturnType<typeof startApiOverHttp>>;

beforeAll(async () => {
  await seedGraph(graph.executor, corpus, { reset: true });
  api = await startApiOverHttp(graph.executor);
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

const holders = async (organization: string, role: string, at: string, knownOn?: string) =>
  (
    await api.data(
      `query ($organization: ID!, $role: String!, $at: Date!, $knownOn: Date) {
        holders(organization: $organization, role: $role, at: $at, knownOn: $knownOn) { certainty tenure { person { name } } }
      }`,
      { organization, role, at, knownOn },
    )
  ).holders as Json[];

describe('seeding several sources', () => {
  it('is idempotent: a second seed changes nothing and leaves the same graph', async () => {
    const before = await snapshotGraph(graph.executor);
    const again = await seedGraph(graph.executor, corpus);
    expect(again.report.changed).toBe(false);
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  });
});

describe('compatible claims merge', () => {
  it('keeps the finer start when a month-dated source rounds it, both sources citing it', async () => {
    const data = await api.data(`{ person(id: "johanna-keller") { tenures { start { value precision disputed claims { value counts source { id } } } } } }`);
    expect(data.person.tenures[0].start).toEqual({
      value: '2022-03-01',
      precision: 'DAY',
      disputed: false,
      claims: [
        { value: '2022-03-01', counts: true, source: { id: 'falkenrieder-anzeiger-2021-11-20' } },
        { value: '2022-03', counts: true, source: { id: 'stadtkurier-2022-03' } },
      ],
    });
  });

  it('keeps an inferred last day inside the month a later source states, still marked as inferred', async () => {
    const data = await api.data(`{ succession(organization: "falkenried-digital", role: "managing-director") {
      steps { tenure { person { name } end { value inferred claims { value inferred counts } } } vacancyBefore { from to } } } }`);
    const [brandt, keller] = data.succession.steps;
    expect(brandt.tenure.end).toEqual({
      value: '2021-12-31',
      inferred: true,
      claims: [
        { value: '2021-12-31', inferred: true, counts: true },
        { value: '2021-12', inferred: false, counts: true },
      ],
    });
    expect(keller.vacancyBefore).toEqual({ from: '2022-01-01', to: '2022-02-28' });
  });

  it('removes the inference marker once a source states what another only implied', async () => {
    const known = async (knownOn?: string) =>
      (await api.data(`query ($knownOn: Date) { person(id: "miriam-sander", knownOn: $knownOn) { tenures { inferred organization { id } } } }`, { knownOn }))
        .person;
    expect(await known('2022-12-31')).toEqual({ tenures: [{ inferred: true, organization: { id: 'stadt-falkenried' } }] });
    expect(await known()).toEqual({ tenures: [{ inferred: false, organization: { id: 'stadt-falkenried' } }] });
  });

  it('treats "Prof." and "Professor" as one honorific', async () => {
    const data = await api.data(`{ person(id: "ulrich-haas") { honorific disputed claims(field: "honorific") { value counts } } }`);
    expect(data.person).toEqual({
      honorific: 'Prof.',
      disputed: false,
      claims: [
        { value: 'Professor', counts: true },
        { value: 'Prof.', counts: true },
        { value: 'Prof.', counts: true },
      ],
    });
  });
});

describe('incompatible claims are a dispute', () => {
  it('marks the CDO’s start disputed (2017 or May 2018), with each source’s value beside its quote', async () => {
    const data = await api.data(`{ person(id: "ulrich-haas") { tenures { disputed disputedFields
      start { value disputed claims { value source { id } quotes { quote } } } } } }`);
    const [cdo] = data.person.tenures;
    expect(cdo.disputed).toBe(true);
    expect(cdo.disputedFields).toEqual(['start']);
    expect(cdo.start.value).toBe('2017-01-01/2018-05-31');
    expect(cdo.start.claims).toEqual([
      {
        value: '2017',
        source: { id: 'falkenrieder-anzeiger-2021-11-20' },
        quotes: [{ quote: 'Ehrenamtlicher Chief Digital Officer der Stadt ist seit 2017 Professor Ulrich Haas' }],
      },
      {
        value: '2018-05',
        source: { id: 'stadtkurier-2022-03' },
        quotes: [{ quote: 'Chief Digital Officer der Stadt, Prof. Ulrich Haas, der dieses Ehrenamt seit Mai 2018 ausübt' }],
      },
    ]);
  });

  it('answers holders once, POSSIBLE where only one claim allows it and CERTAIN where both do', async () => {
    expect(await holders('stadt-falkenried', 'chief-digital-officer', '2017-06-01')).toEqual([
      { certainty: 'POSSIBLE', tenure: { person: { name: 'Ulrich Haas' } } },
    ]);
    expect(await holders('stadt-falkenried', 'chief-digital-officer', '2018-06-01')).toEqual([
      { certainty: 'CERTAIN', tenure: { person: { name: 'Ulrich Haas' } } },
    ]);
  });

  it('was no dispute before the second source was known', async () => {
    const data = await api.data(`{ person(id: "ulrich-haas", knownOn: "2022-03-30") { tenures { disputed start { value } } } }`);
    expect(data.person.tenures).toEqual([{ disputed: false, start: { value: '2017' } }]);
  });
});

describe('ranks', () => {
  it('counts the preferred share and keeps the outranked one with its citation', async () => {
    const data = await api.data(`{ organization(id: "falkenried-digital") { owners {
      owner { id } percentage disputed claims(field: "percentage") { value rank rankReason counts source { id } } } } }`);
    const city = data.organization.owners.find((owner: Json) => owner.owner.id === 'stadt-falkenried');
    expect(city.percentage).toBe(94.9);
    expect(city.disputed).toBe(false);
    expect(city.claims.map((claim: Json) => [claim.source.id, claim.value, claim.rank, claim.counts])).toEqual([
      ['falkenrieder-anzeiger-2021-11-20', '100', 'NORMAL', false],
      ['falkenrieder-anzeiger-2023-01-12', '94.9', 'PREFERRED', true],
    ]);
    expect(city.claims[1].rankReason).toContain('holdings report');
  });

  it('answers with the only claim known before the preferred one appeared', async () => {
    const data = await api.data(`{ organization(id: "falkenried-digital", knownOn: "2022-12-31") { owners { owner { id } percentage } } }`);
    expect(data.organization.owners).toEqual([{ owner: { id: 'stadt-falkenried' }, percentage: 100 }]);
  });
});

describe('confirmations are evidence', () => {
  it('keeps the press officer CERTAIN on the day a release named her, though a later source gives her start only to the month', async () => {
    expect(await holders('stadt-falkenried', 'press-officer', '2022-05-17', '2022-05-17')).toEqual([
      { certainty: 'CERTAIN', tenure: { person: { name: 'Sabine Roth' } } },
    ]);
    expect(await holders('stadt-falkenried', 'press-officer', '2022-05-17')).toEqual([{ certainty: 'CERTAIN', tenure: { person: { name: 'Sabine Roth' } } }]);
    expect(await holders('stadt-falkenried', 'press-officer', '2022-05-16')).toEqual([{ certainty: 'POSSIBLE', tenure: { person: { name: 'Sabine Roth' } } }]);
  });
});

describe('partial publication dates', () => {
  it('show the date as the source states it, or none, with the days it can mean', async () => {
    const data = await api.data(`{ month: source(id: "stadtkurier-2022-03") { publishedOn published { value precision earliest latest } }
      undated: source(id: "stadtportraet-undatiert") { publishedOn published { value precision earliest latest } } }`);
    expect(data).toEqual({
      month: { publishedOn: null, published: { value: '2022-03', precision: 'MONTH', earliest: '2022-03-01', latest: '2022-03-31' } },
      undated: { publishedOn: null, published: { value: null, precision: null, earliest: '2022-06-01', latest: '2023-02-10' } },
    });
  });

  it('count a month-dated source as known only from the month’s last day, birth from an age included', async () => {
    const on = async (knownOn: string) =>
      (
        await api.data(`query ($knownOn: Date) { person(id: "johanna-keller", knownOn: $knownOn) { birth { value } tenures { status start { value } } } }`, {
          knownOn,
        })
      ).person;
    expect(await on('2022-03-15')).toEqual({ birth: null, tenures: [{ status: 'ANNOUNCED', start: { value: '2022-03-01' } }] });
    expect(await on('2022-03-31')).toEqual({ birth: { value: '1977-03-02/1978-03-31' }, tenures: [{ status: 'REPORTED', start: { value: '2022-03-01' } }] });
  });
});

describe('reasons for an inference', () => {
  it('come in the language asked for where the analyst wrote them in both, and as written where in one', async () => {
    const data = await api.data(`{ keller: person(id: "johanna-keller") { birth { de: inference(lang: "de") en: inference(lang: "en") } }
      brandt: person(id: "thomas-brandt") { tenures { end { de: inference(lang: "de") en: inference(lang: "en") } } } }`);
    expect(data.keller.birth).toEqual({ de: expect.stringContaining('geboren zwischen'), en: expect.stringContaining('so born between') });
    const [end] = data.brandt.tenures.map((tenure: Json) => tenure.end);
    expect(end.de).toBe(end.en);
    expect(end.en).toContain('end of the year');
  });
});

describe('a source’s wrong name', () => {
  it('is found by search and marked as a misnaming of the right person', async () => {
    const data = await api.data(`{ search(query: "Marion Sander") { id name misnamedAs } right: search(query: "Miriam") { id misnamedAs } }`);
    expect(data.search).toEqual([{ id: 'miriam-sander', name: 'Miriam Sander', misnamedAs: 'Marion Sander' }]);
    expect(data.right).toEqual([{ id: 'miriam-sander', misnamedAs: null }]);
  });

  it('is shown with its correction beside the quote that prints it, which still counts for the right person', async () => {
    const data = await api.data(
      `{ person(id: "miriam-sander") { tenures { sources { quote source { id } corrections { namedAs correction person { id } } } } } }`,
    );
    const portrait = data.person.tenures[0].sources.find((citation: Json) => citation.source.id === 'stadtportraet-undatiert');
    expect(portrait).toEqual({
      quote: 'Marion Sander als Chief Urban Officer der Stadt',
      source: { id: 'stadtportraet-undatiert' },
      corrections: [{ namedAs: 'Marion Sander', correction: expect.stringContaining('she is Miriam Sander'), person: { id: 'miriam-sander' } }],
    });
  });
});

describe('knownOn everywhere', () => {
  it('knows nobody and no organisation before the first source', async () => {
    const data = await api.data(
      `{ person(id: "johanna-keller", knownOn: "2021-11-19") { id } organization(id: "falkenried-digital", knownOn: "2021-11-19") { id } }`,
    );
    expect(data).toEqual({ person: null, organization: null });
  });

  it('answers everything beneath an organisation as known on its day: description, units, plans, owners', async () => {
    const on = async (knownOn?: string) =>
      (
        await api.data(
          `query ($knownOn: Date) { organization(id: "falkenried-digital", knownOn: $knownOn) {
            description(lang: "en") owners { owner { id } } sources { source { id } } } }`,
          { knownOn },
        )
      ).organization;
    expect(await on('2021-12-31')).toEqual({
      description: "The City of Falkenried's digital company.",
      owners: [{ owner: { id: 'stadt-falkenried' } }],
      sources: [{ source: { id: 'falkenrieder-anzeiger-2021-11-20' } }, { source: { id: 'falkenrieder-anzeiger-2021-11-20' } }],
    });
    const now = await on();
    expect(now.owners.map((owner: Json) => owner.owner.id).sort()).toEqual(['sparkasse-falkenried', 'stadt-falkenried']);
  });

  it('lets plans and units wait for the sources that state them', async () => {
    const council = async (knownOn: string) =>
      (
        await api.data(
          `query ($knownOn: Date) { organization(id: "stadtrat-falkenried", knownOn: $knownOn) { units { id } plans { id sources { source { id } } } } }`,
          { knownOn },
        )
      ).organization;
    expect(await council('2021-11-20')).toEqual({
      units: [{ id: 'digitalausschuss-falkenried' }],
      plans: [{ id: 'stadtrat-falkenried/plan/digitalausschuss', sources: [{ source: { id: 'falkenrieder-anzeiger-2021-11-20' } }] }],
    });
    const later = await council('2023-02-10');
    expect(later.plans[0].sources.map((citation: Json) => citation.source.id)).toEqual([
      'falkenrieder-anzeiger-2021-11-20',
      'ratsbericht-2022',
      'stadtportraet-undatiert',
    ]);
  });
});
