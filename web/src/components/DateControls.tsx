import { useRef } from 'preact/hooks';
import { useView } from '../app/view.js';
import { navigate } from '../routing/location.js';
import type { DateParam, ViewState } from '../routing/viewState.js';
import { isIsoDate } from '../routing/viewState.js';

interface DateInputProps {
  param: DateParam;
  label: string;
  help: string;
  /** The day the view uses while the URL names none (a default), shown in the field. */
  fallback?: string | null;
}

/**
 * A date picker bound to a URL parameter. Each change shows at once and goes into the
 * URL, so the view can be shared; typing a date digit by digit ("0002", "0020", "0202",
 * "2022") changes the value four times, so only the first change of an edit adds a
 * history entry and the others replace it: Back returns to the date before the edit,
 * not to "0202-12-12". Leaving the field or pressing Enter ends the edit.
 */
export function DateInput({ param, label, help, fallback = null }: DateInputProps) {
  const view = useView();
  const editing = useRef(false);
  const value = view.state[param];
  const shown = value ?? fallback;
  const id = `control-${param}`;
  const set = (next: string, commit: boolean) => {
    const changes: Partial<ViewState> = { [param]: next && isIsoDate(next) ? next : null };
    navigate(view.hereWith(changes), { replace: editing.current });
    editing.current = !commit;
  };
  const endEdit = () => {
    editing.current = false;
  };
  return (
    <div class="date-control">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={param}
        type="date"
        value={shown ?? ''}
        aria-describedby={`${id}-help`}
        onChange={(event) => set(event.currentTarget.value, false)}
        onBlur={endEdit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') endEdit();
        }}
      />
      {value && (
        <button type="button" class="link-button" onClick={() => set('', true)}>
          {view.t('clear')}
          <span class="visually-hidden"> {label}</span>
        </button>
      )}
      <span id={`${id}-help`} class="visually-hidden">
        {help}
      </span>
    </div>
  );
}

/** The two time axes: "as of" (when a fact was true) and "known on" (when a source told us). */
export function DateControls() {
  const view = useView();
  return (
    <form class="date-controls" onSubmit={(event) => event.preventDefault()}>
      <DateInput param="asOf" label={view.t('asOf')} help={view.t('asOfHelp')} />
      <DateInput param="knownOn" label={view.t('knownOn')} help={view.t('knownOnHelp')} />
    </form>
  );
}
