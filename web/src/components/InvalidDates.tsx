import { useView } from '../app/view.js';
import type { DateParam } from '../routing/viewState.js';

const paramNames: Record<DateParam, 'paramAsOf' | 'paramKnownOn' | 'paramFrom' | 'paramTo'> = {
  asOf: 'paramAsOf',
  knownOn: 'paramKnownOn',
  from: 'paramFrom',
  to: 'paramTo',
};

/**
 * A shared link whose dates are not calendar days ("2022-02-30") still opens, without
 * those dates; this says so, instead of showing an unfiltered view as if it were filtered.
 */
export function InvalidDates() {
  const view = useView();
  if (view.state.invalid.length === 0) return null;
  return (
    <div class="notice notice--warning" role="alert" data-testid="invalid-dates">
      {view.state.invalid.map(({ param, value }) => (
        <p key={param}>{view.t('invalidDate', { param: `${view.t(paramNames[param])} (${param})`, value })}</p>
      ))}
    </div>
  );
}
