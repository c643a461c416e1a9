import { describe, expect, it } from 'vitest';
import type { PersonValues, TenureValues } from '../../../src/domain/entities.js';
import { birthFromAge } from '../../../src/domain/partialDate.js';
import { honorificKey, reconcileDate, reconcileProse, reconcileUnion, reconcileValue } from '../../../src/domain/reconcile.js';
import { reconcilePerson, reconcileTenure } from '../../../src/domain/reconcileFacts.js';
import { knownStatements } from '../../../src/domain/statements.js';
import { certainInterval, certaintyAt, possibleInterval, statusOf } from '../../../src/domain/temporal.js';
import { said, statement } from '../../fixtures/statements.js';

const tenureStatement = (source: string, published: string, supports: Parameters<typeof statement>[2], values: Parameters<typeof statement<TenureValues>>[3]) =>
  statement<TenureValues>(source, published, supports, { organization: 'stadt', ...values });
const held = (...statements: ReturnType<typeof tenureStatement>[]) =>
  reconcileTenure({ id: 't', personId: 'p', postId: 'stadt/cdo', postOrganizationId: 'stadt' }, statements)!;
const counting = (outcome: { claims: { sourceId: string; counts: boolean }[] }) => outcome.claims.map((claim) => [claim.sourceId, claim.counts]);

