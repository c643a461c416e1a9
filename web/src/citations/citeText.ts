import { formatDate, formatStated } from '../format/dates.js';
import { translate } from '../i18n/messages.js';
import type { Lang } from '../routing/viewState.js';
import type { CitedFact } from './facts.js';
import { groupBySource } from './highlight.js';

/** A source as a citation names it, with its publication date as stated (null when it states none). */
export interface CitableSource {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: { value: string | null; latest: string };
}

/** Where and when the citation was taken: the permalink of the view, with its dates, and the day. */
export interface CiteContext {
  lang: Lang;
  /** The absolute URL that reopens exactly this view with this fact's sources. */
  permalink: string;
  /** The day the reader copies the citation (YYYY-MM-DD). */
  retrievedOn: string;
  asOf: string | null;
  knownOn: string | null;
}

const quoteMarks: Record<Lang, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

/** A quote in the language's quotation marks: „…“ in German, “…” in English. */
export function quoted(lang: Lang, text: string): string {
  const [open, close] = quoteMarks[lang];
  return `${open}${text}${close}`;
}

/** The day a source states to the day, or null when it states only a month, a year or nothing. */
export function publishedDay(source: CitableSource): string | null {
  const { value } = source.published;
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * When a source appeared, as stated: "veröffentlicht am 13. Dezember 2021", "veröffentlicht
 * Juni 2022", or, when it carries no date, the last day it can have appeared on; never a
 * day the source does not give.
 */
export function publicationOf(lang: Lang, source: CitableSource): string {
  const { value, latest } = source.published;
  if (value === null) return translate(lang, 'citePublishedUnknown', { date: formatDate(lang, latest) });
  const day = publishedDay(source);
  return day ? translate(lang, 'citePublished', { date: formatDate(lang, day) }) : translate(lang, 'citePublishedPartial', { date: formatStated(lang, value) });
}

/** "kommune21, „KL.digital bekommt neue Geschäftsleitung“, veröffentlicht am 13. Dezember 2021, https://…" */
export function sourceReference(lang: Lang, source: CitableSource): string {
  const published = publicationOf(lang, source);
  return [source.publisher, quoted(lang, source.title), published, source.url].filter((part): part is string => Boolean(part)).join(', ');
}

/**
 * A citation ready to paste into an article: the fact in words (with the view's dates
 * when it has any), every quote that backs it, each source with its publisher and
 * publication date as stated, what is inferred rather than stated, and the permalink
 * with the day it was retrieved. A whole page is cited by its sources, without quotes.
 */
export function citationText(fact: Pick<CitedFact, 'statement' | 'citations' | 'inferences'>, context: CiteContext, withQuotes = true): string {
  const { lang } = context;
  const qualifiers = [
    context.asOf ? translate(lang, 'citeAsOf', { date: formatDate(lang, context.asOf) }) : null,
    context.knownOn ? translate(lang, 'citeKnownOn', { date: formatDate(lang, context.knownOn) }) : null,
  ].filter((part): part is string => part !== null);
  const lines = [qualifiers.length > 0 ? `${fact.statement} (${qualifiers.join(', ')})` : fact.statement];
  for (const { source, citations } of groupBySource(fact.citations)) {
    if (withQuotes) for (const citation of citations) lines.push(quoted(lang, citation.quote));
    lines.push(translate(lang, 'citeSourceLine', { source: sourceReference(lang, source) }));
  }
  if (fact.inferences.length > 0) lines.push(translate(lang, 'citeInferred', { reasons: fact.inferences.join(' ') }));
  lines.push(translate(lang, 'citeVia', { url: context.permalink, date: formatDate(lang, context.retrievedOn) }));
  return lines.join('\n');
}
