import { afterEach, describe, expect, it } from 'vitest';
import { toPerson, toTenure } from '../../../src/graph/readMappers.js';
import { bytesPerCharacter, deepFreeze, ReconciledFactCache, reconciledFacts } from '../../../src/graph/reconciledFacts.js';

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
  it('answers a fact read again from the same text without reconciling it again', () => {
    const cache = new ReconciledFactCache(1024 * 1024);
    let reconciled = 0;
    const reconcile = () => ({ name: `P${++reconciled}` });
    const first = cache.reconciled('Person\u0000p', 'text', reconcile);
    expect(cache.reconciled('Person\u0000p', 'text', reconcile)).toBe(first);
    expect(reconciled).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1, bytes: 'text'.length * bytesPerCharacter });
  });

  it('reconciles a fact again once its stored text has changed, as a seed changes it', () => {
    const cache = new ReconciledFactCache(1024 * 1024);
    cache.reconciled('Person\u0000p', 'before', () => ({ name: 'Old' }));
    expect(cache.reconciled('Person\u0000p', 'after', () => ({ name: 'New' }))).toEqual({ name: 'New' });
    expect(cache.reconciled('Person\u0000p', 'after', () => ({ name: 'Never asked' }))).toEqual({ name: 'New' });
  });

  it('gives up the least recently read facts to stay within its budget', () => {
    const cache = new ReconciledFactCache(10 * bytesPerCharacter);
    cache.reconciled('a', 'aaaa', () => 'A');
    cache.reconciled('b', 'bbbb', () => 'B');
    cache.reconciled('a', 'aaaa', () => 'not asked: a is held');
    cache.reconciled('c', 'cccc', () => 'C');
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 8 * bytesPerCharacter });
    expect(cache.reconciled('b', 'bbbb', () => 'B again')).toBe('B again');
  });

  it('remembers nothing with a budget of 0', () => {
    const cache = new ReconciledFactCache(0);
    cache.reconciled('a', 'aaaa', () => 'A');
    expect(cache.reconciled('a', 'aaaa', () => 'A again')).toBe('A again');
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2, entries: 0 });
  });

  it('remembers no fact whose reconciliation failed', () => {
    const cache = new ReconciledFactCache(1024);
    expect(() =>
      cache.reconciled('a', 'text', () => {
        throw new TypeError('unreadable');
      }),
    ).toThrow('unreadable');
    expect(cache.reconciled('a', 'text', () => 'A')).toBe('A');
  });

  it("hands out facts frozen through and through, so no request can change another one's answer", () => {
    const fact = deepFreeze({ name: 'P', aliases: ['Q'], birth: { value: '1970' } });
    expect(() => fact.aliases.push('R')).toThrow(TypeError);
    expect(() => Object.assign(fact.birth, { value: '1971' })).toThrow(TypeError);
  });
});

describe('the read mappers over the cache', () => {
  afterEach(() => reconciledFacts.resize(256 * 1024 * 1024));

  it('return the same person for the same stored statements, and the changed person for changed ones', () => {
    const before = toPerson({ id: 'p', statements: statements('Ilona Benz') });
    expect(toPerson({ id: 'p', statements: statements('Ilona Benz') })).toBe(before);
    expect(Object.isFrozen(before)).toBe(true);
    expect(toPerson({ id: 'p', statements: statements('Ilona Bentz') }).name).toBe('Ilona Bentz');
  });

  it('reconcile a tenure again when it is linked to another holder with the same statements', () => {
    const props = {
      id: 't',
      statements: JSON.stringify([
        { sourceId: 's', published: { earliest: '2021-12-13', latest: '2021-12-13' }, supports: ['existence'], inference: null, values: {} },
      ]),
    };
    expect(toTenure(props, { personId: 'p', postId: 'o/r', postOrganizationId: 'o' }).personId).toBe('p');
    expect(toTenure(props, { personId: 'q', postId: 'o/r', postOrganizationId: 'o' }).personId).toBe('q');
  });
});