describe('reconcileDate: compatible claims merge', () => {
  it('lets a coarser date corroborate a finer one it contains: the answer is the finer, and both count', () => {
    const outcome = reconcileDate(
      [tenureStatement('a', '2021-12-13', ['start'], { start: '2022-02-01' }), tenureStatement('b', '2022-06', ['start'], { start: '2022-02' })],
      'start',
    );
    expect(outcome.value).toMatchObject({ value: '2022-02-01', precision: 'DAY', inference: null });
    expect(outcome.disputed).toBe(false);
    expect(counting(outcome)).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('keeps an inferred day inside a stated month, still marked as inferred, both sources citing it', () => {
    const inferred = said('2021-12-31', { inference: 'He will not extend his contract beyond the end of the year.' });
    const outcome = reconcileDate(
      [tenureStatement('a', '2021-12-13', ['end'], { end: inferred }), tenureStatement('b', '2022', ['end'], { end: '2021-12' })],
      'end',
    );
    expect(outcome.value).toMatchObject({ value: '2021-12-31', inference: 'He will not extend his contract beyond the end of the year.' });
    expect(outcome.disputed).toBe(false);
    expect(counting(outcome)).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('removes the inference marker once a source states the same date outright', () => {
    const inferred = said('2021-12-31', { inference: 'End of the year.' });
    const outcome = reconcileDate(
      [tenureStatement('a', '2021-12-13', ['end'], { end: inferred }), tenureStatement('b', '2022-01-10', ['end'], { end: '2021-12-31' })],
      'end',
    );
    expect(outcome.value).toMatchObject({ value: '2021-12-31', inference: null });
    expect(outcome.inference).toBeNull();
  });

  it('lets a stated date beat an inferred one that contradicts it, without a dispute', () => {
    const inferred = said('2021-12-31', { inference: 'End of the year.' });
    const outcome = reconcileDate(
      [tenureStatement('a', '2021-12-13', ['end'], { end: inferred }), tenureStatement('b', '2022-03-01', ['end'], { end: '2022-01-15' })],
      'end',
    );
    expect(outcome.value).toMatchObject({ value: '2022-01-15', inference: null });
    expect(outcome.disputed).toBe(false);
    expect(counting(outcome)).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('intersects ranges: a span and a month leave the days both allow, written as a span', () => {
    const outcome = reconcileDate(
      [tenureStatement('a', '2021-12-13', ['end'], { end: '2021-12-13/2022-01-31' }), tenureStatement('b', '2022-02', ['end'], { end: '2021-12' })],
      'end',
    );
    expect(outcome.value).toMatchObject({ value: '2021-12-13/2021-12-31', precision: 'DAY', earliest: '2021-12-13', latest: '2021-12-31', inference: null });
  });

  it('keeps a source’s own wording where the days all allow are exactly its claim', () => {
    const outcome = reconcileDate(
      [tenureStatement('a', '2021-12-13', ['end'], { end: '2021-12-13/2022-01-31' }), tenureStatement('b', '2022-02', ['end'], { end: '2022-01' })],
      'end',
    );
    expect(outcome.value).toMatchObject({ value: '2022-01', precision: 'MONTH', earliest: '2022-01-01', latest: '2022-01-31' });
  });
});

describe('reconcileDate: incompatible claims are a dispute', () => {
  const dispute = held(
    tenureStatement('a', '2019-03-01', ['start', 'current'], { start: '2017' }),
    tenureStatement('b', '2020-06-01', ['start'], { start: '2018-05' }),
  );

  it('marks the field disputed, keeps every claim counting, and answers the days any claim allows', () => {
    expect(dispute.disputed).toEqual(['start']);
    expect(dispute.start).toMatchObject({ value: '2017-01-01/2018-05-31', earliest: '2017-01-01', latest: '2018-05-31' });
    expect(dispute.claims.filter((claim) => claim.field === 'start').map((claim) => [claim.value, claim.counts])).toEqual([
      ['2017', true],
      ['2018-05', true],
    ]);
  });

  it('keeps the reasons of a dispute between inferred dates only, since no source states either', () => {
    const dates = [
      statement('a', '2020', ['end'], { end: said('2019-12-31', { inference: 'Contract ran out.' }) }),
      statement('b', '2021', ['end'], { end: said('2020-06-30', { inference: 'Moved on.' }) }),
    ];
    expect(reconcileDate(dates, 'end')).toMatchObject({
      disputed: true,
      inference: 'Contract ran out. Moved on.',
      value: { earliest: '2019-12-31', latest: '2020-06-30' },
    });
  });

  it('is certain only where all claims agree, and possible where any allows', () => {
    expect(possibleInterval(dispute).from).toBe('2017-01-01');
    expect(certainInterval(dispute)?.from).toBe('2018-05-31');
    expect([certaintyAt(dispute, '2017-06-01'), certaintyAt(dispute, '2018-05-31')]).toEqual(['POSSIBLE', 'CERTAIN']);
  });

  it('stops counting a claim the analyst deprecates, which keeps its place among the claims', () => {
    const deprecated = said('2017', { rank: 'deprecated', reason: 'The city corrected its own press release.' });
    const ranked = held(
      tenureStatement('a', '2019-03-01', ['start'], { start: deprecated }),
      tenureStatement('b', '2020-06-01', ['start'], { start: '2018-05' }),
    );
    expect(ranked.disputed).toEqual([]);
    expect(ranked.start?.value).toBe('2018-05');
    expect(ranked.claims.filter((claim) => claim.field === 'start').map((claim) => [claim.value, claim.rank, claim.rankReason, claim.counts])).toEqual([
      ['2017', 'deprecated', 'The city corrected its own press release.', false],
      ['2018-05', 'normal', null, true],
    ]);
  });

  it('counts only the preferred claims where the analyst prefers one', () => {
    const preferred = said('2017', { rank: 'preferred', reason: 'The council minutes give the appointment.' });
    const ranked = held(
      tenureStatement('a', '2019-03-01', ['start'], { start: preferred }),
      tenureStatement('b', '2020-06-01', ['start'], { start: '2018-05' }),
    );
    expect(ranked.disputed).toEqual([]);
    expect(ranked.start?.value).toBe('2017');
  });

  it('marks start and end disputed when one source ends the fact before another starts it', () => {
    const reversed = held(tenureStatement('a', '2019-03-01', ['start'], { start: '2018' }), tenureStatement('b', '2019-06-01', ['end'], { end: '2016' }));
    expect(reversed.disputed.sort()).toEqual(['end', 'start']);
    // The fact stays in the answers, possibly held on every day either source allows.
    expect(possibleInterval(reversed)).toEqual({ from: '2016-01-01', to: '2018-12-31' });
    expect(certaintyAt(reversed, '2017-06-01')).toBe('POSSIBLE');
  });
});

describe('confirmations', () => {
  it('make a holder CERTAIN on the day a source reports them current, however coarse the stated start', () => {
    const confirmed = tenureStatement('a', '2022-05-17', ['current'], {});
    const coarse = tenureStatement('b', '2022-09-01', ['start'], { start: '2022-05' });
    expect(certaintyAt(held(confirmed), '2022-05-17')).toBe('CERTAIN');
    expect(certaintyAt(held(confirmed, coarse), '2022-05-17')).toBe('CERTAIN');
    expect(certainInterval(held(confirmed, coarse))?.from).toBe('2022-05-17');
  });

  it('hold for the span a source dated only to a month can mean, never for an invented day', () => {
    const june = tenureStatement('a', '2022-06', ['current'], {});
    expect(certainInterval(held(june))).toBeNull();
    const september = tenureStatement('b', '2022-09', ['current'], {});
    expect(certainInterval(held(june, september))).toEqual({ from: '2022-06-30', to: '2022-09-01' });
  });

  it('mark the start disputed when a source saw the holder in office before the stated start allows', () => {
    const contradicted = held(tenureStatement('a', '2019-03-01', ['current'], {}), tenureStatement('b', '2020-01-01', ['start'], { start: '2019-06' }));
    expect(contradicted.disputed).toEqual(['start']);
    expect(possibleInterval(contradicted).from).toBe('2019-03-01');
  });
});

describe('knownOn and partial publication dates', () => {
  const june = statement<TenureValues>('a', '2022-06', ['current'], { organization: 'stadt' });

  it('counts a source dated to a month as known only from the last day of that month', () => {
    expect(knownStatements([june], '2022-06-15')).toEqual([]);
    expect(knownStatements([june], '2022-06-30')).toEqual([june]);
  });

  it('calls a tenure ANNOUNCED only when every source was certainly published before its start', () => {
    const announcement = tenureStatement('a', '2022-01', ['start'], { start: '2022-02-01' });
    expect(statusOf(held(announcement))).toBe('ANNOUNCED');
    const sameMonth = tenureStatement('a', '2022-02', ['start'], { start: '2022-02-01' });
    expect(statusOf(held(sameMonth))).toBe('REPORTED');
  });

  it('widens a birth from an age by every day the source may have appeared on', () => {
    expect(birthFromAge(31, { earliest: '2021-12-13', latest: '2021-12-13' })).toMatchObject({ earliest: '1989-12-14', latest: '1990-12-13' });
    expect(birthFromAge(31, { earliest: '2022-06-01', latest: '2022-06-30' })).toMatchObject({ earliest: '1990-06-02', latest: '1991-06-30' });
  });
});

describe('values other than dates', () => {
  const person = (...statements: ReturnType<typeof statement<PersonValues>>[]) => reconcilePerson('p', statements)!;

  it('treats style variants of an honorific as one value', () => {
    expect(honorificKey('Prof.')).toBe(honorificKey('Professor'));
    expect(honorificKey('Prof. Dr.')).toBe(honorificKey('Professor Doktor'));
    const outcome = reconcileValue(
      [statement<PersonValues>('a', '2021', [], { honorific: 'Prof.' }), statement<PersonValues>('b', '2022', [], { honorific: 'Professor' })],
      'honorific',
      honorificKey,
    );
    expect(outcome.disputed).toBe(false);
  });

  it('answers a disputed name with the name most sources print, keeping the others as aliases', () => {
    const answer = person(
      statement<PersonValues>('a', '2020', [], { name: 'Gerhard Steinebach' }),
      statement<PersonValues>('b', '2021', [], { name: 'Gerhard Steinbach' }),
      statement<PersonValues>('c', '2022', [], { name: 'Gerhard Steinebach' }),
    );
    expect(answer).toMatchObject({ name: 'Gerhard Steinebach', aliases: ['Gerhard Steinbach'], disputed: ['name'] });
  });

  it('never makes an alias of a name the analyst deprecated as wrong', () => {
    const answer = person(
      statement<PersonValues>('a', '2020', [], { name: 'Gerhard Steinebach' }),
      statement<PersonValues>('b', '2021', [], { name: said('Gerhard Steinbach', { rank: 'deprecated', reason: 'A misprint.' }) }),
    );
    expect(answer).toMatchObject({ name: 'Gerhard Steinebach', aliases: [] });
  });

  it('breaks a tie between two values in favour of the most recently published source', () => {
    const outcome = reconcileValue(
      [statement<TenureValues>('a', '2020', [], { capacity: 'regular' }), statement<TenureValues>('b', '2021', [], { capacity: 'acting' })],
      'capacity',
    );
    expect(outcome).toMatchObject({ value: 'acting', disputed: true });
  });

  it('lets a stated gender beat an inferred one, and keeps the inference only while nothing is stated', () => {
    const inferred = statement<PersonValues>('a', '2020', [], { gender: said<PersonValues['gender']>('male', { inference: 'der Oberbürgermeister' }) });
    expect(person(inferred)).toMatchObject({ gender: 'male', genderInference: 'der Oberbürgermeister' });
    expect(person(inferred, statement<PersonValues>('b', '2021', [], { gender: 'female' }))).toMatchObject({
      gender: 'female',
      genderInference: null,
      disputed: [],
    });
  });

  it('never disputes prose: each source describes in its own words', () => {
    const outcome = reconcileProse(
      [
        statement<{ description: { de: string; en: string } }>('a', '2020', [], { description: { de: 'Eine Gesellschaft.', en: 'A company.' } }),
        statement<{ description: { de: string; en: string } }>('b', '2021', [], {
          description: { de: 'Die städtische Gesellschaft.', en: "The city's company." },
        }),
      ],
      'description',
    );
    expect(outcome).toMatchObject({ disputed: false, value: { en: "The city's company." } });
  });

  it('adds up lists across sources', () => {
    const outcome = reconcileUnion(
      [statement<PersonValues>('a', '2020', [], { aliases: ['Benz'] }), statement<PersonValues>('b', '2021', [], { aliases: ['Benz', 'I. Benz'] })],
      'aliases',
    );
    expect(outcome.value).toEqual(['Benz', 'I. Benz']);
  });

  it('keeps a source’s wrong name apart from the name claims, with its correction', () => {
    const answer = person(
      statement<PersonValues>('a', '2021', [], { name: 'Gerhard Steinebach' }),
      statement<PersonValues>('b', '2022', [], { name: 'Gerhard Steinebach', misnaming: { name: 'Dieter Steinebach', correction: 'He is Gerhard.' } }),
    );
    expect(answer).toMatchObject({
      name: 'Gerhard Steinebach',
      aliases: [],
      disputed: [],
      misnamings: [{ sourceId: 'b', name: 'Dieter Steinebach', correction: 'He is Gerhard.' }],
    });
  });
});
