import { describe, expect, it } from 'vitest';
import { hrefOf, isIsoDate, parseRoute, parseViewState, pathOf } from '../../../web/src/routing/viewState.js';

describe('parseRoute', () => {
  it('reads the search page, a person and an organisation', () => {
    expect(parseRoute('/')).toEqual({ page: 'search' });
    expect(parseRoute('/person/ilona-benz')).toEqual({ page: 'person', id: 'ilona-benz' });
    expect(parseRoute('/organization/kl-digital')).toEqual({ page: 'organization', id: 'kl-digital' });
  });

  it('keeps slashes and decodes escapes inside an id', () => {
    expect(parseRoute('/organization/gemeindetag/stabsstelle%20digital')).toEqual({ page: 'organization', id: 'gemeindetag/stabsstelle digital' });
  });

  it('calls anything else not found', () => {
    expect(parseRoute('/person/')).toEqual({ page: 'notFound' });
    expect(parseRoute('/people/ilona-benz')).toEqual({ page: 'notFound' });
  });
});

describe('parseViewState', () => {
  it('defaults to German with no dates, no search and no open dialog', () => {
    expect(parseViewState('')).toEqual({ lang: 'de', asOf: null, knownOn: null, q: '', cite: null });
  });

  it('reads every parameter the explorer writes', () => {
    expect(parseViewState('?lang=en&asOf=2022-03-01&knownOn=2021-12-13&q=Benz&cite=tenure%3Ax')).toEqual({
      lang: 'en',
      asOf: '2022-03-01',
      knownOn: '2021-12-13',
      q: 'Benz',
      cite: 'tenure:x',
    });
  });

  it('ignores dates that are not real calendar days instead of sending them to the API', () => {
    expect(parseViewState('?asOf=2022-02-30&knownOn=2022').asOf).toBeNull();
    expect(parseViewState('?asOf=2022-02-30&knownOn=2022').knownOn).toBeNull();
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
  });
});
