import { afterAll, describe, expect, it } from 'vitest';
import { maxPageSize } from '../../../src/api/arguments.js';
import { maxPostsExamined, maxTenuresExamined, tenureChunk } from '../../../src/api/resolvers/listResolvers.js';
import { fakeRepositories } from './fakeRepositories.js';
import { cite, managingDirector, miniArticle, person, published, stated, tenure } from './facts.js';
import { createTestApi } from './testApi.js';

const facts = miniArticle();
// Enough people to need pages, each with one tenure of the KL.digital post long ago.
for (let i = 0; i < 250; i += 1) {
  const id = `person-${String(i).padStart(3, '0')}`;
  facts.people.push(person(id, `Person ${i}`));
  facts.tenures.push(
    tenure({ id: `old-${id}`, personId: id, postId: 'kl-digital/managing-director', start: stated('1990'), end: stated('1990'), cited: [published] }),
  );
}
// A second, later source confirms Verlage's tenure: his is then the only fact resting on two sources.
facts.sources.push({
  ...facts.sources[0]!,
  id: 'follow-up',
  published: { value: '2022-01-10', precision: 'DAY', earliest: '2022-01-10', latest: '2022-01-10' },
  text: 'Martin Verlage hat KL.digital verlassen.',
});
cite(facts, 'verlage-kl-digital', 'follow-up', 'Martin Verlage hat KL.digital verlassen.', ['end']);
const repositories = fakeRepositories(facts);
const api = await createTestApi(facts, repositories);
afterAll(() => api.stop());

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

