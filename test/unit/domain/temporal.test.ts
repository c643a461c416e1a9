import { describe, expect, it } from 'vitest';
import type { Tenure } from '../../../src/domain/entities.js';
import {
  certainInterval,
  certaintyAt,
  firstConfirmedOn,
  isHeldDuring,
  lastConfirmedOn,
  possibleInterval,
  statusOf,
  vacancyBetween,
} from '../../../src/domain/temporal.js';
import { knownAs, stated, tenure, type TenureSpec } from '../api/facts.js';

const base = { id: 't', personId: 'p', postId: 'post' };
const view = (spec: Partial<TenureSpec>, knownOn?: string): Tenure => {
  const result = knownAs(tenure({ ...base, ...spec }), knownOn);
  if (!result) throw new Error('expected the tenure to be known');
  return result;
};
const certaintyOn = (v: Tenure, days: string[]) => days.map((day) => certaintyAt(v, day));

describe('certaintyAt with day precision', () => {
  const v = view({ start: stated('2022-02-01'), end: stated('2022-06-30'), cited: ['2022-01-10'] });

  it('is CERTAIN on the first day and on the last day, and null on the days around them', () => {
    expect(certaintyOn(v, ['2022-01-31', '2022-02-01', '2022-06-30', '2022-07-01'])).toEqual([null, 'CERTAIN', 'CERTAIN', null]);
  });
});

describe('certaintyAt with year precision', () => {
  const v = view({ start: stated('2018'), end: stated('2020'), cited: ['2021-01-05'] });

  it('is POSSIBLE from the first day of the start year and CERTAIN from its last day', () => {
    expect(certaintyOn(v, ['2017-12-31', '2018-01-01', '2018-12-30', '2018-12-31'])).toEqual([null, 'POSSIBLE', 'POSSIBLE', 'CERTAIN']);
  });

  it('is CERTAIN up to the first day of the end year and POSSIBLE through its last day', () => {
    expect(certaintyOn(v, ['2020-01-01', '2020-01-02', '2020-12-31', '2021-01-01'])).toEqual(['CERTAIN', 'POSSIBLE', 'POSSIBLE', null]);
  });
});

describe('certaintyAt with month precision', () => {
  const v = view({ start: stated('2020-02'), end: stated('2020-11'), cited: ['2021-01-05'] });

  it('treats February of a leap year as ending on the 29th', () => {
    expect(certaintyOn(v, ['2020-01-31', '2020-02-01', '2020-02-28', '2020-02-29'])).toEqual([null, 'POSSIBLE', 'POSSIBLE', 'CERTAIN']);
  });

  it('is POSSIBLE through the end month and null after it', () => {
    expect(certaintyOn(v, ['2020-11-01', '2020-11-02', '2020-11-30', '2020-12-01'])).toEqual(['CERTAIN', 'POSSIBLE', 'POSSIBLE', null]);
  });
});

describe('an unknown start', () => {
  const v = view({ end: stated('2021-12-31'), cited: ['2021-12-13'], confirmed: ['2021-06-01', '2021-12-13'] });

  it('makes the tenure certain from the first confirmation', () => {
    expect(firstConfirmedOn(v)).toBe('2021-06-01');
    expect(certainInterval(v)).toEqual({ from: '2021-06-01', to: '2021-12-31' });
  });

  it('leaves the possible interval open at the start, so any earlier day is POSSIBLE', () => {
    expect(possibleInterval(v)).toEqual({ from: null, to: '2021-12-31' });
    expect(certaintyOn(v, ['1950-01-01', '2021-05-31', '2021-06-01'])).toEqual(['POSSIBLE', 'POSSIBLE', 'CERTAIN']);
  });

  it('without any confirmation leaves no certain interval at all', () => {
    expect(certainInterval(view({ end: stated('2021-12-31'), cited: ['2021-12-13'] }))).toBeNull();
  });
});

describe('an unknown end', () => {
  const v = view({ start: stated('2018'), cited: ['2021-12-13'], confirmed: ['2020-03-01', '2021-12-13'] });

  it('makes the tenure certain up to the last confirmation and POSSIBLE on every day after it', () => {
    expect(lastConfirmedOn(v)).toBe('2021-12-13');
    expect(certainInterval(v)).toEqual({ from: '2018-12-31', to: '2021-12-13' });
    expect(certaintyOn(v, ['2021-12-13', '2021-12-14', '2099-12-31'])).toEqual(['CERTAIN', 'POSSIBLE', 'POSSIBLE']);
  });

  it('with neither end known nor any confirmation is POSSIBLE on every day', () => {
    const open = view({ cited: ['2021-12-13'] });
    expect(certainInterval(open)).toBeNull();
    expect(certaintyOn(open, ['1900-01-01', '2100-01-01'])).toEqual(['POSSIBLE', 'POSSIBLE']);
  });
});

