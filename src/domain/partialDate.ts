import { addDays, addYears, daysInMonth, isIsoDate, type IsoDate } from './calendar.js';

/** How much of a date a source states. */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/**
 * A date as a source states it, with the first and last day it can mean. "2018"
 * means some day of 2018; "2021-12-13/2022-01-31" (an interval, as in EDTF) means
 * some day between the two. Unknown dates are absent (null), never defaulted.
 */
export interface PartialDate {
  /** As stated: "2018", "2018-05", "2022-02-01", or "earliest/latest". */
  value: string;
  precision: DatePrecision;
  earliest: IsoDate;
  latest: IsoDate;
}

const yearPattern = /^\d{4}$/;
const monthPattern = /^(\d{4})-(\d{2})$/;

/**
 * Parses a partial date; returns undefined when `value` is none of the accepted
 * forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two of those joined by `/` with the
 * first not after the second. For an interval the precision is its finer bound's.
 */
export function parsePartialDate(value: string): PartialDate | undefined {
  const parts = value.split('/');
  if (parts.length === 2) {
    const [from, to] = [parseSingle(parts[0] ?? ''), parseSingle(parts[1] ?? '')];
    if (!from || !to || from.earliest > to.latest) return undefined;
    return { value, precision: finer(from.precision, to.precision), earliest: from.earliest, latest: to.latest };
  }
  if (parts.length !== 1) return undefined;
  return parseSingle(value);
}

/** The rule parsePartialDate enforces, in words, for error messages. */
export const partialDateForms = 'a date as stated: YYYY, YYYY-MM, YYYY-MM-DD, or an interval such as 2021-12-13/2022-01-31';

/**
 * The partial date "born between" for someone `age` years old on a day of `on`: aged N on
 * day D, the N-th birthday is on or before D and the (N+1)-th after it. When the day is
 * only known to a span (a source dated "Juni 2022"), the birth range widens to cover every
 * day of it, so that no invented publication day narrows it.
 */
export function birthFromAge(age: number, on: { earliest: IsoDate; latest: IsoDate }): PartialDate {
  const latest = addYears(on.latest, -age);
  const earliest = addDays(addYears(on.earliest, -(age + 1)), 1);
  return { value: `${earliest}/${latest}`, precision: 'DAY', earliest, latest };
}

/** The days two or more partial dates all allow; null when they share none. */
export function intersectDates(dates: readonly Pick<PartialDate, 'earliest' | 'latest'>[]): { earliest: IsoDate; latest: IsoDate } | null {
  if (dates.length === 0) return null;
  const earliest = dates.reduce((max, d) => (d.earliest > max ? d.earliest : max), dates[0]!.earliest);
  const latest = dates.reduce((min, d) => (d.latest < min ? d.latest : min), dates[0]!.latest);
  return earliest <= latest ? { earliest, latest } : null;
}

/** The days any of the partial dates allows, from the first earliest to the last latest. */
export function hullOfDates(dates: readonly Pick<PartialDate, 'earliest' | 'latest'>[]): { earliest: IsoDate; latest: IsoDate } {
  if (dates.length === 0) throw new RangeError('The hull of no dates is undefined.');
  const earliest = dates.reduce((min, d) => (d.earliest < min ? d.earliest : min), dates[0]!.earliest);
  const latest = dates.reduce((max, d) => (d.latest > max ? d.latest : max), dates[0]!.latest);
  return { earliest, latest };
}

/** The partial date `earliest/latest` (or the single day), for a span no source states in one piece. */
export function spanDate(span: { earliest: IsoDate; latest: IsoDate }): PartialDate {
  const value = span.earliest === span.latest ? span.earliest : `${span.earliest}/${span.latest}`;
  return { value, precision: 'DAY', ...span };
}

function parseSingle(value: string): PartialDate | undefined {
  if (yearPattern.test(value)) {
    return { value, precision: 'YEAR', earliest: `${value}-01-01`, latest: `${value}-12-31` };
  }
  const month = monthPattern.exec(value);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    const last = daysInMonth(Number(month[1]), m);
    return { value, precision: 'MONTH', earliest: `${value}-01`, latest: `${value}-${String(last).padStart(2, '0')}` };
  }
  if (isIsoDate(value)) return { value, precision: 'DAY', earliest: value, latest: value };
  return undefined;
}

const order: DatePrecision[] = ['YEAR', 'MONTH', 'DAY'];

function finer(a: DatePrecision, b: DatePrecision): DatePrecision {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}
