import { addDays, type IsoDate } from '../../domain/calendar.js';
import {
  dayRange,
  monthPattern,
  monthRange,
  monthWords,
  nearestWeekday,
  normaliseMonth,
  numberOf,
  numberPattern,
  partsOf,
  weekdayNames,
  yearRange,
  type DayRange,
} from './germanCalendar.js';

/**
 * The rules that recognise German temporal expressions and say what they mean.
 * Like HeidelTime's German rules, each rule pairs a pattern with a normalisation;
 * unlike HeidelTime, an expression that leaves its year (or its whole date) to the
 * reader is resolved against the publication day here, and says how.
 */

/** Where an expression lies from the publication day when it leaves its year open. */
export type Direction = 'past' | 'future' | 'same';

/** What one match means, possibly depending on the day it is read from. */
export interface Reading {
  /** True when the text states the date outright ("1. Februar 2022", "2018"). */
  stated: boolean;
  /** Needs the publication day to the day (weekdays, "heute"). */
  needsDay?: boolean;
  /** The days meant, read on `anchor` (a day the article may have been published on). */
  range(anchor: IsoDate, direction: Direction): DayRange | undefined;
  /** Why the date is what it is, for the inference note; empty when stated. */
  explanation: string | ((direction: Direction) => string);
  /** The text leaves the year to the reader, who takes it from the article's day and the tense. */
  yearOpen?: boolean;
}

export interface TemporalRule {
  name: string;
  pattern: RegExp;
  read(match: RegExpExecArray): Reading | undefined;
}

const month = `(?<month>${monthPattern})`;
const year = '(?<year>(?:19|20)\\d\\d)';
const day = '(?<day>[012]?\\d|3[01])\\.';
const part = '(?<part>Anfang|Beginn|Mitte|Ende)';
const season = '(?<season>Frühjahr|Frühling|Sommer|Herbst|Winter)';
const relativeWord = '(?<relative>kommenden|nächsten|folgenden|vergangenen|letzten|vorigen|diesen|dieses|laufenden)';

/** "Anfang", "Mitte", "Ende" as thirds: days 1–10, 11–20, 21–end of a month; months 1–4, 5–8, 9–12 of a year. */
const thirds: Record<string, { days: [number, number]; months: [number, number]; words: string }> = {
  Anfang: { days: [1, 10], months: [1, 4], words: 'the first third' },
  Beginn: { days: [1, 10], months: [1, 4], words: 'the first third' },
  Mitte: { days: [11, 20], months: [5, 8], words: 'the middle third' },
  Ende: { days: [21, 31], months: [9, 12], words: 'the last third' },
};

/** Meteorological seasons; winter runs from December into the next year. */
const seasons: Record<string, [number, number]> = { Frühjahr: [3, 5], Frühling: [3, 5], Sommer: [6, 8], Herbst: [9, 11], Winter: [12, 14] };

const relativeOffset: Record<string, number> = {
  kommenden: 1,
  nächsten: 1,
  folgenden: 1,
  vergangenen: -1,
  letzten: -1,
  vorigen: -1,
  diesen: 0,
  dieses: 0,
  laufenden: 0,
};

const monthOf = (m: RegExpExecArray) => monthWords.get(m.groups?.month ?? '') ?? 0;
const numberIn = (m: RegExpExecArray, group: string) => Number(m.groups?.[group]);

/** The year of a month (and day) the text gives without one, seen from `anchor` in `direction`. */
function yearFor(anchor: IsoDate, direction: Direction, monthNumber: number, dayNumber = 1): number {
  const at = partsOf(anchor);
  const [target, now] = [monthNumber * 100 + dayNumber, at.month * 100 + at.day];
  if (direction === 'past' && target > now) return at.year - 1;
  if (direction === 'future' && target < now) return at.year + 1;
  return at.year;
}

/** Why a year the text leaves open is the one chosen. */
export const yearLeftOpen = (direction: Direction) =>
  direction === 'past'
    ? 'the year is the last one in which that day had come by the article'
    : direction === 'future'
      ? 'the year is the next one in which that day is still to come'
      : "the year is the article's";

