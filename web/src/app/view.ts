import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, translate } from '../i18n/messages.js';
import type { Route, ViewState } from '../routing/viewState.js';
import { hrefOf } from '../routing/viewState.js';

/** What every component needs to know about the current view. */
export interface View {
  route: Route;
  state: ViewState;
  /** The interface text of `key` in the view's language. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** A link to `path` that keeps the language and dates of this view. */
  href: (path: string, changes?: Partial<ViewState>) => string;
  /** A link to this very page with some state changed (keeps what belongs to the page: search text, open dialog, compared dates, expanded nodes). */
  hereWith: (changes: Partial<ViewState>) => string;
}

export function createView(route: Route, state: ViewState, pathname: string): View {
  return {
    route,
    state,
    t: (key, values) => translate(state.lang, key, values),
    href: (path, changes) => hrefOf(path, state, changes),
    hereWith: (changes) => hrefOf(pathname, state, { q: state.q, cite: state.cite, from: state.from, to: state.to, expand: state.expand, ...changes }),
  };
}

export const ViewContext = createContext<View | null>(null);

export function useView(): View {
  const view = useContext(ViewContext);
  if (!view) throw new Error('useView() must be used inside <ViewContext.Provider>; the explorer renders every page inside one.');
  return view;
}
