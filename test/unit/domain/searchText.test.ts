import { describe, expect, it } from 'vitest';
import { MatchQuality, matchQualityOf, searchTextOf, wordsOf } from '../../../src/domain/searchText.js';

describe('wordsOf', () => {
  it('cuts at anything but letters and digits', () => {
    expect(wordsOf('KL.digital GmbH & Co. KG, 2. Runde')).toEqual(['KL', 'digital', 'GmbH', 'Co', 'KG', '2', 'Runde']);
    expect(wordsOf('Baden-Württemberg')).toEqual(['Baden', 'Württemberg']);
  });
});

describe('searchTextOf', () => {
  it('indexes a name as printed, with its words apart and run together', () => {
    expect(searchTextOf(['KL.digital']).split('\n')).toEqual(['KL.digital', 'KL digital', 'KLdigital']);
  });

  it('writes each variant once, and a plain name once', () => {
    expect(searchTextOf(['Ilona Benz', 'Benz'])).toBe('Ilona Benz\nIlonaBenz\nBenz');
  });

  it('with compounds, indexes every tail of four letters or more of each long word', () => {
    const tails = searchTextOf(['Digitalisierungsausschuss'], { compounds: true }).split('\n').at(-1)?.split(' ') ?? [];
    expect(tails).toContain('ausschuss');
    expect(tails).toContain('schuss');
    expect(tails.at(-1)).toBe('huss');
    expect(tails).not.toContain('Digitalisierungsausschuss');
  });

  it('leaves words under eight letters whole', () => {
    expect(searchTextOf(['Landrat Kaiserslautern'], { compounds: true }).split('\n').at(-1)?.split(' ')).not.toContain('andrat');
  });
});

describe('matchQualityOf', () => {
  it.each([
    ['kl digital', ['KL.digital'], MatchQuality.Exact],
    ['KL-Digital', ['KL.digital'], MatchQuality.Exact],
    ['kldigital', ['KL.digital'], MatchQuality.Exact],
    ['Stadt Kaisers', ['Stadt Kaiserslautern'], MatchQuality.Start],
    ['digital', ['KL.digital'], MatchQuality.Words],
    ['digital', ['Digitalisierungsausschuss'], MatchQuality.Start],
    ['Kaiserslautern', ['Stadt Kaiserslautern'], MatchQuality.Words],
    ['Wuerttemberg', ['Gemeindetag Baden-Württemberg'], MatchQuality.Words],
    ['Kaisers', ['Stadt Kaiserslautern'], MatchQuality.WordStarts],
    ['Ausschuss', ['Digitalisierungsausschuss'], MatchQuality.Other],
    ['Benz', ['Ilona Müller', 'Benz'], MatchQuality.Exact],
  ] as const)('rates %j against %j as %s', (query, names, quality) => {
    expect(matchQualityOf(query, names)).toBe(quality);
  });
});
