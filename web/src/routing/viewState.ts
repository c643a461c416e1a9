/**
 * Everything a view shows is decided by its URL, so a journalist can share exactly
 * what they see. This module turns a URL into a route and a view state and back;
 * it is pure so it can be tested without a browser.
 */

export type Lang = 'de' | 'en';

/** German is the default: rolegraph's sources and most of its readers are German. */
export const defaultLang: Lang = 'de';

/** The two kinds of entity with a page of their own. */
export type EntityKind = 'person' | 'organization';

export type Route =
  | { page: 'search' }
  | { page: 'person'; id: string }
  | { page: 'organization'; id: string }
  /** The people, organisations and owners around a person or organisation. */
  | { page: 'network'; id: string }
  /** A source's text with every quote, and every fact taken from it. */
  | { page: 'source'; id: string }
  /** What became known about an entity between two knowledge dates. */
  | { page: 'changes'; kind: EntityKind; id: string }
  | { page: 'notFound' };

/** The URL parameters that carry a date, each checked the same way. */
export const dateParams = ['asOf', 'knownOn', 'from', 'to'] as const;
export type DateParam = (typeof dateParams)[number];

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
  /** The earlier and later knowledge dates the changes page compares. */
  from: string | null;
  to: string | null;
  /** The nodes of the network whose neighbours are shown besides the centre's, in the order opened. */
  expand: string[];
  /** Date parameters of the URL that are no calendar day: ignored, and said so on the page. */
  invalid: { param: DateParam; value: string }[];
}

/** Matches a real calendar date in the form the API's Date scalar accepts. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const entityPages = ['person', 'organization', 'network', 'source'] as const;

/** Reads the route from a path; ids may contain `/`, so everything after the prefix is the id. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'search' };
  const changes = /^\/changes\/(person|organization)\/(.+)$/.exec(pathname);
  if (changes?.[1] && changes[2]) return { page: 'changes', kind: changes[1] as EntityKind, id: decodeURIComponent(changes[2]) };
  const match = /^\/([a-z]+)\/(.+)$/.exec(pathname);
  const page = entityPages.find((name) => name === match?.[1]);
  if (!page || !match?.[2]) return { page: 'notFound' };
  return { page, id: decodeURIComponent(match[2]) };
}

/** Reads the view state from a query string; malformed dates are set aside, not sent to the API. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const invalid: ViewState['invalid'] = [];
  const date = (param: DateParam) => {
    const value = params.get(param);
    if (value === null || value === '') return null;
    if (isIsoDate(value)) return value;
    invalid.push({ param, value });
    return null;
  };
  return {
    lang: params.get('lang') === 'en' ? 'en' : params.get('lang') === 'de' ? 'de' : defaultLang,
    asOf: date('asOf'),
    knownOn: date('knownOn'),
    q: params.get('q') ?? '',
    cite: params.get('cite') || null,
    from: date('from'),
    to: date('to'),
    expand: params.getAll('expand').filter((id) => id !== ''),
    invalid,
  };
}

/** The path of a page about one entity or source; each segment of the id is escaped, its slashes kept. */
export function pathOf(page: EntityKind | 'network' | 'source', id: string): string {
  return `/${page}/${escapeId(id)}`;
}

/** The path of the changes page of an entity. */
export function changesPathOf(kind: EntityKind, id: string): string {
  return `/changes/${kind}/${escapeId(id)}`;
}

function escapeId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/**
 * Builds a link that keeps the language and the as-of and known-on dates. The search
 * text, the open dialog, the compared dates and the expanded nodes belong to one page,
 * so they are kept only when the caller passes them; invalid dates are never written back.
 */
export function hrefOf(path: string, state: ViewState, changes: Partial<ViewState> = {}): string {
  const next: ViewState = { ...state, q: '', cite: null, from: null, to: null, expand: [], ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.lang !== defaultLang) params.set('lang', next.lang);
  for (const param of dateParams) {
    const value = next[param];
    if (value) params.set(param, value);
  }
  for (const id of next.expand) params.append('expand', id);
  if (next.cite) params.set('cite', next.cite);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
