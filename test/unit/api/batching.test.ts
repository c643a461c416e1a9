import { describe, expect, it } from 'vitest';
import { fakeRepositories } from './fakeRepositories.js';
import { miniArticle, person, published, tenure } from './facts.js';
import { createTestApi } from './testApi.js';

// Heavy enough to need every loader, light enough for the query cost limit at 14 tenures.
const nested = `{
  tenures(first: 14) { edges { node {
    title
    person { name tenures { organization { name owners { owner { name } } } } }
    predecessor { id } sources { quote source { title } }
  } } }
}`;

/** Repository calls made by one run of `nested` over the mini article with `extra` more people. */
async function callsFor(extra: number): Promise<Map<string, number>> {
  const facts = miniArticle();
  for (let i = 0; i < extra; i += 1) {
    facts.people.push(person(`extra-${i}`, `Extra ${i}`));
    facts.tenures.push(
      tenure({ id: `extra-${i}`, personId: `extra-${i}`, postId: 'kl-digital/managing-director', cited: [published], confirmed: [published] }),
    );
  }
  const repositories = fakeRepositories(facts);
  const api = await createTestApi(facts, repositories);
  try {
    const answer = await api.ask(nested);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tenures.edges).toHaveLength(facts.tenures.length);
  } finally {
    await api.stop();
  }
  return repositories.calls;
}

describe('batching', () => {
  it('asks each repository method once per query level, however many items there are', async () => {
    const small = await callsFor(0);
    const large = await callsFor(10);
    expect(Object.fromEntries(large)).toEqual(Object.fromEntries(small));
    expect(Object.fromEntries(large)).toEqual({
      // Each tenure read brings its holder and organisation, and each stake its owner, so
      // people and organisations are never asked for separately here.
      'tenures.listPage': 1,
      'tenures.listByPostIds': 1,
      'tenures.listByPersonIds': 1,
      'ownerships.listByOwnedIds': 1,
      'citations.listByFactIds': 1,
      'sources.getByIds': 1,
    });
  });
});

describe('loaders', () => {
  it('are new for every request, so no answer comes from another request’s cache', async () => {
    const facts = miniArticle();
    const api = await createTestApi(facts);
    try {
      const name = async () => (await api.ask(`{ person(id: "ilona-benz") { name } }`)).data?.person.name;
      expect(await name()).toBe('Ilona Benz');
      const benz = facts.people.find((p) => p.id === 'ilona-benz');
      if (benz) benz.name = 'Dr. Ilona Benz';
      expect(await name()).toBe('Dr. Ilona Benz');
    } finally {
      await api.stop();
    }
  });
});
