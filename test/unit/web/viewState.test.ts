import { describe, expect, it } from 'vitest';
import { changesPathOf, hrefOf, isIsoDate, parseRoute, parseViewState, pathOf } from '../../../web/src/routing/viewState.js';

describe('parseRoute', () => {
  it('reads the search page, a person and an organisation', () => {
    expect(parseRoute('/')).toEqual({ page: 'search' });
    expect(parseRoute('/person/ilona-benz')).toEqual({ page: 'person', id: 'ilona-benz' });
    expect(parseRoute('/organization/kl-digital')).toEqual({ page: 'organization', id: 'kl-digital' });
  });

  it('keeps slashes and decodes escapes inside an id', () => {
    expect(parseRoute('/organization/gemeindetag/stabsstelle%20digital')).toEqual({ page: 'organization', id: 'gemeindetag/stabsstelle digital' });
  });

  it('reads the network, a source and the changes of a person or organisation', () => {
    expect(parseRoute('/network/kl-digital')).toEqual({ page: 'network', id: 'kl-digital' });
    expect(parseRoute('/source/kommune21-2021-12-13-kl-digital')).toEqual({ page: 'source', id: 'kommune21-2021-12-13-kl-digital' });
    expect(parseRoute('/changes/person/ilona-benz')).toEqual({ page: 'changes', kind: 'person', id: 'ilona-benz' });
    expect(parseRoute('/changes/organization/a/b')).toEqual({ page: 'changes', kind: 'organization', id: 'a/b' });
  });

  it('calls anything else not found', () => {
    expect(parseRoute('/changes/source/x')).toEqual({ page: 'notFound' });
    expect(parseRoute('/network/')).toEqual({ page: 'notFound' });
    expect(parseRoute('/person/')).toEqual({ page: 'notFound' });
    expect(parseRoute('/people/ilona-benz')).toEqual({ page: 'notFound' });
  });
});

describe('parseViewState', () => {
  it('defaults to German with no dates, no search and no open dialog', () => {
    expect(parseViewState('')).toEqual({ lang: 'de', asOf: null, knownOn: null, q: '', cite: null, from: null, to: null, expand: [], invalid: [] });
  });

  it('reads every parameter the explorer writes', () => {
    expect(parseViewState('?lang=en&asOf=2022-03-01&knownOn=2021-12-13&q=Benz&cite=tenure%3Ax&from=2021-12-12&to=2021-12-13')).toEqual({
      lang: 'en',
      asOf: '2022-03-01',
      knownOn: '2021-12-13',
      q: 'Benz',
      cite: 'tenure:x',
      from: '2021-12-12',
      to: '2021-12-13',
      expand: [],
      invalid: [],
    });
  });

  it('ignores dates that are not real calendar days instead of sending them to the API', () => {
    expect(parseViewState('?asOf=2022-02-30&knownOn=2022').asOf).toBeNull();
    expect(parseViewState('?asOf=2022-02-30&knownOn=2022').knownOn).toBeNull();
  });

  it('keeps the dates it ignored, so the page can say so', () => {
    expect(parseViewState('?asOf=2022-02-30&knownOn=2022&to=2022-01-01').invalid).toEqual([
      { param: 'asOf', value: '2022-02-30' },
      { param: 'knownOn', value: '2022' },
    ]);
    expect(parseViewState('?asOf=').invalid).toEqual([]);
  });
});

describe('isIsoDate', () => {
  it('accepts a leap day only in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});

describe('hrefOf', () => {
  const state = parseViewState('?lang=en&asOf=2022-03-01&q=Benz&cite=tenure%3Ax');

  it('keeps language and dates but drops the search and the open dialog when leaving a page', () => {
    expect(hrefOf(pathOf('person', 'ilona-benz'), state)).toBe('/person/ilona-benz?lang=en&asOf=2022-03-01');
  });

  it('leaves the default language out of the URL', () => {
    expect(hrefOf('/', state, { lang: 'de', asOf: null })).toBe('/');
  });

  it('escapes each segment of an id but keeps its slashes', () => {
    expect(pathOf('organization', 'a b/c')).toBe('/organization/a%20b/c');
    expect(changesPathOf('person', 'a b')).toBe('/changes/person/a%20b');
  });

  it('writes the expanded nodes of a network in order, each as its own parameter', () => {
    const network = parseViewState('?expand=a&expand=b%2Fc');
    expect(network.expand).toEqual(['a', 'b/c']);
    expect(hrefOf('/network/x', network, { expand: network.expand })).toBe('/network/x?expand=a&expand=b%2Fc');
    expect(hrefOf('/person/a', network)).toBe('/person/a');
  });

  it('keeps the compared dates only when asked, and never writes an invalid date back', () => {
    const changes = parseViewState('?from=2021-12-12&to=2021-12-13&asOf=2022-13-01');
    expect(hrefOf('/changes/person/x', changes)).toBe('/changes/person/x');
    expect(hrefOf('/changes/person/x', changes, { from: changes.from, to: changes.to })).toBe('/changes/person/x?from=2021-12-12&to=2021-12-13');
  });
});
