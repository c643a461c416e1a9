import { useView } from '../app/view.js';
import { navigate } from '../routing/location.js';
import { Link } from '../routing/Link.js';
import { DateControls } from './DateControls.js';

/** The brand, the way back to search, the IDE, the language switch and the date controls. */
export function Header() {
  const view = useView();
  const otherLang = view.state.lang === 'de' ? 'en' : 'de';
  return (
    <header class="site-header">
      <div class="site-header__bar">
        <Link href={view.href('/')} class="brand">
          rolegraph
        </Link>
        <nav aria-label={view.t('appName')} class="site-nav">
          <Link href={view.href('/')}>{view.t('navSearch')}</Link>
          <a href="/graphiql">{view.t('navIde')}</a>
          <a
            href={view.hereWith({ lang: otherLang })}
            hrefLang={otherLang}
            lang={otherLang}
            aria-label={view.t('switchLanguageLabel')}
            data-testid="language-toggle"
            onClick={(event) => {
              event.preventDefault();
              navigate(view.hereWith({ lang: otherLang }));
            }}
          >
            {view.t('switchLanguage')}
          </a>
        </nav>
      </div>
      <DateControls />
    </header>
  );
}
