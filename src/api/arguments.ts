import type { IsoDate } from '../domain/calendar.js';
import { BadUserInputError } from '../domain/errors.js';
import type { Interval } from '../domain/temporal.js';

/**
 * Checks of arguments that the schema's types alone cannot express. Each failure is a
 * BadUserInputError naming the argument, the rule and the value received.
 */

export type Lang = 'de' | 'en';

/** `de` or `en`. */
export function parseLang(argument: string, value: string): Lang {
  if (value === 'de' || value === 'en') return value;
  throw new BadUserInputError(argument, 'a language rolegraph speaks: "de" or "en"', value);
}

const roleKeyPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A role key: kebab-case, as `managing-director`. */
export function parseRoleKey(argument: string, value: string): string {
  if (roleKeyPattern.test(value)) return value;
  throw new BadUserInputError(argument, 'a role key in kebab-case, such as "managing-director"', value);
}

/** The longest page a list returns; a larger `first` is clamped to it. */
export const maxPageSize = 100;

/**
 * A page size: less than 1 is an error (an empty page could never say where the next
 * one starts), more than `max` becomes `max`.
 */
export function clampPageSize(argument: string, value: number, max: number = maxPageSize): number {
  if (value < 1) throw new BadUserInputError(argument, `a page size from 1 to ${max} (larger values are clamped to ${max})`, value);
  return Math.min(value, max);
}

/** A span of days given as `{ from, to }`, either end open; `from` must not be after `to`. */
export function parseDateRange(argument: string, value: { from?: IsoDate | null; to?: IsoDate | null }): Interval {
  const span = { from: value.from ?? null, to: value.to ?? null };
  if (span.from !== null && span.to !== null && span.from > span.to) {
    throw new BadUserInputError(argument, 'a span whose "from" is not after its "to"', span);
  }
  return span;
}

/** What a search looks for: it must contain a letter or a digit. */
export function parseSearchText(argument: string, value: string): string {
  if (/[\p{L}\p{N}]/u.test(value)) return value;
  throw new BadUserInputError(argument, 'text with at least one letter or digit', value);
}

/** A count that must be at least 1. */
export function parsePositive(argument: string, value: number): number {
  if (value >= 1) return value;
  throw new BadUserInputError(argument, 'a whole number of at least 1', value);
}
