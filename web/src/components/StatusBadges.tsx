import { useView } from '../app/view.js';
import type { Certainty, FactStatus } from '../graphql/types.js';

/** Status (reported, announced, planned), honorary capacity and, with an as-of date, the certainty then. */
export function StatusBadges({ status, honorary, certainty }: { status: FactStatus; honorary: boolean; certainty?: Certainty | null }) {
  const view = useView();
  return (
    <span class="badges">
      <span class={`badge badge--${status.toLowerCase()}`} data-status={status}>
        {view.t(status)}
      </span>
      {honorary && (
        <span class="badge badge--honorary" data-honorary="true">
          {view.t('honorary')}
        </span>
      )}
      {certainty !== undefined && (
        <span class={`badge badge--certainty-${(certainty ?? 'none').toLowerCase()}`}>{view.t(certainty ?? 'notHeld')}</span>
      )}
    </span>
  );
}