describe('statusOf', () => {
  it('is ANNOUNCED when every source was published before the start, and the tenure has no certain interval', () => {
    const announced = view({ start: stated('2022-02-01'), cited: ['2021-12-13'] });
    expect(statusOf(announced)).toBe('ANNOUNCED');
    expect(certainInterval(announced)).toBeNull();
    expect(certaintyAt(announced, '2022-02-01')).toBe('POSSIBLE');
  });

  it('is REPORTED once a source published on the first day reports it', () => {
    expect(statusOf(view({ start: stated('2022-02-01'), cited: ['2021-12-13'], confirmed: ['2022-02-01'] }))).toBe('REPORTED');
  });

  it('stays ANNOUNCED when asked what was known before the confirming source', () => {
    expect(statusOf(view({ start: stated('2022-02-01'), cited: ['2021-12-13'], confirmed: ['2022-03-01'] }, '2022-01-15'))).toBe('ANNOUNCED');
  });

  it('is REPORTED when the start is unknown and PLANNED when a source states only the intention', () => {
    expect(statusOf(view({ cited: ['2021-12-13'] }))).toBe('REPORTED');
    expect(statusOf(view({ cited: ['2021-12-13'], planned: true }))).toBe('PLANNED');
  });

  it('is PLANNED no longer once a source gives the start of what another only announced as planned', () => {
    expect(statusOf(view({ start: stated('2022-02-01'), cited: ['2021-12-13', '2022-03-01'], planned: true }))).toBe('REPORTED');
  });
});

describe('a tenure as known on a day', () => {
  const full: Tenure = tenure({
    ...base,
    start: stated('2018'),
    end: stated('2021-12-31'),
    predecessorId: 'before',
    cited: ['2020-01-01'],
    startCited: ['2020-01-01'],
    endCited: ['2021-12-13'],
    predecessorCited: ['2021-12-13'],
    confirmed: ['2020-01-01', '2021-12-13'],
  });

  it('knows nothing of a tenure before the first source mentions it', () => {
    expect(knownAs(full, '2019-12-31')).toBeNull();
  });

  it('knows it from the day of the first source on, inclusive', () => {
    expect(knownAs(full, '2020-01-01')).not.toBeNull();
  });

  it('keeps only the dates, confirmations and succession link that sources had stated by then', () => {
    const early = knownAs(full, '2021-12-12');
    const day = (d: string) => ({ earliest: d, latest: d });
    expect(early).toMatchObject({ start: full.start, end: null, predecessorId: null, confirmations: [day('2020-01-01')] });
    expect(knownAs(full, '2021-12-13')).toMatchObject({ end: full.end, predecessorId: 'before', confirmations: [day('2020-01-01'), day('2021-12-13')] });
  });

  it('knows everything without knownOn', () => {
    expect(knownAs(full)).toMatchObject({ start: full.start, end: full.end, predecessorId: 'before' });
  });
});

describe('vacancyBetween', () => {
  const before = view({ id: 'a', end: stated('2021-12-31'), cited: ['2021-12-13'] });

  it('spans from the day after the latest end to the day before the earliest start', () => {
    expect(vacancyBetween(before, view({ id: 'b', start: stated('2022-02-01'), cited: ['2021-12-13'] }))).toEqual({ from: '2022-01-01', to: '2022-01-31' });
  });

  it('is a single day when one day lies between them', () => {
    expect(vacancyBetween(before, view({ id: 'b', start: stated('2022-01-02'), cited: ['2021-12-13'] }))).toEqual({ from: '2022-01-01', to: '2022-01-01' });
  });

  it('is null when the next starts the day after, or may overlap', () => {
    expect(vacancyBetween(before, view({ id: 'b', start: stated('2022-01-01'), cited: ['2021-12-13'] }))).toBeNull();
    expect(vacancyBetween(before, view({ id: 'b', start: stated('2021'), cited: ['2021-12-13'] }))).toBeNull();
  });

  it('counts only the certain gap when the dates are imprecise', () => {
    const yearEnd = view({ id: 'a', end: stated('2019'), cited: ['2021-12-13'] });
    expect(vacancyBetween(yearEnd, view({ id: 'b', start: stated('2021-03'), cited: ['2021-12-13'] }))).toEqual({ from: '2020-01-01', to: '2021-02-28' });
  });

  it('is null when either bound is unknown', () => {
    expect(vacancyBetween(before, view({ id: 'b', cited: ['2021-12-13'] }))).toBeNull();
    expect(vacancyBetween(view({ id: 'a', cited: ['2021-12-13'] }), view({ id: 'b', start: stated('2022-02-01'), cited: ['2021-12-13'] }))).toBeNull();
  });
});

describe('isHeldDuring', () => {
  const v = view({ start: stated('2022-02-01'), end: stated('2022-06'), cited: ['2022-01-10'] });

  it('is true when the span touches the possible interval on its first or last day', () => {
    expect(isHeldDuring(v, { from: '2021-01-01', to: '2022-02-01' })).toBe(true);
    expect(isHeldDuring(v, { from: '2022-06-30', to: '2023-01-01' })).toBe(true);
  });

  it('is false for spans that end before or start after', () => {
    expect(isHeldDuring(v, { from: '2021-01-01', to: '2022-01-31' })).toBe(false);
    expect(isHeldDuring(v, { from: '2022-07-01', to: null })).toBe(false);
  });

  it('treats open ends of the span as reaching without limit', () => {
    expect(isHeldDuring(v, { from: null, to: null })).toBe(true);
  });
});
