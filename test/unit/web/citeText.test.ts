import { describe, expect, it } from 'vitest';
import { citationText, publicationOf } from '../../../web/src/citations/citeText.js';
import { createFactBuilder } from '../../../web/src/citations/facts.js';
import { citation, source, tenureView, year } from './explorerFacts.js';

const article = source('article', '2021-12-13', { title: 'KL.digital bekommt neue Geschäftsleitung' });
const followUp = source('follow-up', '2022-06', { publisher: null, title: 'Nachbericht', url: 'https://example.org/nach' });
const context = {
  lang: 'de' as const,
  permalink: 'http://127.0.0.1:4000/person/ilona-benz?cite=tenure%3Abenz',
  retrievedOn: '2026-05-04',
  asOf: null,
  knownOn: null,
};

describe('citationText', () => {
  const tenure = tenureView({
    sources: [
      citation('zum 1. Februar 2022 mit Ilona Benz', article),
      citation('wird zur KL.digital wechseln', article, 80),
      citation('seit Februar Geschäftsführerin', followUp),
    ],
  });
  const fact = createFactBuilder('de').tenure(tenure);

  it('states the fact, each source’s quotes under it, and where and when it was retrieved', () => {
    expect(citationText(fact, context).split('\n')).toEqual([
      'Ilona Benz: Geschäftsführerin, KL.digital, seit 1. Februar 2022 (angekündigt)',
      '„zum 1. Februar 2022 mit Ilona Benz“',
      '„wird zur KL.digital wechseln“',
      'Quelle: kommune21, „KL.digital bekommt neue Geschäftsleitung“, veröffentlicht am 13. Dezember 2021',
      '„seit Februar Geschäftsführerin“',
      'Quelle: „Nachbericht“, veröffentlicht Juni 2022, https://example.org/nach',
      'Über rolegraph: http://127.0.0.1:4000/person/ilona-benz?cite=tenure%3Abenz (abgerufen am 4. Mai 2026)',
    ]);
  });

  it('names the view’s dates after the fact, in the reader’s language', () => {
    const english = createFactBuilder('en').tenure(tenure);
    const first = citationText(english, { ...context, lang: 'en', asOf: '2022-03-01', knownOn: '2021-12-13' }).split('\n')[0];
    expect(first).toBe('Ilona Benz: Geschäftsführerin, KL.digital, since 1 February 2022 (announced) (as of 1 March 2022, as known on 13 December 2021)');
  });

  it('says what is inferred rather than stated', () => {
    const inferred = createFactBuilder('de').tenure(tenureView({ start: null, end: { ...year('2021'), inference: 'Vertrag endet mit dem Jahr.' } }));
    expect(citationText(inferred, context)).toContain('Erschlossen, nicht wörtlich belegt: Vertrag endet mit dem Jahr.');
  });

  it('cites a whole page by its sources, without their quotes', () => {
    const text = citationText({ statement: 'KL.digital: Posten und Nachfolge', citations: fact.citations, inferences: [] }, context, false);
    expect(text).not.toContain('„zum 1. Februar 2022');
    expect(text).toContain('Quelle: kommune21');
  });
});

describe('publicationOf', () => {
  it('gives the day, the month or the year as the source states it, never more', () => {
    expect(publicationOf('de', article)).toBe('veröffentlicht am 13. Dezember 2021');
    expect(publicationOf('en', followUp)).toBe('published June 2022');
    expect(publicationOf('de', source('y', '2022'))).toBe('veröffentlicht 2022');
  });

  it('gives the latest possible day of a source that states no date', () => {
    expect(publicationOf('de', source('undated', null, { published: { value: null, latest: '2024-05-02' } }))).toBe(
      'Erscheinungsdatum unbekannt, spätestens 2. Mai 2024',
    );
  });
});
