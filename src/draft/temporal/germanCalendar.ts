import { addDays, daysInMonth, type IsoDate } from '../../domain/calendar.js';
import { parsePartialDate, type PartialDate } from '../../domain/partialDate.js';

/**
 * The German words of the calendar, and the arithmetic the temporal normaliser
 * needs on whole days. HeidelTime keeps such words in resource files (months,
 * seasons, "part words", this/next/last words); these are rolegraph's own lists.
 */

export const monthNames = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;

/** Month names and their usual short forms, each with its month number (1–12). */
export const monthWords: ReadonlyMap<string, number> = new Map([
  ...monthNames.map((name, index) => [name, index + 1] as const),
  ['Jänner', 1],
  ['Jan.', 1],
  ['Feb.', 2],
  ['Febr.', 2],
  ['Aug.', 8],
  ['Sept.', 9],
  ['Sep.', 9],
  ['Okt.', 10],
  ['Nov.', 11],
  ['Dez.', 12],
]);

/** A regular-expression alternation of the month words, longest first. */
export const monthPattern = [...monthWords.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace('.', '\\.'))
  .join('|');

export const weekdayNames = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;

/** Number words up to twenty and the round tens a news text writes out. */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['einem', 1],
  ['einen', 1],
  ['einer', 1],
  ['ein', 1],
  ['eins', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['elf', 11],
  ['zwölf', 12],
  ['dreizehn', 13],
  ['vierzehn', 14],
  ['fünfzehn', 15],
  ['sechzehn', 16],
  ['siebzehn', 17],
  ['achtzehn', 18],
  ['neunzehn', 19],
  ['zwanzig', 20],
  ['dreißig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
]);

export const numberPattern = `\\d{1,3}|${[...numberWords.keys()].sort((a, b) => b.length - a.length).join('|')}`;

/** The value of a number written as digits or as a word. */
export function numberOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (numberWords.get(word.toLowerCase()) ?? Number.NaN);
}

/** A span of whole days, both ends included. */
export interface DayRange {
  earliest: IsoDate;
  latest: IsoDate;
}

export function yearRange(year: number): DayRange {
  return { earliest: `${pad(year, 4)}-01-01`, latest: `${pad(year, 4)}-12-31` };
}

/** Months `from`..`to` of a year; months beyond 12 run into the next years. */
export function monthRange(year: number, from: number, to: number = from): DayRange {
  const start = normaliseMonth(year, from);
  const end = normaliseMonth(year, to);
  return {
    earliest: `${pad(start.year, 4)}-${pad(start.month, 2)}-01`,
    latest: `${pad(end.year, 4)}-${pad(end.month, 2)}-${pad(daysInMonth(end.year, end.month), 2)}`,
  };
}

export function dayRange(year: number, month: number, from: number, to: number = from): DayRange {
  const last = daysInMonth(year, month);
  return {
    earliest: `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(from, last), 2)}`,
    latest: `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(to, last), 2)}`,
  };
}

/** Year and month of `month` counted from January of `year` (13 is January of the next year, 0 December of the last). */
export function normaliseMonth(year: number, month: number): { year: number; month: number } {
  const index = year * 12 + (month - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function partsOf(day: IsoDate): { year: number; month: number; day: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
}

/** Monday is 0, Sunday 6, as German weeks count. */
export function weekdayOf(day: IsoDate): number {
  const { year, month, day: date } = partsOf(day);
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
}

/** The nearest day with that weekday strictly before (-1) or after (+1) `day`. */
export function nearestWeekday(day: IsoDate, weekday: number, direction: -1 | 1): IsoDate {
  let candidate = addDays(day, direction);
  while (weekdayOf(candidate) !== weekday) candidate = addDays(candidate, direction);
  return candidate;
}

/**
 * The partial date that says exactly `range`: `2018`, `2018-05`, `2022-02-01`, or an
 * interval `2023-06-21/2023-06-30` whose ends are written as finely as the finer one
 * needs (so both ends of an interval read alike).
 */
export function partialDateOf(range: DayRange): PartialDate {
  const fineness = Math.max(finenessOf(range.earliest, 'start'), finenessOf(range.latest, 'end'));
  const cut = (day: IsoDate) => day.slice(0, [4, 7, 10][fineness]);
  const [from, to] = [cut(range.earliest), cut(range.latest)];
  const parsed = parsePartialDate(from === to ? from : `${from}/${to}`);
  if (!parsed) throw new RangeError(`No partial date spans ${range.earliest}..${range.latest}.`);
  return parsed;
}

/** 0 when the day is where a year starts (or ends), 1 for a month, 2 otherwise. */
function finenessOf(day: IsoDate, side: 'start' | 'end'): number {
  const { year, month, day: date } = partsOf(day);
  const edgeDay = side === 'start' ? 1 : daysInMonth(year, month);
  if (date !== edgeDay) return 2;
  return month === (side === 'start' ? 1 : 12) ? 0 : 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
