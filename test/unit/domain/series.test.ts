import { describe, expect, it } from 'vitest';
import { maxSeriesDays, postStateOf, seriesDays } from '../../../src/domain/series.js';

describe('postStateOf', () => {
  it('is CERTAIN when any tenure is certain, POSSIBLE when one is only possible, VACANT otherwise', () => {
    expect(postStateOf(['POSSIBLE', 'CERTAIN', null])).toBe('CERTAIN');
    expect(postStateOf([null, 'POSSIBLE'])).toBe('POSSIBLE');
    expect(postStateOf([null, null])).toBe('VACANT');
    expect(postStateOf([])).toBe('VACANT');
  });
});

describe('seriesDays', () => {
  it('counts 108 months from January 2017 to December 2025', () => {
    const days = seriesDays('2017-01-01', '2025-12-31', 'MONTH');
    expect(days).toHaveLength(108);
    expect([days[0], days[1], days.at(-1)]).toEqual(['2017-01-01', '2017-02-01', '2025-12-01']);
  });

  it('steps by quarter and by year from the first day given', () => {
    expect(seriesDays('2021-02-15', '2022-01-01', 'QUARTER')).toEqual(['2021-02-15', '2021-05-15', '2021-08-15', '2021-11-15']);
    expect(seriesDays('2020-02-29', '2023-03-01', 'YEAR')).toEqual(['2020-02-29', '2021-02-28', '2022-02-28', '2023-02-28']);
  });

  it("keeps the day of the month, or the month's last day when it is shorter", () => {
    expect(seriesDays('2021-01-31', '2021-04-30', 'MONTH')).toEqual(['2021-01-31', '2021-02-28', '2021-03-31', '2021-04-30']);
  });

  it('gives the single day when from and to are the same, and nothing when from is after to', () => {
    expect(seriesDays('2022-02-01', '2022-02-01', 'YEAR')).toEqual(['2022-02-01']);
    expect(seriesDays('2022-02-02', '2022-02-01', 'MONTH')).toEqual([]);
  });

  it(`stops one day past ${maxSeriesDays}, so that a series too long can be told`, () => {
    expect(seriesDays('1000-01-01', '9999-12-31', 'MONTH')).toHaveLength(maxSeriesDays + 1);
  });
});
