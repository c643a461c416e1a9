import { useEffect, useState } from 'preact/hooks';

/**
 * The browser's location as the one source of view state. Links and controls call
 * `navigate`; the back and forward buttons fire `popstate`; both re-render the app.
 */

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/** What the explorer notes on a history entry: that it was pushed to open a dialog. */
interface EntryState {
  dialog?: true;
}

export interface NavigateOptions {
  /** Changes the current entry instead of adding one, e.g. for every keystroke in the search box. */
  replace?: boolean;
  /** Marks the new entry as a dialog opened over the page, so closing it can go back. */
  dialog?: boolean;
}

/** Moves to another URL of the explorer without reloading. */
export function navigate(href: string, options: NavigateOptions = {}): void {
  const target = new URL(href, window.location.href);
  const current = window.location.pathname + window.location.search;
  if (target.pathname + target.search === current) return;
  const state: EntryState | null = options.dialog ? { dialog: true } : null;
  if (options.replace) window.history.replaceState(state, '', target);
  else window.history.pushState(state, '', target);
  notify();
}

/**
 * Leaves a dialog: back to the entry it was opened from when this tab opened it (so
 * Back and the close button do the same), or, for a dialog that came with a shared
 * link, to the same page without it.
 */
export function leaveDialog(hrefWithout: string): void {
  if ((window.history.state as EntryState | null)?.dialog) window.history.back();
  else navigate(hrefWithout, { replace: true });
}

/** Re-renders the calling component whenever the URL changes. */
export function useLocation(): { pathname: string; search: string } {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return { pathname: window.location.pathname, search: window.location.search };
}
