import { useEffect, useRef, useState } from 'preact/hooks';
import { useView } from '../app/view.js';
import { QueryState } from '../components/QueryState.js';
import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { searchDocument, statsDocument } from '../graphql/documents.js';
import { hitLinesQuery, hitLinesVariables } from '../graphql/queries.js';
import { useQuery } from '../graphql/useQuery.js';
import { countOf } from '../i18n/messages.js';
import { hitLine } from './hitLine.js';
import { navigate } from '../routing/location.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';

/** How long typing must pause before the search runs, so each keystroke is not a request. */
export const searchDebounceMs = 200;

/** Search people and organisations by name or alias; results follow the typing. */
export function SearchPage() {
  const view = useView();
  const [text, setText] = useState(view.state.q);
  const input = useRef<HTMLInputElement>(null);

  // The URL is the truth: back/forward or a shared link set the box's text. A URL this box
  // wrote itself does not: the reader may have typed on meanwhile ("Ben" reaching the URL
  // while "z" is typed), and those keystrokes must not be undone.
  const written = useRef(view.state.q);
  useEffect(() => {
    if (view.state.q === written.current) return;
    written.current = view.state.q;
    setText(view.state.q);
  }, [view.state.q]);
  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    if (text === view.state.q) return;
    const timer = setTimeout(() => {
      const q = text.trim() ? text : '';
      written.current = q;
      navigate(view.hereWith({ q }), { replace: true });
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const query = view.state.q.trim();
  const results = useQuery(query ? searchDocument : null, { query });
  const stats = useQuery(query ? null : statsDocument, {});
  const hits = results.status === 'done' ? results.data.search : [];
  // A second round trip gives each hit a line that tells it apart from others of its name.
  const lines = useQuery(hits.length > 0 ? hitLinesQuery(hits) : null, hitLinesVariables(hits, view.state.lang));
  useDocumentMeta(
    query ? `${query} – ${view.t('titleSearch')} – ${view.t('titleSuffix')}` : `${view.t('titleSearch')} – ${view.t('titleSuffix')}`,
    view.t('metaSearch'),
  );

  return (
    <section class="search" aria-labelledby="search-heading">
      <h1 id="search-heading">{view.t('searchLabel')}</h1>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="search-input" class="visually-hidden">
          {view.t('searchLabel')}
        </label>
        <input
          ref={input}
          id="search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={view.t('searchPlaceholder')}
          aria-describedby="search-hint"
          aria-controls="search-results"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="search-hint" class="hint">
          {view.t('searchHint')}
        </p>
      </form>
      <div id="search-results" aria-live="polite">
        {query && <QueryState result={results} />}
        {results.status === 'done' &&
          (results.data.search.length === 0 ? (
            <p>
              {view.t('noResults')} „{query}“
            </p>
          ) : (
            <ul class="search-results" data-testid="search-results">
              {results.data.search.map((hit, index) => {
                const kind = hit.kind === 'Person' ? 'person' : 'organization';
                const details = lines.status === 'done' ? lines.data[`hit${index}`] : null;
                return (
                  <li key={`${kind}:${hit.id}`}>
                    <Link href={view.href(pathOf(kind, hit.id))} class="search-result">
                      <span class="search-result__head">
                        <span class="search-result__name">
                          {hit.name}
                          {hit.misnamedAs && <span class="search-result__misnamed"> ({view.t('misnamedAs', { name: hit.misnamedAs })})</span>}
                        </span>
                        <span class="search-result__kind">{kind === 'person' ? view.t('person') : view.t('organization')}</span>
                      </span>
                      {details && <span class="search-result__line">{hitLine(view.state.lang, details)}</span>}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ))}
        {!query && stats.status === 'done' && (
          <p class="stats" data-testid="stats">
            {view.t('stats', {
              people: countOf(view.state.lang, 'person', stats.data.stats.people),
              organizations: countOf(view.state.lang, 'organization', stats.data.stats.organizations),
              tenures: countOf(view.state.lang, 'role', stats.data.stats.tenures),
              citations: countOf(view.state.lang, 'quote', stats.data.stats.citations),
              sources: countOf(view.state.lang, 'source', stats.data.stats.sources),
            })}
          </p>
        )}
      </div>
    </section>
  );
}
