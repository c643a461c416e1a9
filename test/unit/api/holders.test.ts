import { afterAll, describe, expect, it } from 'vitest';
import { managingDirector, miniArticle, organization, person, published, stated, tenure } from './facts.js';
import { createTestApi } from './testApi.js';

const facts = miniArticle();
// A post whose holder's start is known to the month only, and a gender nobody states.
facts.organizations.push(organization('monthly', 'Monthly GmbH'));
facts.posts.push({ id: 'monthly/managing-director', organizationId: 'monthly', roleKey: 'managing-director' });
facts.people.push(person('kim-unknown', 'Kim Unknown'));
facts.tenures.push(
  tenure({
    id: 'kim-monthly',
    personId: 'kim-unknown',
    postId: 'monthly/managing-director',
    start: stated('2020-05'),
    end: stated('2021-03'),
    cited: ['2021-06-01'],
  }),
);
const api = await createTestApi(facts);
afterAll(() => api.stop());

type Holding = { certainty: string; tenure: { id: string } };

const holdersOf = async (organizationId: string, at: string, knownOn?: string) => {
  const answer = await api.ask(
    `query ($org: ID!, $at: Date!, $knownOn: Date) {
      holders(organization: $org, role: "managing-director", at: $at, knownOn: $knownOn) { certainty tenure { id } }
    }`,
    { org: organizationId, at, knownOn },
  );
  expect(answer.errors).toBeUndefined();
  return (answer.data?.holders as Holding[]).map((h) => `${h.tenure.id}:${h.certainty}`);
};

const heldBy = async (personId: string, at: string) => {
  const answer = await api.ask(`query ($id: ID!, $at: Date!) { person(id: $id) { tenures(at: $at) { id certaintyAt(date: $at) } } }`, { id: personId, at });
  return (answer.data?.person.tenures as { id: string; certaintyAt: string }[]).map((t) => `${t.id}:${t.certaintyAt}`);
};

describe('holders', () => {
  it('names the outgoing managing director certainly from the article day to the last day of his contract', async () => {
    expect(await holdersOf('kl-digital', published)).toEqual(['verlage-kl-digital:CERTAIN']);
    expect(await holdersOf('kl-digital', '2021-12-31')).toEqual(['verlage-kl-digital:CERTAIN']);
  });

  it('names him only as possible before the first source saw him in office', async () => {
    expect(await holdersOf('kl-digital', '2021-12-12')).toEqual(['verlage-kl-digital:POSSIBLE']);
  });

  it('names nobody from the day after his last day to the day before her first', async () => {
    expect(await holdersOf('kl-digital', '2022-01-01')).toEqual([]);
    expect(await holdersOf('kl-digital', '2022-01-15')).toEqual([]);
    expect(await holdersOf('kl-digital', '2022-01-31')).toEqual([]);
  });

  it('names the announced successor only as possible, since no source has confirmed her in office', async () => {
    expect(await holdersOf('kl-digital', '2022-02-01')).toEqual(['benz-kl-digital:POSSIBLE']);
    expect(await holdersOf('kl-digital', '2030-01-01')).toEqual(['benz-kl-digital:POSSIBLE']);
  });

  it('names nobody when asked what was known the day before the article appeared', async () => {
    expect(await holdersOf('kl-digital', '2021-12-31', '2021-12-12')).toEqual([]);
    expect(await holdersOf('kl-digital', '2021-12-31', published)).toEqual(['verlage-kl-digital:CERTAIN']);
  });

  it('treats a start known to the month as possible through that month and certain from its last day', async () => {
    expect(await holdersOf('monthly', '2020-04-30')).toEqual([]);
    expect(await holdersOf('monthly', '2020-05-01')).toEqual(['kim-monthly:POSSIBLE']);
    expect(await holdersOf('monthly', '2020-05-30')).toEqual(['kim-monthly:POSSIBLE']);
    expect(await holdersOf('monthly', '2020-05-31')).toEqual(['kim-monthly:CERTAIN']);
    expect(await holdersOf('monthly', '2021-03-01')).toEqual(['kim-monthly:CERTAIN']);
    expect(await holdersOf('monthly', '2021-03-31')).toEqual(['kim-monthly:POSSIBLE']);
    expect(await holdersOf('monthly', '2021-04-01')).toEqual([]);
  });

  it('answers an empty list for an organisation without such a post', async () => {
    expect(await holdersOf('no-such-organisation', '2021-12-31')).toEqual([]);
  });
});

describe('a person’s tenures on a day', () => {
  it('treats a start known to the year as possible through that year and certain from its last day', async () => {
    expect(await heldBy('ilona-benz', '2017-12-31')).toEqual([]);
    expect(await heldBy('ilona-benz', '2018-01-01')).toEqual(['benz-stabsstelle:POSSIBLE']);
    expect(await heldBy('ilona-benz', '2018-12-30')).toEqual(['benz-stabsstelle:POSSIBLE']);
    expect(await heldBy('ilona-benz', '2018-12-31')).toEqual(['benz-stabsstelle:CERTAIN']);
  });

  it('keeps an unknown end certain up to the last confirmation and possible after it', async () => {
    expect(await heldBy('ilona-benz', published)).toEqual(['benz-stabsstelle:CERTAIN']);
    expect(await heldBy('ilona-benz', '2021-12-14')).toEqual(['benz-stabsstelle:POSSIBLE']);
    expect(await heldBy('ilona-benz', '2022-02-01')).toEqual(['benz-stabsstelle:POSSIBLE', 'benz-kl-digital:POSSIBLE']);
  });

  it('lists every tenure in chronological order without a day', async () => {
    const answer = await api.ask(`{ person(id: "ilona-benz") { tenures { id } } }`);
    expect(answer.data?.person.tenures).toEqual([{ id: 'benz-stabsstelle' }, { id: 'benz-kl-digital' }]);
  });

  it('answers null, without an error, for an unknown person', async () => {
    const answer = await api.ask(`{ person(id: "nobody") { name } }`);
    expect(answer).toMatchObject({ data: { person: null }, errors: undefined });
  });
});

describe('titles', () => {
  const titles = async (tenureOf: string) => {
    const answer = await api.ask(
      `query ($id: ID!) { person(id: $id) { tenures { de: title en: title(lang: "en") role { en: label de: label(lang: "de") } } } }`,
      { id: tenureOf },
    );
    return answer.data?.person.tenures.find((t: { role: { en: string } }) => t.role.en === managingDirector.en);
  };

  it('uses the feminine German title for a woman', async () => {
    expect(await titles('ilona-benz')).toEqual({ de: 'Geschäftsführerin', en: 'Managing Director', role: { en: 'Managing Director', de: 'Geschäftsführung' } });
  });

  it('uses the masculine German title for a man', async () => {
    expect((await titles('martin-verlage')).de).toBe('Geschäftsführer');
  });

  it('uses the neutral German form when no source states the gender', async () => {
    expect((await titles('kim-unknown')).de).toBe('Geschäftsführung');
  });
});