const stated = (range: () => DayRange): Reading => ({ stated: true, range: () => range(), explanation: '' });

/** Most specific first: a longer match wins over a shorter one at the same place anyway. */
export const temporalRules: TemporalRule[] = [
  {
    name: 'day month year',
    pattern: new RegExp(`\\b${day} ${month}(?: des Jahres)? ${year}\\b`, 'g'),
    read: (m) => stated(() => dayRange(numberIn(m, 'year'), monthOf(m), numberIn(m, 'day'))),
  },
  {
    name: 'numeric day',
    pattern: /\b(?<day>[012]?\d|3[01])\.(?<month>0?[1-9]|1[0-2])\.(?<year>(?:19|20)\d\d)\b/g,
    read: (m) => stated(() => dayRange(numberIn(m, 'year'), numberIn(m, 'month'), numberIn(m, 'day'))),
  },
  {
    name: 'day month',
    pattern: new RegExp(`\\b${day} ${month}\\b(?! (?:des Jahres )?(?:19|20)\\d\\d)`, 'g'),
    read: (m) => ({
      stated: false,
      range: (anchor, direction) => {
        const [mo, d] = [monthOf(m), numberIn(m, 'day')];
        return dayRange(yearFor(anchor, direction, mo, d), mo, d);
      },
      explanation: '',
      yearOpen: true,
    }),
  },
  {
    name: 'part of a month',
    pattern: new RegExp(`\\b${part} ${month}(?: ${year})?\\b`, 'g'),
    read: (m) => {
      const third = thirds[m.groups?.part ?? '']!;
      const given = m.groups?.year;
      return {
        stated: false,
        range: (anchor, direction) => {
          const mo = monthOf(m);
          const y = given ? Number(given) : yearFor(anchor, direction, mo, third.days[0]);
          return dayRange(y, mo, ...third.days);
        },
        explanation: `${third.words} of the month (rolegraph reads "${m.groups?.part}" as days ${third.days[0]} to ${third.days[1] === 31 ? 'the end' : third.days[1]})`,
        yearOpen: !given,
      };
    },
  },
  {
    name: 'month year',
    pattern: new RegExp(`\\b${month} ${year}\\b`, 'g'),
    read: (m) => stated(() => monthRange(numberIn(m, 'year'), monthOf(m))),
  },
  {
    // A month alone only after a word that makes it a date: "im Mai", not "Mai" the name.
    name: 'month',
    pattern: new RegExp(`(?<=\\b(?:im|seit|ab|bis|Im|Seit|Ab|Bis|zum|Monat|Anfang|Ende|Mitte) )${month}\\b`, 'g'),
    read: (m) => ({
      stated: false,
      range: (anchor, direction) => monthRange(yearFor(anchor, direction, monthOf(m), 1), monthOf(m)),
      explanation: '',
      yearOpen: true,
    }),
  },
  {
    name: 'part of a year',
    pattern: new RegExp(`\\b${part} (?:des Jahres )?${year}\\b`, 'g'),
    read: (m) => {
      const third = thirds[m.groups?.part ?? '']!;
      return {
        stated: false,
        range: () => monthRange(numberIn(m, 'year'), ...third.months),
        explanation: `${third.words} of the year (rolegraph reads "${m.groups?.part}" of a year as months ${third.months[0]} to ${third.months[1]})`,
      };
    },
  },
  {
    name: 'season',
    pattern: new RegExp(`\\b${season}(?: des Jahres)?(?: ${year})?\\b`, 'g'),
    read: (m) => {
      const [from, to] = seasons[m.groups?.season ?? '']!;
      const given = m.groups?.year;
      return {
        stated: false,
        range: (anchor, direction) => monthRange(given ? Number(given) : yearFor(anchor, direction, from, 1), from, to),
        explanation: `the ${m.groups?.season} as the meteorological season, months ${from} to ${to > 12 ? to - 12 : to}${to > 12 ? ' of the next year' : ''}`,
        yearOpen: !given,
      };
    },
  },
  {
    name: 'half or quarter of a year',
    pattern: new RegExp(`\\b(?<ordinal>ersten|zweiten|dritten|vierten) (?<unit>Halbjahr|Jahreshälfte|Quartal)(?:e?s)?(?: ${year})?\\b`, 'g'),
    read: (m) => {
      const ordinal = ['ersten', 'zweiten', 'dritten', 'vierten'].indexOf(m.groups?.ordinal ?? '');
      const size = m.groups?.unit === 'Quartal' ? 3 : 6;
      if (ordinal < 0 || ordinal * size >= 12) return undefined;
      const given = m.groups?.year;
      return {
        stated: false,
        range: (anchor) => monthRange(given ? Number(given) : partsOf(anchor).year, ordinal * size + 1, ordinal * size + size),
        explanation: given
          ? `months ${ordinal * size + 1} to ${ordinal * size + size}`
          : `months ${ordinal * size + 1} to ${ordinal * size + size} of the article's year`,
      };
    },
  },
  {
    name: 'year',
    pattern: new RegExp(
      `\\b(?:(?:im )?Jahre? )?${year}\\b(?![.,]\\d|/\\d| ?(?:%|Prozent|Euro|€|Mitarbeit|Menschen|Einwohner|Stimmen|Meter|Stellen|Mitglied|Kilometer))`,
      'g',
    ),
    read: (m) => stated(() => yearRange(numberIn(m, 'year'))),
  },
  {
    // "zum Jahresende", "zum Ende des Jahres", "Monatsende": the last day; without "zum", the last third.
    name: 'end or start of this year or month',
    pattern: new RegExp(
      `\\b(?<zum>zum |zur )?(?:(?<compound>Jahres|Monats)(?<edge>ende|anfang|beginn|mitte|wechsel)|${part} (?:des |dieses |diesen )?(?:(?<relative2>kommenden|nächsten|vergangenen|letzten|laufenden) )?(?<unit>Jahres|Monats))\\b`,
      'g',
    ),
    read: (m) => readEdge(m),
  },
  {
    name: 'next or last month or year',
    pattern: new RegExp(`\\b(?:im |in )?${relativeWord} (?<unit>Monat|Jahr|Monats|Jahres)\\b`, 'g'),
    read: (m) => {
      const offset = relativeOffset[m.groups?.relative ?? ''] ?? 0;
      const unit = m.groups?.unit?.startsWith('Monat') ? 'month' : 'year';
      return relativeUnit(unit, offset);
    },
  },
  {
    name: 'next or last year in the nominative',
    pattern: /\b(?<relative>nächstes|kommendes|letztes|voriges|vergangenes|dieses) Jahr\b/g,
    read: (m) => relativeUnit('year', { nächstes: 1, kommendes: 1, letztes: -1, voriges: -1, vergangenes: -1, dieses: 0 }[m.groups?.relative ?? ''] ?? 0),
  },
  {
    name: 'years or months ago or ahead',
    pattern: new RegExp(`\\b(?<preposition>vor|in|seit) (?:gut |knapp |rund |etwa )?(?<count>${numberPattern}) (?<unit>Jahren|Jahr|Monaten|Monat)\\b`, 'g'),
    read: (m) => {
      const count = numberOf(m.groups?.count ?? '');
      if (!Number.isFinite(count)) return undefined;
      const sign = m.groups?.preposition === 'in' ? 1 : -1;
      return relativeUnit(m.groups?.unit?.startsWith('Monat') ? 'month' : 'year', sign * count);
    },
  },
  {
    name: 'today, yesterday, tomorrow',
    pattern: /(?<!\p{L})(?<word>heute|gestern|morgen|vorgestern|übermorgen)(?!\p{L})(?! (?:früh|abend))/gu,
    read: (m) => {
      const offset = { heute: 0, gestern: -1, morgen: 1, vorgestern: -2, übermorgen: 2 }[m.groups?.word ?? ''] ?? 0;
      return {
        stated: false,
        needsDay: true,
        range: (anchor) => ({ earliest: addDays(anchor, offset), latest: addDays(anchor, offset) }),
        explanation: `"${m.groups?.word}" counted from the article's day`,
      };
    },
  },
  {
    name: 'weekday',
    pattern: new RegExp(`\\b(?:am |vergangenen |letzten |kommenden |nächsten |diesen )(?<weekday>${weekdayNames.join('|')})\\b`, 'g'),
    read: (m) => {
      const weekday = weekdayNames.indexOf(m.groups?.weekday as (typeof weekdayNames)[number]);
      const before = /^(vergangenen|letzten)/.test(m[0]);
      const after = /^(kommenden|nächsten)/.test(m[0]);
      return {
        stated: false,
        needsDay: true,
        range: (anchor, direction) => {
          const towards = before ? -1 : after ? 1 : direction === 'future' ? 1 : -1;
          const found = nearestWeekday(anchor, weekday, towards);
          return { earliest: found, latest: found };
        },
        explanation: (direction) =>
          `the nearest ${m.groups?.weekday} ${before || (!after && direction !== 'future') ? "before the article's day" : "after the article's day"}${before || after ? '' : direction === 'future' ? ' (the sentence looks ahead)' : ' (the sentence looks back)'}`,
      };
    },
  },
];

