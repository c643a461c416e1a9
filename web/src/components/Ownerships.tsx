import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { ownershipKey } from '../citations/facts.js';
import { formatPercentage, formatSpan } from '../format/dates.js';
import type { OwnershipView } from '../graphql/types.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { DisputedBadge } from './Disputes.js';
import { FactButtons } from './FactButtons.js';

interface OwnershipsProps {
  /** The section's heading id and text, and what to say when there is no stake. */
  id: string;
  heading: string;
  empty: string;
  ownerships: OwnershipView[];
  /** Which side of the stake to name: the owners of this organisation, or what it holds. */
  side: 'owner' | 'owned';
  /** With an as-of date: the keys of the stakes held then; others are dimmed. */
  heldAsOf: Set<string> | null;
  factOf: (ownership: OwnershipView) => CitedFact;
}

/** A section of owners or holdings with their percentages, dates and sources. */
export function Ownerships({ id, heading, empty, ownerships, side, heldAsOf, factOf }: OwnershipsProps) {
  const view = useView();
  const { lang } = view.state;
  const words = { since: view.t('since'), until: view.t('until') };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {ownerships.length === 0 && <p class="muted">{empty}</p>}
      <ul class="ownerships" data-testid={id}>
        {ownerships.map((ownership) => {
          const other = ownership[side];
          const key = ownershipKey(ownership);
          const state = heldAsOf === null ? '' : heldAsOf.has(key) ? 'is-held' : 'is-dimmed';
          return (
            <li class={`ownership ${state}`} key={key} data-ownership={key}>
              <Link href={view.href(pathOf('organization', other.id))}>{other.name}</Link>
              <span class="ownership__share">{ownership.percentage === null ? view.t('shareUnknown') : formatPercentage(lang, ownership.percentage)}</span>
              <span class="ownership__dates">{formatSpan(lang, ownership.start, ownership.end, words)}</span>
              {ownership.disputed && <DisputedBadge />}
              <FactButtons fact={factOf(ownership)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
