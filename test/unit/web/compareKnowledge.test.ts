import { describe, expect, it } from 'vitest';
import { compareKnowledge, type KnownFact } from '../../../web/src/changes/compareKnowledge.js';
import { citation, day, source, year } from './explorerFacts.js';

const article = citation('Benz wird Geschäftsführerin', source('article', '2021-12-13'));
const later = citation('Benz ist Geschäftsführerin', source('later', '2022-03-01'));

function fact(overrides: Partial<KnownFact> = {}): KnownFact {
  return {
    key: 'tenure:benz',
    label: 'Ilona Benz: Geschäftsführerin, KL.digital',
    start: day('2022-02-01'),
    end: null,
    status: 'angekündigt',
    lastConfirmedOn: null,
    value: null,
    disputed: false,
    citations: [article],
    ...overrides,
  };
}

describe('compareKnowledge', () => {
  it('finds nothing when nothing changed', () => {
    expect(compareKnowledge([fact()], [fact()])).toEqual([]);
  });

  it('names a fact added in between with all its quotes, and one no longer counted', () => {
    const added = fact({ key: 'tenure:new', citations: [later] });
    expect(compareKnowledge([fact()], [fact(), added])).toEqual([
      { kind: 'added', key: 'tenure:new', label: added.label, field: null, before: null, after: null, citations: [later] },
    ]);
    expect(compareKnowledge([fact()], []).map((change) => change.kind)).toEqual(['removed']);
  });

  it('tells a date narrowed to fewer possible days from a date changed, each with the new quotes', () => {
    const narrowed = compareKnowledge([fact({ start: year('2022') })], [fact({ start: day('2022-02-01'), citations: [article, later] })]);
    expect(narrowed).toEqual([
      { kind: 'narrowed', key: 'tenure:benz', label: fact().label, field: 'start', before: year('2022'), after: day('2022-02-01'), citations: [later] },
    ]);
    const moved = compareKnowledge([fact({ end: day('2021-12-31') })], [fact({ end: day('2022-01-31'), citations: [article, later] })]);
    expect(moved.map((change) => [change.kind, change.field])).toEqual([['date', 'end']]);
  });

  it('counts an end learned where none was known as narrowed', () => {
    expect(compareKnowledge([fact()], [fact({ end: day('2024-01-31'), citations: [article, later] })]).map((change) => change.kind)).toEqual(['narrowed']);
  });

  it('names a status and a value changed, and a dispute opened first', () => {
    const changes = compareKnowledge([fact()], [fact({ status: 'berichtet', value: 'interimistisch', disputed: true, citations: [article, later] })]);
    expect(changes.map((change) => [change.kind, change.before, change.after])).toEqual([
      ['disputed', null, null],
      ['status', 'angekündigt', 'berichtet'],
      ['value', null, 'interimistisch'],
    ]);
  });

  it('says a fact was confirmed again, or only backed by another source, when nothing else changed', () => {
    expect(compareKnowledge([fact()], [fact({ lastConfirmedOn: '2022-03-01', citations: [article, later] })]).map((change) => change.kind)).toEqual([
      'confirmed',
    ]);
    expect(compareKnowledge([fact()], [fact({ citations: [article, later] })]).map((change) => [change.kind, change.citations])).toEqual([
      ['corroborated', [later]],
    ]);
  });
});
