import { useView } from '../app/view.js';
import { DisputedBadge } from './Disputes.js';
import type { Certainty } from '../facts/certainty.js';
import type { Capacity, FactStatus } from '../graphql/types.js';

/**
 * Status (reported, announced, planned), the capacity when it is not a regular post
 * (honorary, acting, interim), whether anything of the fact is inferred rather than
 * stated (the reasons as its tooltip, and in the sources dialog), whether its sources
 * disagree and, with an as-of date, the certainty then.
 */
export function StatusBadges({
  status,
  capacity,
  inferences,
  certainty,
  disputed = false,
}: {
  status: FactStatus;
  capacity: Capacity;
  inferences: string[];
  certainty?: Certainty | null;
  disputed?: boolean;
}) {
  const view = useView();
  return (
    <span class="badges">
      <span class={`badge badge--${status.toLowerCase()}`} data-status={status}>
        {view.t(status)}
      </span>
      {capacity !== 'REGULAR' && (
        <span class={`badge badge--${capacity.toLowerCase()}`} data-capacity={capacity}>
          {view.t(capacity)}
        </span>
      )}
      {inferences.length > 0 && <InferredBadge inferences={inferences} />}
      {disputed && <DisputedBadge />}
      {certainty !== undefined && <span class={`badge badge--certainty-${(certainty ?? 'none').toLowerCase()}`}>{view.t(certainty ?? 'notHeld')}</span>}
    </span>
  );
}

/** The dashed "erschlossen / inferred" badge, its reasons as the tooltip. */
export function InferredBadge({ inferences }: { inferences: string[] }) {
  const view = useView();
  return (
    <span class="badge badge--inferred" data-inferred="true" title={inferences.join('\n')}>
      {view.t('inferred')}
    </span>
  );
}
