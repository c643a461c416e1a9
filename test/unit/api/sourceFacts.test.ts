import { afterAll, describe, expect, it } from 'vitest';
import { fakeRepositories } from './fakeRepositories.js';
import { miniArticleWithFollowUp } from './facts.js';
import { createTestApi } from './testApi.js';
import { sourceFactsQuery } from '../../fixtures/sourceFactsQuery.js';

const facts = miniArticleWithFollowUp();
const repositories = fakeRepositories(facts);
const api = await createTestApi(facts, repositories);
afterAll(() => api.stop());

describe('the facts of a source', () => {
  it('lists every fact the article states, tenures in chronological order, and nothing another source alone states', async () => {
    const { data, errors } = await api.ask(sourceFactsQuery, { id: 'mini-article' });
    expect(errors).toBeUndefined();
    const found = data?.source.facts;
    expect(found.people.map((p: { id: string }) => p.id)).toEqual(['ilona-benz']);
    expect(found.organizations).toEqual([]);
    expect(found.tenures.map((t: { id: string }) => t.id)).toEqual(['benz-stabsstelle', 'verlage-kl-digital', 'benz-kl-digital', 'rombach-cdo']);
    expect(found.ownerships).toEqual([{ owner: { id: 'stadt-kaiserslautern' }, owned: { id: 'kl-digital' }, sources: [{ source: { id: 'mini-article' } }] }]);
    expect(found.plans).toEqual([]);
    expect(found.activities).toEqual([]);
  });

  it('lists the organisation, plan and activity of the follow-up, each with whom it concerns', async () => {
    const { data } = await api.ask(sourceFactsQuery, { id: 'follow-up' });
    const found = data?.source.facts;
    expect(found.organizations).toEqual([{ id: 'kl-digital', sources: [{ source: { id: 'follow-up' } }] }]);
    expect(found.plans).toEqual([{ id: 'plan-referat', organizations: [{ id: 'kl-digital' }], sources: [{ source: { id: 'follow-up' } }] }]);
    expect(found.activities).toEqual([{ id: 'benz-lecturer', person: { id: 'ilona-benz' }, sources: [{ source: { id: 'follow-up' } }] }]);
    expect(found.tenures).toEqual([]);
  });

  it('gives a fact stated by two sources with the quotes of both, so a page can tell its own apart', async () => {
    const { data } = await api.ask(sourceFactsQuery, { id: 'follow-up' });
    const benz = data?.source.facts.people.find((p: { id: string }) => p.id === 'ilona-benz');
    expect(benz.sources.map((c: { source: { id: string } }) => c.source.id)).toEqual(['mini-article', 'follow-up']);
  });

  it('reads each kind of fact of several sources in one batch', async () => {
    repositories.calls.clear();
    const { errors } = await api.ask(
      `{ a: source(id: "mini-article") { facts { tenures { id } people { id } } } b: source(id: "follow-up") { facts { tenures { id } people { id } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(repositories.calls.get('tenures.listBySourceIds')).toBe(1);
    expect(repositories.calls.get('people.listBySourceIds')).toBe(1);
  });
});
