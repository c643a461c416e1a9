import { useView } from '../app/view.js';
import type { Certainty, FactStatus } from '../graphql/types.js';

/**
 * Status (reported, announced, planned), honorary capacity, whether anything of the fact
 * is inferred rather than stated (the reasons as its tooltip, and in the sources dialog)
 * and, with an as-of date, the certainty then.
 */
export function StatusBadges({ status, honorary, inferences, certainty }: { status: FactStatus; honorary: boolean; inferences: string[]; certainty?: Certainty | null }) {
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
      {inferences.length > 0 && (
        <span class="badge badge--inferred" data-inferred="true" title={inferences.join('\n')}>
          {view.t('inferred')}
        </span>
      )}
      {certainty !== undefined && (
        <span class={`badge badge--certainty-${(certainty ?? 'none').toLowerCase()}`}>{view.t(certainty ?? 'notHeld')}</span>
      )}
    </span>
  );
}
