import { describe, expect, it } from 'vitest';
import { formatBirthYears, formatDate, formatInterval, formatPartialDate, formatPercentage, formatSpan } from '../../../web/src/format/dates.js';

const year = { value: '2018', precision: 'YEAR' as const, earliest: '2018-01-01', latest: '2018-12-31' };
const month = { value: '2022-02', precision: 'MONTH' as const, earliest: '2022-02-01', latest: '2022-02-28' };
const day = { value: '2022-02-01', precision: 'DAY' as const, earliest: '2022-02-01', latest: '2022-02-01' };
const words = { since: 'seit', until: 'bis' };

describe('formatPartialDate', () => {
  it('never shows more precision than the source gave', () => {
    expect(formatPartialDate('de', year)).toBe('2018');
    expect(formatPartialDate('de', month)).toBe('Februar 2022');
    expect(formatPartialDate('en', month)).toBe('February 2022');
    expect(formatPartialDate('de', day)).toBe('1. Februar 2022');
    expect(formatPartialDate('en', day)).toBe('1 February 2022');
  });
});

describe('formatBirthYears', () => {
  it('shows both possible years when an age only bounds the birth', () => {
    expect(formatBirthYears({ value: '1990', precision: 'YEAR', earliest: '1989-12-14', latest: '1990-12-13' })).toBe('1989/1990');
  });

  it('shows one year when the birth is known to it', () => {
    expect(formatBirthYears(year)).toBe('2018');
  });
});

describe('formatSpan', () => {
  it('writes both ends, an open end and an unknown start in words', () => {
    expect(formatSpan('de', year, month, words)).toBe('2018 – Februar 2022');
    expect(formatSpan('de', day, null, words)).toBe('seit 1. Februar 2022');
    expect(formatSpan('de', null, day, words)).toBe('bis 1. Februar 2022');
    expect(formatSpan('de', null, null, words)).toBe('');
  });
});

describe('formatDate and formatInterval', () => {
  it('writes calendar days in the view language, in UTC', () => {
    expect(formatDate('de', '2021-12-13')).toBe('13. Dezember 2021');
    expect(formatInterval('en', '2022-01-01', '2022-01-31')).toBe('1 January 2022 – 31 January 2022');
  });
});

describe('formatPercentage', () => {
  it('follows each language’s spacing', () => {
    expect(formatPercentage('de', 100)).toBe('100\u00a0%');
    expect(formatPercentage('en', 100)).toBe('100%');
    expect(formatPercentage('en', 12.5)).toBe('12.5%');
  });
});

describe('formatPartialDate with a range', () => {
  it('shows both bounds of a stated span', () => {
    expect(formatPartialDate('de', { value: '2021-12-13/2022-01-31', precision: 'DAY', earliest: '2021-12-13', latest: '2022-01-31' })).toBe(
      'zwischen 13. Dezember 2021 und 31. Januar 2022',
    );
    expect(formatPartialDate('en', { value: '2017/2018', precision: 'YEAR', earliest: '2017-01-01', latest: '2018-12-31' })).toBe('between 2017 and 2018');
  });

  it('writes each bound of a span from a year to a month at its own precision, not the month of both', () => {
    const yearToMonth = { value: '2023/2024-01', precision: 'MONTH' as const, earliest: '2023-01-01', latest: '2024-01-31' };
    expect(formatPartialDate('de', yearToMonth)).toBe('zwischen 2023 und Januar 2024');
    expect(formatSpan('en', year, yearToMonth, words)).toBe('2018 – between 2023 and January 2024');
  });

  it('names both years an age allows for a birth given as a span of days', () => {
    expect(formatPartialDate('en', { value: '1989-12-14/1990-12-13', precision: 'DAY', earliest: '1989-12-14', latest: '1990-12-13' })).toBe(
      'between 14 December 1989 and 13 December 1990',
    );
  });
});
