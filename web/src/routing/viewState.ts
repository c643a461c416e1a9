/**
 * Everything a view shows is decided by its URL, so a journalist can share exactly
 * what they see. This module turns a URL into a route and a view state and back;
 * it is pure so it can be tested without a browser.
 */

export type Lang = 'de' | 'en';

/** German is the default: rolegraph's sources and most of its readers are German. */
export const defaultLang: Lang = 'de';

export type Route =
  | { page: 'search' }
  | { page: 'person'; id: string }
  | { page: 'organization'; id: string }
  | { page: 'notFound' };

export interface ViewState {
  lang: Lang;
  /** The day whose holders are highlighted (YYYY-MM-DD), or null for no highlighting. */
  asOf: string | null;
  /** Only what sources published on or before this day is shown; null for everything. */
  knownOn: string | null;
  /** The search text on the search page. */
  q: string;
  /** The fact whose citations are open in the dialog, e.g. `tenure:ilona-benz/…`. */
  cite: string | null;
}

/** Matches a real calendar date in the form the API's Date scalar accepts. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the route from a path; ids may contain `/`, so everything after the prefix is the id. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'search' };
  const match = /^\/(person|organization)\/(.+)$/.exec(pathname);
  if (!match?.[2]) return { page: 'notFound' };
  const id = decodeURIComponent(match[2]);
  return match[1] === 'person' ? { page: 'person', id } : { page: 'organization', id };
}

/** Reads the view state from a query string; malformed values are ignored rather than sent to the API. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const date = (name: string) => {
    const value = params.get(name);
    return value !== null && isIsoDate(value) ? value : null;
  };
  return {
    lang: params.get('lang') === 'en' ? 'en' : params.get('lang') === 'de' ? 'de' : defaultLang,
    asOf: date('asOf'),
    knownOn: date('knownOn'),
    q: params.get('q') ?? '',
    cite: params.get('cite') || null,
  };
}

/** The path of an entity's page. */
export function pathOf(kind: 'person' | 'organization', id: string): string {
  return `/${kind}/${id.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Builds a link that keeps the view state. `q` belongs to the search page and `cite`
 * to one page's facts, so both are kept only when the caller passes them explicitly.
 */
export function hrefOf(path: string, state: ViewState, changes: Partial<ViewState> = {}): string {
  const next: ViewState = { ...state, q: '', cite: null, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.lang !== defaultLang) params.set('lang', next.lang);
  if (next.asOf) params.set('asOf', next.asOf);
  if (next.knownOn) params.set('knownOn', next.knownOn);
  if (next.cite) params.set('cite', next.cite);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
