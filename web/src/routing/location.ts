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

/**
 * Moves to another URL of the explorer without reloading. `replace` is for changes
 * that should not each get a history entry, such as every keystroke in the search box.
 */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const target = new URL(href, window.location.href);
  const current = window.location.pathname + window.location.search;
  if (target.pathname + target.search === current) return;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  notify();
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
