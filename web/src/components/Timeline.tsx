import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { certaintyOn } from '../facts/certainty.js';
import { formatDate, formatSpan } from '../format/dates.js';
import type { TenureView } from '../graphql/types.js';
import { navigate } from '../routing/location.js';
import { axisOf, geometryOf, positionOf, spanOf, toDay } from '../timeline/layout.js';
import { certaintyClass } from './certaintyClass.js';
import { FactButtons } from './FactButtons.js';
import { OrganizationLink } from './OrganizationLink.js';
import { StatusBadges } from './StatusBadges.js';
import { TenureTitle } from './TenureTitle.js';

/** A person's tenures on one time axis, one bar each, in the API's chronological order. */
export function Timeline({ tenures, factOf }: { tenures: TenureView[]; factOf: (tenure: TenureView) => CitedFact }) {
  const view = useView();
  const { lang, asOf } = view.state;
  const spans = tenures.map((tenure) => spanOf(tenure));
  const axis = axisOf(
    spans.filter((span) => span !== null),
    asOf ? [toDay(asOf)] : [],
  );
  const asOfLeft = asOf ? positionOf(axis, toDay(asOf)) : null;
  const words = { since: view.t('since'), until: view.t('until') };

  return (
    <div class="timeline" data-testid="timeline">
      <p class="timeline__help">{view.t('timelineHelp')}</p>
      <div class="timeline__axis" aria-hidden="true">
        <div class="timeline__label-spacer" />
        <div class="timeline__ticks">
          {axis.ticks.map((tick) => (
            <span class="timeline__tick" style={{ left: `${tick.left}%` }} key={tick.year}>
              {tick.year}
            </span>
          ))}
          {asOfLeft !== null && asOf && (
            <span class="timeline__as-of-label" style={{ left: `${asOfLeft}%` }}>
              {formatDate(lang, asOf)}
            </span>
          )}
        </div>
      </div>
      <ol class="timeline__rows">
        {tenures.map((tenure, index) => {
          const span = spans[index] ?? null;
          const geometry = span ? geometryOf(axis, span) : null;
          const fact = factOf(tenure);
          const dates = formatSpan(lang, tenure.start, tenure.end, words) || view.t('unknownStart');
          const certainty = asOf ? certaintyOn(tenure, asOf) : undefined;
          return (
            <li
              class={`timeline__row ${certaintyClass(certainty)}`}
              key={tenure.id}
              data-tenure-id={tenure.id}
              data-certainty={certainty === undefined ? undefined : (certainty ?? 'NONE')}
            >
              <div class="timeline__label">
                <TenureTitle tenure={tenure} />
                <span class="timeline__org">
                  <OrganizationLink organization={tenure.organization} />
                </span>
                <span class="timeline__dates">
                  {dates}
                  {!tenure.end && tenure.lastConfirmedOn && (
                    <span class="timeline__confirmed">
                      {' '}
                      · {view.t('lastConfirmed')} {formatDate(lang, tenure.lastConfirmedOn)}
                    </span>
                  )}
                </span>
                <span class="timeline__meta">
                  <StatusBadges
                    status={tenure.status}
                    capacity={tenure.capacity}
                    inferences={fact.inferences}
                    certainty={certainty}
                    disputed={tenure.disputed}
                  />
                  <FactButtons fact={fact} />
                </span>
              </div>
              <div class="timeline__track">
                {axis.ticks.map((tick) => (
                  <span class="timeline__gridline" style={{ left: `${tick.left}%` }} key={tick.year} aria-hidden="true" />
                ))}
                {geometry && (
                  <button
                    type="button"
                    tabIndex={-1}
                    class={`timeline__bar timeline__bar--${tenure.status.toLowerCase()}${tenure.capacity === 'REGULAR' ? '' : ` timeline__bar--${tenure.capacity.toLowerCase()}`}`}
                    style={{ left: `${geometry.left}%`, width: `${geometry.width}%` }}
                    data-start={span?.startKind}
                    data-end={span?.endKind}
                    title={`${tenure.titleDe} · ${tenure.organization.name} · ${dates}`}
                    aria-label={`${view.t('sourcesOf')} ${fact.label}`}
                    onClick={() => navigate(view.hereWith({ cite: fact.key }), { dialog: true })}
                  >
                    <span class="timeline__fill" style={{ maskImage: geometry.mask, WebkitMaskImage: geometry.mask }} />
                  </button>
                )}
                {asOfLeft !== null && <span class="timeline__as-of" style={{ left: `${asOfLeft}%` }} aria-hidden="true" />}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
