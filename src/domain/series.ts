import { daysInMonth, type IsoDate } from './calendar.js';
import type { Certainty } from './temporal.js';

/**
 * Counting posts over time. A post is held certainly on a day when at least one of its
 * tenures is CERTAIN that day, held possibly when none is certain but one is POSSIBLE,
 * and vacant when none is either: exactly what `holders` (empty or not, certain first)
 * and `vacancies` answer for that day.
 */

/** What a post was on a day. */
export type PostState = 'CERTAIN' | 'POSSIBLE' | 'VACANT';

/** The post's state from the certainties of its tenures that day (null: not held). */
export function postStateOf(certainties: readonly (Certainty | null)[]): PostState {
  if (certainties.includes('CERTAIN')) return 'CERTAIN';
  return certainties.includes('POSSIBLE') ? 'POSSIBLE' : 'VACANT';
}

/** How far apart the days of a series are. */
export type SeriesStep = 'MONTH' | 'QUARTER' | 'YEAR';

const monthsPerStep: Record<SeriesStep, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The most days one series may count; 1,200 months are a century. */
export const maxSeriesDays = 1_200;

/**
 * The days a series counts: `from`, then one step later each time while on or before
 * `to`. Steps are calendar months from `from`: 2021-01-31 by month gives 2021-02-28,
 * 2021-03-31, … (the day of `from`, or the month's last day when it has fewer days).
 * Stops one day past `maxSeriesDays`, so a caller can tell a series that is too long.
 */
export function seriesDays(from: IsoDate, to: IsoDate, step: SeriesStep): IsoDate[] {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const days: IsoDate[] = [];
  for (let i = 0; ; i += 1) {
    const monthIndex = month - 1 + i * monthsPerStep[step];
    const y = year + Math.floor(monthIndex / 12);
    const m = (monthIndex % 12) + 1;
    const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, daysInMonth(y, m))).padStart(2, '0')}`;
    if (date > to || days.length > maxSeriesDays) break;
    days.push(date);
  }
  return days;
}
