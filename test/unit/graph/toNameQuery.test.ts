import { describe, expect, it } from 'vitest';
import { toNameQuery } from '../../../src/graph/SearchRepository.js';

describe('toNameQuery', () => {
  it('asks for every word, whole or as a prefix', () => {
    expect(toNameQuery('Ilona Benz')).toBe('(ilona^2 OR ilona*) AND (benz^2 OR benz*)');
  });

  it('escapes Lucene syntax and lower-cases operators so that user input stays words', () => {
    expect(toNameQuery('KL.digital (GmbH) AND "x"')).toBe('(kl.digital^2 OR kl.digital*) AND (\\(gmbh\\)^2 OR \\(gmbh\\)*) AND (and^2 OR and*) AND (\\"x\\"^2 OR \\"x\\"*)');
    expect(toNameQuery('a:b~ c/d')).toBe('(a\\:b\\~^2 OR a\\:b\\~*) AND (c\\/d^2 OR c\\/d*)');
  });

  it('drops tokens without a letter or digit and answers null when nothing is left', () => {
    expect(toNameQuery('Benz -')).toBe('(benz^2 OR benz*)');
    expect(toNameQuery(' ?! ')).toBeNull();
  });
});
