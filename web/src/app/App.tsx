import { useEffect } from 'preact/hooks';
import { CopyNotice } from '../components/CopyNotice.js';
import { Header } from '../components/Header.js';
import { InvalidDates } from '../components/InvalidDates.js';
import { PrintFooter } from '../components/PrintFooter.js';
import { ChangesPage } from '../pages/ChangesPage.js';
import { NetworkPage } from '../pages/NetworkPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { OrganizationPage } from '../pages/OrganizationPage.js';
import { PersonPage } from '../pages/PersonPage.js';
import { SearchPage } from '../pages/SearchPage.js';
import { SourcePage } from '../pages/SourcePage.js';
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
        <InvalidDates />
        {route.page === 'search' && <SearchPage />}
        {route.page === 'person' && <PersonPage id={route.id} />}
        {route.page === 'organization' && <OrganizationPage id={route.id} />}
        {route.page === 'network' && <NetworkPage id={route.id} />}
        {route.page === 'source' && <SourcePage id={route.id} />}
        {route.page === 'changes' && <ChangesPage key={route.kind} kind={route.kind} id={route.id} />}
        {route.page === 'notFound' && <NotFoundPage message={view.t('notFoundPage')} />}
      </main>
      <PrintFooter />
      <CopyNotice />
    </ViewContext.Provider>
  );
}