describe('paginated lists', () => {
  it('walks every person exactly once, page by page, in id order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const answer = await api.ask(`query ($after: String) { people(first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, {
        after,
      });
      const { people } = answer.data as { people: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      seen.push(...ids(people));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(seen).toEqual(facts.people.map((p) => p.id).sort());
  });

  it(`clamps a page size above ${maxPageSize} to ${maxPageSize}`, async () => {
    const answer = await api.ask(`{ people(first: 1000) { edges { cursor } pageInfo { hasNextPage } } }`);
    expect(answer.data?.people.edges).toHaveLength(maxPageSize);
    expect(answer.data?.people.pageInfo.hasNextPage).toBe(true);
  });

  // Regression: an empty page said hasNextPage with a null endCursor, and a naive export looped forever.
  it('refuses first: 0, since an empty page could not say where the next one starts', async () => {
    const answer = await api.ask(`{ organizations(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(answer.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "first" must be a page size from 1 to 100'),
    });
  });

  it('refuses a cursor of one list on another', async () => {
    const first = await api.ask(`{ people(first: 1) { pageInfo { endCursor } } }`);
    const answer = await api.ask(`query ($after: String) { tenures(after: $after) { edges { cursor } } }`, { after: first.data?.people.pageInfo.endCursor });
    expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('filters organisations by kind', async () => {
    const answer = await api.ask(`{ organizations(kind: "municipality") { edges { node { id } } } }`);
    expect(ids(answer.data?.organizations)).toEqual(['stadt-kaiserslautern']);
  });
});

describe('tenure filters', () => {
  const tenureIds = async (filter: string, knownOn?: string) => {
    const answer = await api.ask(
      `query ($knownOn: Date) { tenures(first: 100, filter: ${filter}, knownOn: $knownOn) { edges { node { id } } pageInfo { hasNextPage } } }`,
      { knownOn },
    );
    expect(answer.errors).toBeUndefined();
    return ids(answer.data?.tenures);
  };

  it('keeps the tenures held on some day of a span, reading on past a chunk the span rejects', async () => {
    expect(facts.tenures.length).toBeGreaterThan(tenureChunk);
    const before = repositories.calls.get('tenures.listPage') ?? 0;
    expect(await tenureIds(`{ role: "managing-director", heldDuring: { from: "2021-12-31", to: "2022-02-01" } }`)).toEqual([
      'benz-kl-digital',
      'verlage-kl-digital',
    ]);
    expect((repositories.calls.get('tenures.listPage') ?? 0) - before).toBe(2);
  });

  it('treats a missing end of the span as open', async () => {
    expect(await tenureIds(`{ role: "managing-director", heldDuring: { from: "2022-01-01" } }`)).toEqual(['benz-kl-digital']);
  });

  it('filters by status as known then', async () => {
    expect(await tenureIds(`{ status: ANNOUNCED }`)).toEqual(['benz-kl-digital']);
  });

  it('includes the posts of an organisation’s units', async () => {
    expect(await tenureIds(`{ organization: "gemeindetag-baden-wuerttemberg" }`)).toEqual(['benz-stabsstelle']);
  });

  it('filters by capacity and person', async () => {
    expect(await tenureIds(`{ capacity: HONORARY }`)).toEqual(['rombach-cdo']);
    expect(await tenureIds(`{ person: "ilona-benz" }`)).toEqual(['benz-kl-digital', 'benz-stabsstelle']);
  });

  it('lists the facts resting on a single source, counting only sources published by knownOn', async () => {
    expect(await tenureIds(`{ role: "managing-director", heldDuring: { from: "2021-01-01" }, maxSourceCount: 1 }`)).toEqual(['benz-kl-digital']);
    expect(await tenureIds(`{ role: "managing-director", heldDuring: { from: "2021-01-01" }, maxSourceCount: 1 }`, '2022-01-09')).toEqual([
      'benz-kl-digital',
      'verlage-kl-digital',
    ]);
    expect(await tenureIds(`{ role: "managing-director", heldDuring: { from: "2021-01-01" }, maxSourceCount: 2 }`)).toEqual([
      'benz-kl-digital',
      'verlage-kl-digital',
    ]);
  });

  it('rejects a source count below 1', async () => {
    const answer = await api.ask(`{ tenures(filter: { maxSourceCount: 0 }) { edges { cursor } } }`);
    expect(answer.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('Argument "filter.maxSourceCount" must be a whole number of at least 1'),
    });
  });

  it('lists nothing that no source had published by knownOn', async () => {
    expect(await tenureIds(`{ person: "ilona-benz" }`, '2021-12-12')).toEqual([]);
  });
});

describe('vacancies', () => {
  const vacancyNodes = (answer: { data?: Record<string, any> | null }) => answer.data?.vacancies.edges.map((edge: { node: unknown }) => edge.node); // eslint-disable-line @typescript-eslint/no-explicit-any

  it('lists the post nobody held in January 2022 with who came before and after', async () => {
    const answer = await api.ask(
      `{ vacancies(at: "2022-01-15") { edges { node { post { id role { key } organization { name } } previous { person { id } } next { person { id } } } } pageInfo { hasNextPage } } }`,
    );
    expect(vacancyNodes(answer)).toEqual([
      {
        post: { id: 'kl-digital/managing-director', role: { key: 'managing-director' }, organization: { name: 'KL.digital' } },
        previous: { person: { id: 'martin-verlage' } },
        next: { person: { id: 'ilona-benz' } },
      },
    ]);
    expect(answer.data?.vacancies.pageInfo.hasNextPage).toBe(false);
  });

  it('lists no vacancy on a day someone possibly held the post', async () => {
    const answer = await api.ask(`{ vacancies(at: "2021-12-01", organization: "kl-digital") { edges { node { post { id } } } } }`);
    expect(vacancyNodes(answer)).toEqual([]);
  });

  it(`stops after examining ${maxPostsExamined} posts, short of the page, and continues from there`, async () => {
    // Posts of the city, each held by someone without a known end, sorting before KL.digital's vacant one.
    const many = miniArticle();
    for (let i = 0; i < maxPostsExamined + 10; i += 1) {
      const postId = `a-post-${String(i).padStart(5, '0')}`;
      many.posts.push({ id: postId, organizationId: 'stadt-kaiserslautern', roleKey: managingDirector.key });
      many.tenures.push(tenure({ id: `held-${i}`, personId: 'martin-verlage', postId, start: stated('1990'), cited: [published], confirmed: [published] }));
    }
    const manyApi = await createTestApi(many);
    try {
      const page = `query ($after: String) { vacancies(at: "2022-01-15", after: $after) { edges { node { post { id } } } pageInfo { hasNextPage endCursor } } }`;
      const first = (await manyApi.ask(page)).data?.vacancies;
      expect(first.edges).toEqual([]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await manyApi.ask(page, { after: first.pageInfo.endCursor })).data?.vacancies;
      expect(second.edges.map((edge: { node: { post: { id: string } } }) => edge.node.post.id)).toEqual(['kl-digital/managing-director']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    } finally {
      await manyApi.stop();
    }
  });
});

describe('a tenure page whose conditions reject nearly everything', () => {
  // Two announced tenures, one at each end of the id order, and thousands of old ones between.
  const sparse = miniArticle();
  for (let i = 0; i < maxTenuresExamined + 300; i += 1) {
    const id = `filler-${String(i).padStart(5, '0')}`;
    sparse.tenures.push(
      tenure({ id, personId: 'martin-verlage', postId: 'kl-digital/managing-director', start: stated('1990'), end: stated('1990'), cited: [published] }),
    );
  }
  sparse.tenures.push(
    tenure({ id: 'zz-announced', personId: 'ilona-benz', postId: 'kl-digital/managing-director', start: stated('2030-01-01'), cited: [published] }),
  );
  const announcedPage = `query ($after: String) { tenures(first: 10, after: $after, filter: { status: ANNOUNCED }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

  it(`stops after examining ${maxTenuresExamined} tenures, short of the page, and continues from there`, async () => {
    const sparseApi = await createTestApi(sparse);
    try {
      const first = (await sparseApi.ask(announcedPage)).data?.tenures;
      expect(ids(first)).toEqual(['benz-kl-digital']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await sparseApi.ask(announcedPage, { after: first.pageInfo.endCursor })).data?.tenures;
      expect(ids(second)).toEqual(['zz-announced']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    } finally {
      await sparseApi.stop();
    }
  });
});