/** "zum Jahresende" and its kin: the edge of the year or month the sentence is about. */
function readEdge(m: RegExpExecArray): Reading | undefined {
  const groups = m.groups ?? {};
  const unit = (groups.compound ?? groups.unit ?? '').startsWith('Monat') ? 'month' : 'year';
  const edgeWord = groups.edge ? { ende: 'Ende', anfang: 'Anfang', beginn: 'Beginn', mitte: 'Mitte', wechsel: 'Ende' }[groups.edge] : groups.part;
  const third = thirds[edgeWord ?? ''];
  if (!third) return undefined;
  const offset = relativeOffset[groups.relative2 ?? ''] ?? 0;
  // "Jahresende" names the year's last day; "Ende des Jahres" only with "zum", else its last third.
  const toTheDay = (groups.zum !== undefined || groups.compound !== undefined) && (edgeWord === 'Ende' || edgeWord === 'Anfang' || edgeWord === 'Beginn');
  const edgeOf = (anchor: IsoDate, shift: number): DayRange => {
    const at = partsOf(anchor);
    if (unit === 'year') {
      const y = at.year + offset + shift;
      if (toTheDay) return edgeWord === 'Ende' ? dayRange(y, 12, 31) : dayRange(y, 1, 1);
      return monthRange(y, ...third.months);
    }
    const { year, month } = normaliseMonth(at.year, at.month + offset + shift);
    if (toTheDay) return edgeWord === 'Ende' ? dayRange(year, month, 31) : dayRange(year, month, 1);
    return dayRange(year, month, ...third.days);
  };
  const which = offset === 0 ? '' : offset > 0 ? ' next' : ' previous';
  return {
    stated: false,
    // Without "kommenden" or "vergangenen", the year (or month) is the one the tense points to.
    range: (anchor, direction) => {
      const current = edgeOf(anchor, 0);
      if (offset !== 0) return current;
      if (direction === 'past' && current.earliest > anchor) return edgeOf(anchor, -1);
      if (direction === 'future' && current.latest < anchor) return edgeOf(anchor, 1);
      return current;
    },
    explanation: toTheDay ? `the ${edgeWord === 'Ende' ? 'last' : 'first'} day of the${which} ${unit}` : `${third.words} of the${which} ${unit}`,
    yearOpen: offset === 0,
  };
}

function relativeUnit(unit: 'month' | 'year', offset: number): Reading {
  const words =
    offset === 0 ? `the article's ${unit}` : `${Math.abs(offset)} ${unit}${Math.abs(offset) === 1 ? '' : 's'} ${offset > 0 ? 'after' : 'before'} the article's`;
  return {
    stated: false,
    range: (anchor) => {
      const at = partsOf(anchor);
      if (unit === 'year') return yearRange(at.year + offset);
      const { year, month } = normaliseMonth(at.year, at.month + offset);
      return monthRange(year, month);
    },
    explanation: words,
  };
}
