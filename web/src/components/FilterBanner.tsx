import { useView } from '../app/view.js';
import { formatDate } from '../format/dates.js';
import { type CountedNoun, countOf } from '../i18n/messages.js';
import { Link } from '../routing/Link.js';

export interface Tally {
  noun: CountedNoun;
  n: number;
}

interface FilterBannerProps {
  /** What the known-on day leaves out, counted against everything the API knows today; null when not counted. */
  hidden: Tally[] | null;
  /** What the as-of day dims (on pages) or leaves out (in the network). */
  outOfDate: Tally[];
  /** True where the view leaves out, rather than dims, what did not hold on the as-of day. */
  asOfHides?: boolean;
}

const listed = (lang: 'de' | 'en', tallies: Tally[]) =>
  tallies
    .filter((tally) => tally.n > 0)
    .map((tally) => countOf(lang, tally.noun, tally.n))
    .join(', ');

/**
 * Says what a filtered view does not show, so nobody takes a filtered page for the whole
 * story: what the known-on day hides, and what the as-of day dims or leaves out.
 * Renders nothing on an unfiltered view.
 */
export function FilterBanner({ hidden, outOfDate, asOfHides = false }: FilterBannerProps) {
  const view = useView();
  const { lang, asOf, knownOn } = view.state;
  if (!asOf && !knownOn) return null;
  const hiddenText = hidden === null ? null : listed(lang, hidden);
  const outText = listed(lang, outOfDate);
  return (
    <aside class="filter-banner" data-testid="filter-banner" aria-label={view.t('filterSummary')}>
      {knownOn && (
        <p data-filter="knownOn">
          {hiddenText === null
            ? view.t('filterKnownOnOnly', { date: formatDate(lang, knownOn) })
            : hiddenText
              ? `${view.t('filterKnownOn', { date: formatDate(lang, knownOn) })} ${hiddenText}.`
              : view.t('filterKnownOnNothing', { date: formatDate(lang, knownOn) })}
        </p>
      )}
      {asOf && (
        <p data-filter="asOf">
          {asOfHides
            ? view.t('filterAsOfHidden', { date: formatDate(lang, asOf), hidden: outText || '0' })
            : view.t('filterAsOf', { date: formatDate(lang, asOf), dimmed: outText || countOf(lang, 'fact', 0) })}
        </p>
      )}
      <Link href={view.hereWith({ asOf: null, knownOn: null })} class="filter-banner__clear">
        {view.t('clearFilter')}
      </Link>
    </aside>
  );
}
