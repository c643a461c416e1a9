import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { certaintyOn } from '../facts/certainty.js';
import { formatDate, formatInterval, formatSpan } from '../format/dates.js';
import type { SuccessionStepView, TenureView } from '../graphql/types.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { certaintyClass } from './certaintyClass.js';
import { FactButtons } from './FactButtons.js';
import { StatusBadges } from './StatusBadges.js';
import { TenureTitle } from './TenureTitle.js';

/** The post stands empty after its last known holder: from `from`, as the API says of `day`. */
export interface TrailingVacancy {
  from: string;
  /** The day the API was asked about (the as-of day, or today); null for today. */
  day: string | null;
}

/**
 * A post's holders in order, as a sentence a journalist can read aloud:
 * Verlage → (vacant, 1 January – 31 January 2022) → Benz, each with dates, status and
 * sources, and after the last holder the vacancy the API reports, if there is one.
 */
export function SuccessionChain({
  steps,
  factOf,
  trailing,
}: {
  steps: SuccessionStepView[];
  factOf: (tenure: TenureView) => CitedFact;
  trailing: TrailingVacancy | null;
}) {
  const view = useView();
  const { lang, asOf } = view.state;
  const words = { since: view.t('since'), until: view.t('until') };
  return (
    <ol class="succession" data-testid="succession">
      {steps.flatMap(({ vacancyBefore, tenure }) => {
        const items = [];
        if (vacancyBefore) {
          // ISO dates compare as strings; on a day inside the vacancy, the vacancy is what held the post.
          const vacantThen = asOf !== null && vacancyBefore.from <= asOf && asOf <= vacancyBefore.to;
          items.push(
            <li class={`succession__step succession__step--vacancy${vacantThen ? ' is-held' : ''}`} key={`vacancy:${tenure.id}`} data-step="vacancy">
              <span class="succession__vacancy-label">{view.t('vacancy')}</span>
              <span class="succession__dates">{formatInterval(lang, vacancyBefore.from, vacancyBefore.to)}</span>
            </li>,
          );
        }
        const fact = factOf(tenure);
        const certainty = asOf ? certaintyOn(tenure, asOf) : undefined;
        items.push(
          <li
            class={`succession__step ${certaintyClass(certainty)}`}
            key={tenure.id}
            data-step="tenure"
            data-tenure-id={tenure.id}
            data-certainty={certainty === undefined ? undefined : (certainty ?? 'NONE')}
          >
            <Link href={view.href(pathOf('person', tenure.person.id))} class="succession__person">
              {tenure.person.name}
            </Link>
            <TenureTitle tenure={tenure} />
            <span class="succession__dates">{formatSpan(lang, tenure.start, tenure.end, words) || view.t('unknownStart')}</span>
            {!tenure.end && tenure.lastConfirmedOn && (
              <span class="succession__confirmed muted">
                {view.t('lastConfirmed')} {formatDate(lang, tenure.lastConfirmedOn)}
              </span>
            )}
            <StatusBadges status={tenure.status} capacity={tenure.capacity} inferences={fact.inferences} certainty={certainty} disputed={tenure.disputed} />
            <FactButtons fact={fact} />
          </li>,
        );
        return items;
      })}
      {trailing && (
        <li class={`succession__step succession__step--vacancy${asOf ? ' is-held' : ''}`} key="vacancy:after" data-step="vacancy-after">
          <span class="succession__vacancy-label">{view.t('vacantAfter', { date: formatDate(lang, trailing.from) })}</span>
          <span class="succession__dates muted">
            {view.t('vacantAfterNote', { day: trailing.day ? view.t('onDay', { date: formatDate(lang, trailing.day) }) : view.t('today') })}
          </span>
        </li>
      )}
    </ol>
  );
}
