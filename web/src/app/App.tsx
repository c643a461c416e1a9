import { useEffect } from 'preact/hooks';
import { Header } from '../components/Header.js';
import { OrganizationPage } from '../pages/OrganizationPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { PersonPage } from '../pages/PersonPage.js';
import { SearchPage } from '../pages/SearchPage.js';
import { useLocation } from '../routing/location.js';
import { parseRoute, parseViewState } from '../routing/viewState.js';
import { createView, ViewContext } from './view.js';

/** The explorer: a header with the view's controls, and the page its URL names. */
export function App() {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname);
  const state = parseViewState(search);
  const view = createView(route, state, pathname);

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  return (
    <ViewContext.Provider value={view}>
      <a class="skip-link" href="#main">
        {view.t('skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {route.page === 'search' && <SearchPage />}
        {route.page === 'person' && <PersonPage id={route.id} />}
        {route.page === 'organization' && <OrganizationPage id={route.id} />}
        {route.page === 'notFound' && <NotFoundPage message={view.t('notFoundPage')} />}
      </main>
    </ViewContext.Provider>
  );
}
