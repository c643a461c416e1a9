import type { LocalizedText } from './entities.js';

/**
 * Why a value follows from a source that does not state it outright, as the analyst
 * wrote it: one text, shown as written whatever the reader's language, or the same
 * reason in German and English, like a description.
 */
export type Reason = string | LocalizedText;

/** The reason in the language asked for; a reason written once reads the same in both. */
export function reasonIn(reason: Reason, lang: keyof LocalizedText): string {
  return typeof reason === 'string' ? reason : reason[lang];
}

const keyOf = (reason: Reason) => (typeof reason === 'string' ? reason : `${reason.de}\u0000${reason.en}`);

/**
 * Several reasons as one, each once, in order: the texts joined by a space, in each
 * language when any of them is given in both. Null when there is none.
 */
export function joinReasons(reasons: readonly (Reason | null)[]): Reason | null {
  const distinct = [...new Map(reasons.filter((reason): reason is Reason => reason !== null).map((reason) => [keyOf(reason), reason])).values()];
  if (distinct.length === 0) return null;
  if (distinct.every((reason) => typeof reason === 'string')) return distinct.join(' ');
  const joined = (lang: keyof LocalizedText) => distinct.map((reason) => reasonIn(reason, lang)).join(' ');
  return { de: joined('de'), en: joined('en') };
}
