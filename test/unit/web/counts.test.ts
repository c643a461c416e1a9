import { describe, expect, it } from 'vitest';
import { evidenceCount } from '../../../web/src/citations/counts.js';
import { countOf } from '../../../web/src/i18n/messages.js';
import { hitLine } from '../../../web/src/pages/hitLine.js';
import { citation, day, source } from './explorerFacts.js';

describe('evidenceCount', () => {
  it('counts sources and quotes apart, in the singular where there is one', () => {
    const article = source('article', '2021-12-13');
    const quotes = [citation('a', article), citation('b', article, 5), citation('c', article, 9)];
    expect(evidenceCount('de', quotes.slice(0, 1))).toBe('1 Quelle · 1 Zitat');
    expect(evidenceCount('de', quotes)).toBe('1 Quelle · 3 Zitate');
    expect(evidenceCount('en', [...quotes, citation('d', source('other', '2022-01-01'))])).toBe('2 sources · 4 quotes');
  });

  it('writes larger numbers as the language does', () => {
    expect(countOf('de', 'quote', 1200)).toBe('1.200 Zitate');
    expect(countOf('en', 'person', 1)).toBe('1 person');
  });
});

describe('hitLine', () => {
  it('gives a person’s latest role with its dates and status', () => {
    const hit = {
      id: 'ilona-benz',
      tenures: [
        {
          titleDe: 'Geschäftsführerin',
          titleEn: 'Managing director',
          status: 'ANNOUNCED' as const,
          organization: { name: 'KL.digital' },
          start: day('2022-02-01'),
          end: null,
        },
      ],
    };
    expect(hitLine('de', hit)).toBe('Geschäftsführerin, KL.digital, seit 1. Februar 2022 (angekündigt)');
    expect(hitLine('en', { ...hit, tenures: [] })).toBe('');
  });

  it('gives an organisation’s kind, legal form, seat, parent and the start of its description', () => {
    const hit = {
      id: 'x',
      kind: 'company',
      legalForm: 'GmbH',
      seat: 'Kaiserslautern',
      descriptionDe: 'Städtische Gesellschaft. '.repeat(10),
      descriptionEn: null,
      partOf: null,
    };
    const line = hitLine('de', hit);
    expect(line.startsWith('Unternehmen · GmbH · Sitz Kaiserslautern · Städtische Gesellschaft.')).toBe(true);
    expect(line.endsWith(' …')).toBe(true);
    expect(line.length).toBeLessThan(200);
  });
});
