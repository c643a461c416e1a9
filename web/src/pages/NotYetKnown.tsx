import { useView } from '../app/view.js';
import { formatDate } from '../format/dates.js';
import { Link } from '../routing/Link.js';

/**
 * An entity that exists, but that no source published by the known-on day names: the
 * page says so, instead of "not found", and offers the view without the date.
 */
export function NotYetKnown({ kind, name }: { kind?: 'person' | 'organization'; name: string }) {
  const view = useView();
  const knownOn = view.state.knownOn ?? '';
  return (
    <section class="entity" data-testid="not-yet-known">
      {kind && <p class="entity__kind">{view.t(kind)}</p>}
      <h1>{name}</h1>
      <p class="notice">{view.t('notYetKnown', { date: formatDate(view.state.lang, knownOn), name })}</p>
      <p>
        <Link href={view.hereWith({ knownOn: null })}>{view.t('clearFilter')}</Link>
      </p>
    </section>
  );
}
