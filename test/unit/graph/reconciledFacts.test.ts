import { afterEach, describe, expect, it } from 'vitest';
import { toPerson, toTenure } from '../../../src/graph/readMappers.js';
import { bytesPerCharacter, ReconciledFactCache, reconciledFacts } from '../../../src/graph/reconciledFacts.js';

const statements = (name: string) =>
  JSON.stringify([
    {
      sourceId: 's',
      published: { earliest: '2021-12-13', latest: '2021-12-13' },
      supports: ['existence'],
      inference: null,
      values: { name: { value: name, inference: null, rank: 'normal', rankReason: null } },
    },
  ]);

describe('the cache of reconciled facts', () => {
  it('answers a fact read again in the same version without reconciling it again', () => {
    const cache = new ReconciledFactCache(1024 * 1024);
    let reconciled = 0;
    const reconcile = () => ({ name: `P${++reconciled}` });
    const first = cache.reconciled('Person\u0000p', 'v1', 100, reconcile);
    expect(cache.reconciled('Person\u0000p', 'v1', 100, reconcile)).toBe(first);
    expect(reconciled).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1, bytes: 100 * bytesPerCharacter });
  });

  it('reconciles a fact again once its version has changed, as a seed changes it', () => {
    const cache = new ReconciledFactCache(1024 * 1024);
    cache.reconciled('Person\u0000p', 'before', 10, () => ({ name: 'Old' }));
    expect(cache.get('Person\u0000p', 'after')).toBeUndefined();
    expect(cache.reconciled('Person\u0000p', 'after', 10, () => ({ name: 'New' }))).toEqual({ name: 'New' });
    expect(cache.reconciled('Person\u0000p', 'after', 10, () => ({ name: 'Never asked' }))).toEqual({ name: 'New' });
  });

  it('gives up the least recently read facts to stay within its budget', () => {
    const cache = new ReconciledFactCache(10 * bytesPerCharacter);
    cache.reconciled('a', 'v', 4, () => 'A');
    cache.reconciled('b', 'v', 4, () => 'B');
    cache.reconciled('a', 'v', 4, () => 'not asked: a is held');
    cache.reconciled('c', 'v', 4, () => 'C');
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 8 * bytesPerCharacter });
    expect(cache.reconciled('b', 'v', 4, () => 'B again')).toBe('B again');
  });

  it('remembers nothing with a budget of 0', () => {
    const cache = new ReconciledFactCache(0);
    cache.reconciled('a', 'v', 4, () => 'A');
    expect(cache.reconciled('a', 'v', 4, () => 'A again')).toBe('A again');
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2, entries: 0 });
  });

  it('remembers no fact whose reconciliation failed', () => {
    const cache = new ReconciledFactCache(1024);
    expect(() =>
      cache.reconciled('a', 'v', 4, () => {
        throw new TypeError('unreadable');
      }),
    ).toThrow('unreadable');
    expect(cache.reconciled('a', 'v', 4, () => 'A')).toBe('A');
  });

  it("hands out facts frozen through and through, so no request can change another one's answer", () => {
    const fact = new ReconciledFactCache(1024).remember('p', 'v', 4, { name: 'P', aliases: ['Q'], birth: { value: '1970' } });
    expect(() => fact.aliases.push('R')).toThrow(TypeError);
    expect(() => Object.assign(fact.birth, { value: '1971' })).toThrow(TypeError);
  });
});

describe('the read mappers over the cache', () => {
  afterEach(() => reconciledFacts.resize(256 * 1024 * 1024));

  it('return the same person for the same fingerprint, and the changed person for a changed one', () => {
    const before = toPerson({ id: 'p', contentHash: 'h1', statements: statements('Ilona Benz') });
    expect(toPerson({ id: 'p', contentHash: 'h1', statements: statements('Ilona Benz') })).toBe(before);
    expect(Object.isFrozen(before)).toBe(true);
    expect(toPerson({ id: 'p', contentHash: 'h2', statements: statements('Ilona Bentz') }).name).toBe('Ilona Bentz');
  });

  it('tell facts without a fingerprint apart by their statements', () => {
    expect(toPerson({ id: 'q', contentHash: null, statements: statements('Martin Verlage') }).name).toBe('Martin Verlage');
    expect(toPerson({ id: 'q', contentHash: null, statements: statements('Martin Verlag') }).name).toBe('Martin Verlag');
  });

  it('reconcile a tenure again when it is linked to another holder in the same version', () => {
    const props = {
      id: 't',
      contentHash: 'h',
      statements: JSON.stringify([
        { sourceId: 's', published: { earliest: '2021-12-13', latest: '2021-12-13' }, supports: ['existence'], inference: null, values: {} },
      ]),
    };
    expect(toTenure(props, { personId: 'p', postId: 'o/r', postOrganizationId: 'o' }).personId).toBe('p');
    expect(toTenure(props, { personId: 'q', postId: 'o/r', postOrganizationId: 'o' }).personId).toBe('q');
  });
});
