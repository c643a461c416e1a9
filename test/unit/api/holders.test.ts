import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from './testApi.js';
import { miniArticle } from './facts.js';

const api = await createTestApi(miniArticle());
afterAll(() => api.stop());

const holdersQuery = `query ($at: Date!, $knownOn: Date) {
  holders(organization: "kl-digital", role: "managing-director", at: $at, knownOn: $knownOn) {
    certainty
    tenure { person { name } title en: title(lang: "en") status }
  }
}`;

const holdersOn = async (at: string, knownOn?: string) => {
  const answer = await api.ask(holdersQuery, { at, knownOn });
  expect(answer.errors).toBeUndefined();
  return answer.data?.holders as { certainty: string; tenure: { person: { name: string }; title: string; en: string; status: string } }[];
};

describe('holders', () => {
  it('names the outgoing managing director, certainly, on the last day of his contract', async () => {
    expect(await holdersOn('2021-12-31')).toEqual([
      { certainty: 'CERTAIN', tenure: { person: { name: 'Martin Verlage' }, title: 'Geschäftsführer', en: 'Managing Director', status: 'REPORTED' } },
    ]);
  });

  it('names nobody in the vacancy between the two', async () => {
    expect(await holdersOn('2022-01-01')).toEqual([]);
    expect(await holdersOn('2022-01-31')).toEqual([]);
  });

  it('names the announced successor as possible from her first day, with the feminine title', async () => {
    expect(await holdersOn('2022-02-01')).toEqual([
      { certainty: 'POSSIBLE', tenure: { person: { name: 'Ilona Benz' }, title: 'Geschäftsführerin', en: 'Managing Director', status: 'ANNOUNCED' } },
    ]);
  });

  it('names nobody when asked what was known before the article appeared', async () => {
    expect(await holdersOn('2021-12-31', '2021-12-12')).toEqual([]);
  });
});
