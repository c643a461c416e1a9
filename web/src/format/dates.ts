import type { Lang } from '../routing/viewState.js';

/**
 * Dates as a journalist would write them, never more precise than the source:
 * "2018" stays a year, "2022-02" a month, and only a full date gets a day.
 */

interface PartialDateLike {
  value: string;
  precision: 'YEAR' | 'MONTH' | 'DAY';
  earliest: string;
  latest: string;
}

const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

function format(lang: Lang, iso: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', ...options }).format(new Date(`${iso}T00:00:00Z`));
}

/** A calendar date (YYYY-MM-DD): "1. Februar 2022", "1 February 2022". */
export function formatDate(lang: Lang, iso: string): string {
  return format(lang, iso, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** One day written at a precision: a year, a month or the full date. */
function atPrecision(lang: Lang, iso: string, precision: PartialDateLike['precision']): string {
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH') return format(lang, iso, { month: 'long', year: 'numeric' });
  return formatDate(lang, iso);
}

/**
 * A partial date at the precision the source gave. When its bounds differ even at that
 * precision ("between 13 December 2021 and 31 January 2022"), both are shown: "a / b".
 */
export function formatPartialDate(lang: Lang, date: PartialDateLike): string {
  const first = atPrecision(lang, date.earliest, date.precision);
  const last = atPrecision(lang, date.latest, date.precision);
  return first === last ? first : `${first} / ${last}`;
}

/**
 * The years a birth may fall in: "1989/1990" when an age only bounds it ("the
 * 31-year-old" in an article of December 2021), a single year when that is all it can be.
 */
export function formatBirthYears(birth: PartialDateLike): string {
  const first = birth.earliest.slice(0, 4);
  const last = birth.latest.slice(0, 4);
  return first === last ? first : `${first}/${last}`;
}

/** An interval of two known dates: "1. Januar 2022 – 31. Januar 2022". */
export function formatInterval(lang: Lang, from: string, to: string): string {
  return `${formatDate(lang, from)} – ${formatDate(lang, to)}`;
}

/**
 * A tenure's or ownership's span in words: "2018 – Januar 2022", "seit 1. Februar 2022",
 * "bis 31. Dezember 2021", or the empty string when neither end is known.
 */
export function formatSpan(
  lang: Lang,
  start: PartialDateLike | null,
  end: PartialDateLike | null,
  words: { since: string; until: string },
): string {
  if (start && end) return `${formatPartialDate(lang, start)} – ${formatPartialDate(lang, end)}`;
  if (start) return `${words.since} ${formatPartialDate(lang, start)}`;
  if (end) return `${words.until} ${formatPartialDate(lang, end)}`;
  return '';
}

/** A percentage as the language writes it: "100 %" in German, "100%" in English. */
export function formatPercentage(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}
