import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { useView } from '../app/view.js';
import { Link } from '../routing/Link.js';

/** An unknown page or id, with the way back to the search. The server answers such URLs with 404. */
export function NotFoundPage({ message }: { message: string }) {
  const view = useView();
  useDocumentMeta(`${view.t('titleNotFound')} – ${view.t('titleSuffix')}`, message);
  return (
    <section class="not-found" data-testid="not-found">
      <h1>{message}</h1>
      <p>
        <Link href={view.href('/')}>{view.t('backToSearch')}</Link>
      </p>
    </section>
  );
}
