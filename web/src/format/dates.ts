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

/** One bound of a stated span ("2023", "2024-01", "2024-01-15") at its own precision. */
function statedBound(lang: Lang, bound: string): string | null {
  if (/^\d{4}$/.test(bound)) return bound;
  if (/^\d{4}-\d{2}$/.test(bound)) return atPrecision(lang, `${bound}-01`, 'MONTH');
  if (/^\d{4}-\d{2}-\d{2}$/.test(bound)) return formatDate(lang, bound);
  return null;
}

/** A date as a source states it ("2022", "2022-06", "2022-06-17" or a span "2023/2024-01"), at its own precision. */
export function formatStated(lang: Lang, value: string): string {
  const [from, to, ...rest] = value.split('/');
  if (from !== undefined && to !== undefined && rest.length === 0) {
    const first = statedBound(lang, from);
    const last = statedBound(lang, to);
    if (first !== null && last !== null) return between[lang](first, last);
  }
  return statedBound(lang, value) ?? value;
}

const between: Record<Lang, (first: string, last: string) => string> = {
  de: (first, last) => `zwischen ${first} und ${last}`,
  en: (first, last) => `between ${first} and ${last}`,
};

/**
 * A partial date at the precision the source gave. A span the source states from one
 * bound to another ("2023/2024-01") keeps each bound's own precision: "zwischen 2023 und
 * Januar 2024", never "Januar 2023" for a year the source gave as a year.
 */
export function formatPartialDate(lang: Lang, date: PartialDateLike): string {
  if (date.value.includes('/')) return formatStated(lang, date.value);
  const first = atPrecision(lang, date.earliest, date.precision);
  const last = atPrecision(lang, date.latest, date.precision);
  return first === last ? first : between[lang](first, last);
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
export function formatSpan(lang: Lang, start: PartialDateLike | null, end: PartialDateLike | null, words: { since: string; until: string }): string {
  if (start && end) return `${formatPartialDate(lang, start)} – ${formatPartialDate(lang, end)}`;
  if (start) return `${words.since} ${formatPartialDate(lang, start)}`;
  if (end) return `${words.until} ${formatPartialDate(lang, end)}`;
  return '';
}

/** A percentage as the language writes it: "100 %" in German, "100%" in English. */
export function formatPercentage(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** Today in the reader's own calendar (YYYY-MM-DD): the day a citation is retrieved. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day after a calendar day (YYYY-MM-DD). */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
