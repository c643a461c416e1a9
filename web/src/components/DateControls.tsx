import { useView } from '../app/view.js';
import { navigate } from '../routing/location.js';
import type { ViewState } from '../routing/viewState.js';
import { isIsoDate } from '../routing/viewState.js';

type DateField = 'asOf' | 'knownOn';

/**
 * The two time axes as date pickers: "as of" (when a fact was true) and "known on"
 * (when a source told us). Each change becomes a new URL, so the view can be shared.
 */
export function DateControls() {
  const view = useView();
  const set = (field: DateField, value: string) => {
    const changes: Partial<ViewState> = { [field]: value && isIsoDate(value) ? value : null };
    navigate(view.hereWith(changes));
  };
  return (
    <form class="date-controls" onSubmit={(event) => event.preventDefault()}>
      {(['asOf', 'knownOn'] as const).map((field) => {
        const value = view.state[field];
        const id = `control-${field}`;
        return (
          <div class="date-control" key={field}>
            <label for={id}>{view.t(field)}</label>
            <input
              id={id}
              name={field}
              type="date"
              value={value ?? ''}
              aria-describedby={`${id}-help`}
              onChange={(event) => set(field, event.currentTarget.value)}
            />
            {value && (
              <button type="button" class="link-button" onClick={() => set(field, '')}>
                {view.t('clear')}
                <span class="visually-hidden"> {view.t(field)}</span>
              </button>
            )}
            <span id={`${id}-help`} class="visually-hidden">
              {view.t(field === 'asOf' ? 'asOfHelp' : 'knownOnHelp')}
            </span>
          </div>
        );
      })}
    </form>
  );
}
