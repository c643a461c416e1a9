import { describe, expect, it } from 'vitest';
import { toNameQuery } from '../../../src/graph/SearchRepository.js';

describe('toNameQuery', () => {
  it('asks for every word, whole or as a prefix, or for all of them run together', () => {
    expect(toNameQuery('Ilona Benz')).toBe('((ilona^2 OR ilona*) AND (benz^2 OR benz*)) OR (ilonabenz^2 OR ilonabenz*)');
    expect(toNameQuery('Benz')).toBe('(benz^2 OR benz*)');
  });

  it('cuts words at punctuation, as names are indexed, so "KL-digital" and "KL.digital" ask what "KL digital" asks', () => {
    const expected = '((kl^2 OR kl*) AND (digital^2 OR digital*)) OR (kldigital^2 OR kldigital*)';
    for (const typed of ['KL-digital', 'KL.digital', 'KL digital', ' kl / digital ']) expect(toNameQuery(typed), typed).toBe(expected);
  });

  it('leaves no Lucene syntax in the query and lower-cases operators, so that user input stays words', () => {
    expect(toNameQuery('KL.digital (GmbH) AND "x"')).toBe(
      '((kl^2 OR kl*) AND (digital^2 OR digital*) AND (gmbh^2 OR gmbh*) AND (and^2 OR and*) AND (x^2 OR x*)) OR (kldigitalgmbhandx^2 OR kldigitalgmbhandx*)',
    );
    expect(toNameQuery('a:b~ c/d*')).toBe('((a^2 OR a*) AND (b^2 OR b*) AND (c^2 OR c*) AND (d^2 OR d*)) OR (abcd^2 OR abcd*)');
  });

  it('keeps umlauts and ß for the analyzer to fold, and answers null when no word is left', () => {
    expect(toNameQuery('Württ')).toBe('(württ^2 OR württ*)');
    expect(toNameQuery('Benz -')).toBe('(benz^2 OR benz*)');
    expect(toNameQuery(' ?! ')).toBeNull();
  });
});
